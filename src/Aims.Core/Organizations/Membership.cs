using Aims.Core.Access;
using Aims.Core.Common;

namespace Aims.Core.Organizations;

/// <summary>
/// A user's role in one organization. Not tenant-filtered: sign-in must list a user's memberships across
/// organizations; callers always filter by organization explicitly.
/// </summary>
public sealed class Membership : AuditedEntity
{
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public Role Role { get; set; }
}
