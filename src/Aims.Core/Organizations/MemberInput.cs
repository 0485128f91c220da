using Aims.Core.Access;

namespace Aims.Core.Organizations;

/// <summary>
/// Adds an existing account to an organization. Role is nullable so a missing role is reported as missing rather than
/// silently becoming Viewer.
/// </summary>
public sealed record MemberInput
{
    public string? Email { get; init; }
    public Role? Role { get; init; }
}
