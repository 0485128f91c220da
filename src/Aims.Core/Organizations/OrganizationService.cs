using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Organizations;

/// <summary>Organizations a user can enter, and their members (for owner pickers).</summary>
public sealed class OrganizationService(IDbContextFactory<AimsDbContext> dbFactory)
{
    /// <param name="userId">The signed-in user (for a token: its owner).</param>
    /// <param name="tokenOrganizationId">For token callers: the token's organization, the only one it can enter.</param>
    /// <param name="tokenRole">For token callers: the token's role, which is what it can do there (not its owner's role).</param>
    /// <param name="ct">Cancels the query.</param>
    public async Task<IReadOnlyList<OrganizationSummary>> ListForUserAsync(Guid userId, Guid? tokenOrganizationId = null,
        Role? tokenRole = null, CancellationToken ct = default)
    {
        // The same standing CallerResolver grants: a token sees its own organization with its own role, nothing else.
        if (tokenOrganizationId is { } tokenOrg)
        {
            await using var tokenDb = await dbFactory.CreateDbContextAsync(ct);
            var org = await tokenDb.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == tokenOrg, ct);
            return org is not null && tokenRole is { } role ? [new OrganizationSummary(org.Id, org.Name, org.Slug, org.Sector, role)] : [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var isSystemAdmin = await db.Users.AnyAsync(u => u.Id == userId && u.IsSystemAdmin, ct);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .ToDictionaryAsync(m => m.OrganizationId, m => m.Role, ct);
        var orgs = await db.Organizations.AsNoTracking()
            .Where(o => isSystemAdmin || memberships.Keys.Contains(o.Id))
            .OrderBy(o => o.Name).ToListAsync(ct);
        return orgs.Select(o => new OrganizationSummary(o.Id, o.Name, o.Slug, o.Sector,
            memberships.TryGetValue(o.Id, out var role) ? role : Role.Admin)).ToList();
    }

    public async Task<IReadOnlyList<MemberSummary>> ListMembersAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.OrganizationRead);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == caller.OrganizationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.Role })
            // Order before projecting: EF cannot translate ORDER BY on a member of a constructed record.
            .OrderBy(x => x.DisplayName)
            .Select(x => new MemberSummary(x.Id, x.DisplayName, x.Email ?? "", x.Role))
            .ToListAsync(ct);
    }

    public async Task<OrganizationSettings> GetSettingsAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.OrganizationRead);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == caller.OrganizationId, ct);
        return new OrganizationSettings(org.Slug, org.Name, org.RequireMfa);
    }

    /// <summary>
    /// Changes the organization's settings. Admin-only (<see cref="Permissions.MembersManage"/>: the rule decides who may
    /// take part as a member, like admitting members does).
    /// </summary>
    public async Task<OrganizationSettings> UpdateSettingsAsync(Caller caller, OrganizationSettingsInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.MembersManage);
        if (input.RequireMfa is not { } requireMfa)
        {
            throw new ValidationFailedException("requireMfa", "requireMfa is required (true or false).");
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var org = await db.Organizations.FirstAsync(o => o.Id == caller.OrganizationId, ct);
        if (org.RequireMfa != requireMfa)
        {
            org.RequireMfa = requireMfa;
            await db.SaveChangesAsync(ct);
        }

        return new OrganizationSettings(org.Slug, org.Name, org.RequireMfa);
    }
}
