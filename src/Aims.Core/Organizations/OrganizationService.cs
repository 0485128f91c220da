using Aims.Core.Access;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Organizations;

/// <summary>Organizations a user can enter, and their members (for owner pickers).</summary>
public sealed class OrganizationService(IDbContextFactory<AimsDbContext> dbFactory)
{
    public async Task<IReadOnlyList<OrganizationSummary>> ListForUserAsync(Guid userId, CancellationToken ct = default)
    {
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
}
