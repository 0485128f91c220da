using Aims.Core.Context;
using Aims.Core.Objectives;
using Aims.Core.Parties;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Readiness rules over the records that establish the AIMS: the context (4.1), interested parties and their
/// requirements (4.2) and the AI objectives (6.2). Each judges active records only and names what is missing.
/// </summary>
public static class EstablishmentRules
{
    /// <summary>A measurement older than this no longer shows the objective is being followed.</summary>
    public const int RecentMeasurementDays = 92;

    public static IEnumerable<IReadinessRule> All() => [new ContextRule(), new PartiesRule(), new ScopeRule(), new ObjectivesRule()];

    private sealed class ContextRule : IReadinessRule
    {
        public string Target => "4.1";
        public string Title => "Internal and external issues and the AI roles recorded and reviewed";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var issues = await scope.Db.Set<ContextIssue>().AsNoTracking().Where(c => c.ArchivedAt == null)
                .Select(c => new { c.Id, c.Title, c.Origin, c.ReviewDate }).ToListAsync(ct);
            var page = scope.Page(ContextRegister.Name);
            if (issues.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason("no context issue is recorded: add the internal and external issues that bear on the AIMS.", page));
            }

            var reasons = new List<ReadinessReason>();
            var missing = Enum.GetValues<ContextOrigin>().Where(o => issues.All(i => i.Origin != o)).ToList();
            foreach (var origin in missing)
            {
                reasons.Add(new($"no {ContextLabels.Origin(origin).ToLowerInvariant()} issue is recorded; clause 4.1 asks for both.", page));
            }

            if (!await scope.Db.Set<AiRoleAssignment>().AnyAsync(r => r.ArchivedAt == null, ct))
            {
                reasons.Add(new("the organization's AI roles (AI provider, AI customer…) are not recorded.", scope.Page(AiRoleRegister.Name)));
            }

            var overdue = issues.Where(i => i.ReviewDate < scope.Today).ToList();
            if (overdue.Count > 0)
            {
                reasons.Add(new($"{overdue.Count} issue(s) past their review date: {ReadinessText.Some(overdue.Select(i => i.Title))}.", $"{page}?review=overdue"));
            }

            if (reasons.Count == 0)
            {
                return ReadinessFinding.Met(new ReadinessReason($"{issues.Count} issues, internal and external, all within their review dates; AI roles recorded.", page));
            }

