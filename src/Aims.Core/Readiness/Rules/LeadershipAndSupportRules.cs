using Aims.Core.Leadership;
using Aims.Core.Registers.Editing;
using Aims.Core.Support;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Readiness rules over leadership (5.1, 5.3), planned changes (6.3) and support (7.1, 7.2): commitment shown in the last
/// year, every role held by an active member and every activity with an accountable role, changes on time, resources
/// of each kind, and no competence gap for the roles the RACI relies on.
/// </summary>
public static class LeadershipAndSupportRules
{
    public static IEnumerable<IReadinessRule> All() =>
        [new CommitmentRule(), new RolesRule(), new ChangesRule(), new ResourcesRule(), new CompetenceRule()];

    /// <summary>Active roles with the ids of the active members who hold them (Memberships name the organization: they are
    /// read across organizations elsewhere and carry no tenant filter).</summary>
    private static async Task<List<(Guid Id, string Name, int Active, string Required)>> RolesAsync(ReadinessScope scope, CancellationToken ct)
    {
        var org = scope.OrganizationId;
        var roles = await scope.Db.Set<AimsRole>().AsNoTracking().Where(r => r.ArchivedAt == null)
            .Select(r => new
            {
                r.Id, r.Name, r.RequiredCompetences,
                Active = scope.Db.Set<RecordLink>().Where(l => l.SourceId == r.Id && l.TargetRegister == SupportRegisters.PeopleName)
                    .Join(scope.Db.Set<Person>(), l => l.TargetRecordId, p => p.Id, (l, p) => p)
                    .Count(p => p.ArchivedAt == null && scope.Db.Memberships.Any(m => m.OrganizationId == org && m.UserId == p.UserId)),
            }).ToListAsync(ct);
        return [.. roles.Select(r => (r.Id, r.Name, r.Active, r.RequiredCompetences))];
    }

