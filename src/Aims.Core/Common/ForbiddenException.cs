namespace Aims.Core.Common;

/// <summary>The caller is a member of the organization but may not do this (usually: the role lacks the permission).</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException(string permission)
        : base($"Your role does not grant the permission '{permission}'.")
    {
        Permission = permission;
    }

    public ForbiddenException(string permission, string message)
        : base(message)
    {
        Permission = permission;
    }

    public string Permission { get; }
}
