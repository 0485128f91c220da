using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Access;

/// <summary>
/// Decides who the caller is inside an organization named by its slug. Returns null when the organization does not
/// exist or the caller has no standing in it; hosts answer both the same way (404) so outsiders learn nothing.
/// </summary>
public sealed class CallerResolver(IDbContextFactory<AimsDbContext> dbFactory, LedgerHeadReader heads)
{
    private readonly HeadCheckedCache<(Guid, string, string, Guid?, Role?), Caller> _known = new(heads);

    /// <param name="userId">The signed-in user.</param>
    /// <param name="actor">Display identity for audit stamps (usually the e-mail).</param>
    /// <param name="organizationSlug">The organization from the route.</param>
    /// <param name="tokenOrganizationId">For token callers: the token's organization; any other organization is invisible.</param>
    /// <param name="tokenRole">For token callers: the token's role (already capped at issue time).</param>
    public Task<Caller?> ResolveAsync(Guid userId, string actor, string organizationSlug, Guid? tokenOrganizationId,
        Role? tokenRole, CancellationToken ct = default) =>
        _known.GetAsync((userId, actor, organizationSlug, tokenOrganizationId, tokenRole),
            token => LoadAsync(userId, actor, organizationSlug, tokenOrganizationId, tokenRole, token), ct);

    private async Task<(Caller? Caller, Guid? OrganizationId)> LoadAsync(Guid userId, string actor, string organizationSlug,
        Guid? tokenOrganizationId, Role? tokenRole, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == organizationSlug, ct);
        if (org is null)
        {
            return (null, null);
        }

        if (tokenOrganizationId is { } tokenOrg)
        {
            return (tokenOrg == org.Id && tokenRole is { } role ? new Caller(userId, actor, org.Id, org.Slug, role, ViaApiToken: true, TimeZone: org.TimeZone) : null,
                org.Id);
        }

        var membership = await db.Memberships.AsNoTracking()
            .FirstOrDefaultAsync(m => m.OrganizationId == org.Id && m.UserId == userId, ct);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.IsSystemAdmin, u.TwoFactorEnabled }).FirstOrDefaultAsync(ct);
        // Operators acting as Admin are members like any other here: the organization's MFA rule binds them too.
        var needsMfa = org.RequireMfa && user?.TwoFactorEnabled != true;
        if (membership is not null)
        {
            return (new Caller(userId, actor, org.Id, org.Slug, membership.Role, NeedsMfa: needsMfa, TimeZone: org.TimeZone), org.Id);
        }

        return (user?.IsSystemAdmin == true ? new Caller(userId, actor, org.Id, org.Slug, Role.Admin, NeedsMfa: needsMfa, TimeZone: org.TimeZone) : null, org.Id);
    }
}
