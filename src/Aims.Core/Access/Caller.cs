using Aims.Core.Common;

namespace Aims.Core.Access;

/// <summary>
/// Who is acting, in which organization, with which role. Built by the host from the cookie or token after the
/// membership check; use cases take it explicitly so rules never depend on ambient HTTP state.
/// <see cref="ViaApiToken"/> marks automation, which some actions (minting further tokens) refuse.
/// <see cref="NeedsMfa"/> marks a signed-in person in an organization that requires two-factor sign-in who has not set it
/// up: hosts send them to enrolment instead of letting them act (tokens are never marked; they stay usable).
/// <see cref="TimeZone"/> is the organization's (IANA id, null for UTC): its calendar decides what "today" is for due
/// and expiry dates.
/// </summary>
public sealed record Caller(Guid UserId, string Actor, Guid OrganizationId, string OrganizationSlug, Role Role,
    bool ViaApiToken = false, bool NeedsMfa = false, string? TimeZone = null)
{
    public bool Can(string permission) => PermissionMatrix.Allows(Role, permission);

    /// <summary>Throws <see cref="ForbiddenException"/> unless the role holds the permission.</summary>
    public void Demand(string permission)
    {
        if (!Can(permission))
        {
            throw new ForbiddenException(permission);
        }
    }
}
