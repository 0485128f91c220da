using Aims.Core.Access;

namespace Aims.Core.Organizations;

/// <summary>Changes a member's role; nullable so a missing role is a validation error, not a demotion to Viewer.</summary>
public sealed record MemberRoleInput
{
    public Role? Role { get; init; }
}
