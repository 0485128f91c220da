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
        return SettingsOf(org);
    }

    /// <summary>
    /// Changes the organization's settings; fields left out keep their value. Admin-only
    /// (<see cref="Permissions.MembersManage"/>: the MFA rule decides who may take part as a member, like admitting
    /// members does, and the time zone moves every due date of the organization).
    /// </summary>
    public async Task<OrganizationSettings> UpdateSettingsAsync(Caller caller, OrganizationSettingsInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.MembersManage);
        if (input.RequireMfa is null && input.TimeZone is null && input.AllowSelfApproval is null)
        {
            const string nothing = "Send at least one setting: requireMfa (true or false), timeZone (an IANA time zone such as " +
                                   "Europe/Berlin) or allowSelfApproval (true or false).";
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["requireMfa"] = [nothing], ["timeZone"] = [nothing] });
        }

        string? timeZone = null;
        if (input.TimeZone is not null)
        {
            timeZone = OrganizationTimeZones.Find(input.TimeZone, out var problem)?.Id
                       ?? throw new ValidationFailedException("timeZone", problem!);
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var org = await db.Organizations.FirstAsync(o => o.Id == caller.OrganizationId, ct);
        if (input.RequireMfa is { } requireMfa)
        {
            org.RequireMfa = requireMfa;
        }

        if (timeZone is not null && timeZone != (org.TimeZone ?? OrganizationTimeZones.Default))
        {
            org.TimeZone = timeZone;
        }

        if (input.AllowSelfApproval is { } allowSelfApproval)
        {
            org.AllowSelfApproval = allowSelfApproval;
        }

        // Unchanged values leave the entity unmodified, so nothing is saved or ledgered.
        await db.SaveChangesAsync(ct);
        return SettingsOf(org);
    }

    private static OrganizationSettings SettingsOf(Organization org) =>
        new(org.Slug, org.Name, org.RequireMfa, org.TimeZone ?? OrganizationTimeZones.Default, org.AllowSelfApproval);
}
