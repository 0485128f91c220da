using System.Security.Claims;
using Aims.Core.Access;

namespace Aims.Web.Security;

/// <summary>Resolves the <see cref="Caller"/> for a principal in the organization named by a route slug.</summary>
public sealed class CallerAccessor(CallerResolver resolver)
{
    public async Task<Caller?> ResolveAsync(ClaimsPrincipal principal, string organizationSlug, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true ||
            !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }

        var actor = principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue(ClaimTypes.Name) ?? userId.ToString("D");
        var (tokenOrg, tokenRole) = TokenScope(principal);
        if (tokenOrg is not null)
        {
            actor += " (API token)";
        }

        return await resolver.ResolveAsync(userId, actor, organizationSlug, tokenOrg, tokenRole, ct);
    }

    /// <summary>For an API token: its organization and role (from the token handler's claims); nulls for a cookie sign-in.</summary>
    public static (Guid? OrganizationId, Role? Role) TokenScope(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        Guid? tokenOrg = Guid.TryParse(principal.FindFirstValue(AimsClaims.TokenOrganizationId), out var org) ? org : null;
        Role? tokenRole = Enum.TryParse<Role>(principal.FindFirstValue(AimsClaims.TokenRole), out var role) ? role : null;
        return (tokenOrg, tokenRole);
    }
}