            var score = 1 - (0.3 * missing.Count) - (0.4 * overdue.Count / issues.Count) - (reasons.Any(r => r.Href == scope.Page(AiRoleRegister.Name)) ? 0.2 : 0);
            return ReadinessFinding.Partial(score, [.. reasons]);
        }
    }

    private sealed class PartiesRule : IReadinessRule
    {
        public string Target => "4.2";
        public string Title => "Interested parties with their requirements addressed";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var parties = await scope.Db.Set<InterestedParty>().AsNoTracking().Where(p => p.ArchivedAt == null)
                .Select(p => new { p.Id, p.Name }).ToListAsync(ct);
            var page = scope.Page(PartyRegisters.PartiesName);
            if (parties.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason("no interested party is recorded: add who has a stake in your AI systems.", page));
            }

            var requirements = await scope.Db.Set<PartyRequirement>().AsNoTracking().Where(r => r.ArchivedAt == null)
                .Select(r => new { r.Id, r.Title, r.PartyId, r.AddressedThroughAims, r.LinkCount }).ToListAsync(ct);
            var reasons = new List<ReadinessReason>();
            var silent = parties.Where(p => requirements.All(r => r.PartyId != p.Id)).ToList();
            if (silent.Count > 0)
            {
                reasons.Add(new($"{silent.Count} party(ies) with no requirement recorded: {ReadinessText.Some(silent.Select(p => p.Name))}.",
                    scope.Page($"{PartyRegisters.PartiesName}/{silent[0].Id:D}")));
            }

            var gaps = requirements.Where(r => r.AddressedThroughAims && r.LinkCount == 0).ToList();
            if (gaps.Count > 0)
            {
                reasons.Add(new($"{gaps.Count} requirement(s) the AIMS must address that nothing links to: {ReadinessText.Some(gaps.Select(g => g.Title))}; " +
                    "link the documents, controls or objectives that address them.", scope.Page($"{PartyRegisters.RequirementsName}?coverage=gap")));
            }

            if (reasons.Count == 0)
            {
                return ReadinessFinding.Met(new ReadinessReason(
                    $"{parties.Count} parties, {requirements.Count} requirements, every one the AIMS addresses linked to what addresses it.", page));
            }

            var score = 1 - (0.5 * silent.Count / parties.Count) - (requirements.Count == 0 ? 0 : 0.5 * gaps.Count / requirements.Count);
            return ReadinessFinding.Partial(score, [.. reasons]);
        }
    }

    private sealed class ScopeRule : IReadinessRule
    {
        public string Target => "4.3";
        public string Title => "A published scope whose AI systems are all in the register";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var page = scope.Page("scope");
            var published = await Scope.ScopeService.PublishedAsync(scope.Db, ct);
            if (published is null)
            {
                return ReadinessFinding.NotMet(new ReadinessReason("no scope is published: fill in the scope, then approve and publish its document.", page));
            }

            var ids = published.AiSystemIds.ToList();
            var active = await scope.Db.AiSystems.AsNoTracking().Where(s => ids.Contains(s.Id) && s.Status == AiSystems.AiSystemStatus.Active)
                .Select(s => s.Id).ToListAsync(ct);
            var reasons = new List<ReadinessReason>();
            var gone = published.AiSystemIds.Select((id, i) => (id, Name: published.AiSystemNames[i])).Where(s => !active.Contains(s.id)).ToList();
            if (gone.Count > 0)
            {
                reasons.Add(new($"the published scope lists {gone.Count} AI system(s) that are archived or no longer registered: " +
                    $"{ReadinessText.Some(gone.Select(g => g.Name))}; update the scope and publish a new version.", scope.Page($"ai-systems/{gone[0].id:D}")));
            }

            if (ids.Count == 0)
            {
                reasons.Add(new("the published scope lists no AI system.", page));
            }

            var draft = await scope.Db.Set<Scope.AimsScope>().AsNoTracking().FirstAsync(ct);
            var changes = Scope.ScopeContents.Differences(Scope.ScopeService.ToContent(published), await Scope.ScopeContents.LiveAsync(scope.Db, draft, ct));
            if (changes.Count > 0)
            {
                reasons.Add(new($"the scope was changed since version {published.Version} was published ({changes[0]}); approve and publish the new version.", page));
            }

            if (reasons.Count == 0)
            {
                return ReadinessFinding.Met(new ReadinessReason(
                    $"version {published.Version} is published with {ids.Count} AI system(s), {published.Units.Count} unit(s) and {published.Exclusions.Count} justified exclusion(s).",
                    scope.Page($"documents/{published.DocumentId:D}")));
            }

            return ReadinessFinding.Partial(ids.Count == 0 ? 0.3 : 1 - (0.5 * gone.Count / ids.Count) - (changes.Count > 0 ? 0.2 : 0), [.. reasons]);
        }
    }

    private sealed class ObjectivesRule : IReadinessRule
    {
        public string Target => "6.2";
        public string Title => "Measurable AI objectives with recent measurements";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var since = scope.Today.AddDays(-RecentMeasurementDays);
            var objectives = await scope.Db.Set<AiObjective>().AsNoTracking().Where(o => o.ArchivedAt == null)
                .Select(o => new { o.Id, o.Title, Recent = o.Measurements.Any(m => m.MeasuredOn >= since) }).ToListAsync(ct);
            var page = scope.Page(ObjectiveRegister.Name);
            if (objectives.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason("no AI objective is set: add one with a KPI, a target and a due date.", page));
            }

            var stale = objectives.Where(o => !o.Recent).ToList();
            if (stale.Count == 0)
            {
                return ReadinessFinding.Met(new ReadinessReason($"{objectives.Count} objective(s), each measured within the last {RecentMeasurementDays} days.", page));
            }

            return new ReadinessFinding(stale.Count == objectives.Count ? ReadinessStatus.NotMet : ReadinessStatus.Partial,
                stale.Count == objectives.Count ? 0 : Math.Clamp(1 - ((double)stale.Count / objectives.Count), 0.01, 0.99),
                [new ReadinessReason($"{stale.Count} of {objectives.Count} objective(s) without a measurement in the last {RecentMeasurementDays} days: " +
                    $"{ReadinessText.Some(stale.Select(o => o.Title))}.", scope.Page($"{ObjectiveRegister.Name}/{stale[0].Id:D}"))]);
        }
    }
}