    private sealed class CommitmentRule : IReadinessRule
    {
        public string Target => "5.1";
        public string Title => "Leadership commitment shown in the last twelve months";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var since = scope.Today.AddMonths(-12);
            var page = scope.Page(LeadershipRegisters.RecordsName);
            var latest = await scope.Db.Set<LeadershipRecord>().AsNoTracking().Where(r => r.ArchivedAt == null && r.Date <= scope.Today)
                .OrderByDescending(r => r.Date).Select(r => new { r.Id, r.Title, r.Date }).FirstOrDefaultAsync(ct);
            return latest is null
                ? ReadinessFinding.NotMet(new ReadinessReason("no leadership record yet: record top management's decisions, resource approvals and communications about the AIMS.", page))
                : latest.Date < since
                    ? ReadinessFinding.Partial(0.5, new ReadinessReason($"the latest leadership record ('{latest.Title}', {latest.Date:yyyy-MM-dd}) is more than a year old.", page))
                    : ReadinessFinding.Met(new ReadinessReason($"latest: '{latest.Title}' on {latest.Date:yyyy-MM-dd}.", scope.Page($"{LeadershipRegisters.RecordsName}/{latest.Id:D}")));
        }
    }

    private sealed class RolesRule : IReadinessRule
    {
        public string Target => "5.3";
        public string Title => "Roles assigned to active members, with a RACI over AIMS activities";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var roles = await RolesAsync(scope, ct);
            if (roles.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason("no AIMS role is defined: define the roles (AIMS owner, AI risk owner, internal auditor…) and who holds them.",
                    scope.Page(LeadershipRegisters.RolesName)));
            }

            var activities = await scope.Db.Set<RaciEntry>().AsNoTracking().CountAsync(r => r.ArchivedAt == null, ct);
            var reasons = new List<ReadinessReason>();
            var unheld = roles.Where(r => r.Active == 0).ToList();
            if (unheld.Count > 0)
            {
                reasons.Add(new($"{unheld.Count} role(s) held by no active member: {ReadinessText.Some(unheld.Select(r => r.Name))}; assign them to people with a member account.",
                    scope.Page($"{LeadershipRegisters.RolesName}/{unheld[0].Id:D}")));
            }

            if (activities == 0)
            {
                reasons.Add(new("no RACI yet: say for each AIMS activity who is responsible, accountable, consulted and informed.", scope.Page(LeadershipRegisters.RaciName)));
            }

            if (reasons.Count == 0)
            {
                return ReadinessFinding.Met(new ReadinessReason($"{roles.Count} role(s), each held by an active member; {activities} activities in the RACI.",
                    scope.Page(LeadershipRegisters.RaciName)));
            }

            return ReadinessFinding.Partial(1 - (0.5 * unheld.Count / roles.Count) - (activities == 0 ? 0.4 : 0), [.. reasons]);
        }
    }

    private sealed class ChangesRule : IReadinessRule
    {
        public string Target => "6.3";
        public string Title => "Changes to the AIMS carried out as planned";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var page = scope.Page(SupportRegisters.ChangesName);
            var open = await scope.Db.Set<PlannedChange>().AsNoTracking()
                .Where(c => c.ArchivedAt == null && (c.Status == ChangeStatus.Planned || c.Status == ChangeStatus.InProgress))
                .Select(c => new { c.Id, c.Title, c.PlannedDate }).ToListAsync(ct);
            var late = open.Where(c => c.PlannedDate < scope.Today).ToList();
            if (late.Count == 0)
            {
                return ReadinessFinding.Met(new ReadinessReason(open.Count == 0
                    ? "no change is planned; plan each change to the AIMS here (purpose, consequences, resources, who, when)."
                    : $"{open.Count} planned change(s), none past its planned date.", page));
            }

            return ReadinessFinding.Partial(Math.Max(0.2, 1 - ((double)late.Count / open.Count)), new ReadinessReason(
                $"{late.Count} change(s) past their planned date and not done: {ReadinessText.Some(late.Select(c => c.Title))}; carry them out or re-plan them.",
                $"{page}/{late[0].Id:D}"));
        }
    }

    private sealed class ResourcesRule : IReadinessRule
    {
        private static readonly ResourceKind[] Needed = [ResourceKind.Data, ResourceKind.Computing, ResourceKind.Human];

        public string Target => "7.1";
        public string Title => "Data, computing and human resources documented";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var kinds = await scope.Db.Set<AimsResource>().AsNoTracking().Where(r => r.ArchivedAt == null).Select(r => r.Kind).Distinct().ToListAsync(ct);
            var missing = Needed.Where(k => !kinds.Contains(k)).ToList();
            var page = scope.Page(SupportRegisters.ResourcesName);
            return missing.Count == 0
                ? ReadinessFinding.Met(new ReadinessReason($"resources of {kinds.Count} kind(s) are documented.", page))
                : missing.Count == Needed.Length
                    ? ReadinessFinding.NotMet(new ReadinessReason("no data, computing or human resource is documented.", page))
                    : ReadinessFinding.Partial(1 - ((double)missing.Count / Needed.Length), new ReadinessReason(
                        $"no {string.Join(", ", missing.Select(k => SupportLabels.Resource(k).ToLowerInvariant()))} resource is documented.", page));
        }
    }

    private sealed class CompetenceRule : IReadinessRule
    {
        public string Target => "7.2";
        public string Title => "No competence gap for the roles the RACI relies on";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var page = scope.Page(SupportRegisters.PeopleName);
            var raci = await scope.Db.Set<RaciEntry>().AsNoTracking().Where(r => r.ArchivedAt == null).Select(r => r.Id).ToListAsync(ct);
            var accountable = await scope.Db.Set<RaciEntry>().AsNoTracking().Where(r => r.ArchivedAt == null).Select(r => r.AccountableRoleId).ToListAsync(ct);
            var linked = await scope.Db.Set<RecordLink>().AsNoTracking().Where(l => raci.Contains(l.SourceId) && l.TargetRecordId != null)
                .Select(l => l.TargetRecordId!.Value).ToListAsync(ct);
            var relied = accountable.Concat(linked).ToHashSet();
            var roles = (await RolesAsync(scope, ct)).Where(r => relied.Contains(r.Id) && ScopeLines(r.Required).Count > 0).ToList();
            if (roles.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason(
                    "no role in the RACI states the competences it requires: add them to the roles, then record people's training and qualifications.",
                    scope.Page(LeadershipRegisters.RolesName)));
            }

            var roleIds = roles.Select(r => r.Id).ToList();
            var holders = await scope.Db.Set<RecordLink>().AsNoTracking()
                .Where(l => roleIds.Contains(l.SourceId) && l.TargetRegister == SupportRegisters.PeopleName)
                .Join(scope.Db.Set<Person>().Where(p => p.ArchivedAt == null), l => l.TargetRecordId, p => p.Id, (l, p) => new { Role = l.SourceId, p.Id, p.Name })
                .ToListAsync(ct);
            var people = holders.Select(h => h.Id).Distinct().ToList();
            var current = await scope.Db.Set<CompetenceRecord>().AsNoTracking()
                .Where(c => people.Contains(c.PersonId) && c.ArchivedAt == null && (c.ValidUntil == null || c.ValidUntil >= scope.Today))
                .Select(c => new { c.PersonId, c.Competence }).ToListAsync(ct);
            var gaps = (from h in holders
                        from needed in ScopeLines(roles.First(r => r.Id == h.Role).Required)
                        where !current.Any(c => c.PersonId == h.Id && string.Equals(c.Competence.Trim(), needed, StringComparison.OrdinalIgnoreCase))
                        select $"{h.Name}: {needed}").Distinct().ToList();
            var required = holders.Sum(h => ScopeLines(roles.First(r => r.Id == h.Role).Required).Count);
            return gaps.Count == 0
                ? ReadinessFinding.Met(new ReadinessReason($"every holder of the {roles.Count} role(s) the RACI relies on has current records for what the role requires.", page))
                : ReadinessFinding.Partial(required == 0 ? 0.1 : 1 - ((double)gaps.Count / required), new ReadinessReason(
                    $"{gaps.Count} competence gap(s): {ReadinessText.Some(gaps)}; record the training or qualification with its evidence.", page));
        }

        private static IReadOnlyList<string> ScopeLines(string text) => Scope.ScopeContents.Lines(text);
    }
}
