namespace Aims.Core.Common;

/// <summary>The caller is a member of the organization but their role lacks the permission.</summary>
public sealed class ForbiddenException(string permission)
    : Exception($"Your role does not grant the permission '{permission}'.")
{
    public string Permission { get; } = permission;
}
