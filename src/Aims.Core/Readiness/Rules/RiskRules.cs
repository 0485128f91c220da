using Aims.Core.Controls;
using Aims.Core.Risks;
using Aims.Core.Risks.Criteria;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Readiness over the AI risk register: criteria approved and in force (6.1.1); every AI system in scope has rated
/// risks, none overdue for review or left on superseded criteria (6.1.2, 8.2); every risk above the acceptance threshold
/// is brought down by implemented controls or accepted by an acceptance that still holds (6.1.3); every control a
/// treatment selects is implemented or planned for a date not yet passed, and no treatment action is overdue (8.3). The register's own views are judged,
/// so a risk's page and readiness never disagree.
/// </summary>
public static class RiskRules
{
    public static IEnumerable<IReadinessRule> All() =>
    [
        new CriteriaRule(),
        new AssessedRule("6.1.2"),
        new AssessedRule("8.2"),
        new TreatedRule(),
        new PlanRule(),
    ];

    private sealed record RiskFacts(List<RiskView> Risks, RiskCriteriaVersion? InForce, RiskCriteriaContent? Criteria);

    private static Task<RiskFacts> FactsAsync(ReadinessScope scope, CancellationToken ct) =>
        scope.FactsAsync(async (db, token) =>
        {
            var risks = await RiskRegister.Views(db, db.Set<Risk>().AsNoTracking().Where(r => r.ArchivedAt == null), scope.Today).ToListAsync(token);
            var inForce = await db.Set<RiskCriteriaVersion>().AsNoTracking().FirstOrDefaultAsync(c => c.Status == RiskCriteriaStatus.InForce, token);
            return new RiskFacts([.. risks.OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)], inForce,
                inForce is null ? null : RiskCriteriaRules.Deserialize(inForce.Content));
        }, ct);

    private static ReadinessFinding Fraction(ReadinessScope scope, int failing, int of, string what, string problems, Guid? first) =>
        failing == 0
            ? ReadinessFinding.Met(new ReadinessReason($"all {of} {what} do.", scope.Page(RiskRegister.Name)))
            : ReadinessFinding.Partial(Math.Max(0.1, 1 - ((double)failing / of)), new ReadinessReason(
                $"{failing} of {of} {what} fall short: {problems}.", scope.Page(first is { } id ? $"{RiskRegister.Name}/{id:D}" : RiskRegister.Name)));

    private sealed class CriteriaRule : IReadinessRule
    {
        public string Target => "6.1.1";
        public string Title => "Risk criteria approved and in force";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var facts = await FactsAsync(scope, ct);
            var page = scope.Page("risk-criteria");
            return facts.InForce switch
            {
                null => ReadinessFinding.NotMet(new ReadinessReason(
                    "no risk has been rated yet, so no criteria are on record; OpenAIMS's defaults apply until the first rating stores them.", page)),
                { ApprovedBy: "OpenAIMS defaults" } => ReadinessFinding.Partial(0.5, new ReadinessReason(
                    $"version {facts.InForce.Number} is OpenAIMS's defaults, adopted when the first risk was rated; review them and approve a version of your own.", page)),
                _ => ReadinessFinding.Met(new ReadinessReason(
                    $"version {facts.InForce.Number} is in force, approved by {facts.InForce.ApprovedBy}.", page)),
            };
        }
    }

    private sealed class AssessedRule(string target) : IReadinessRule
    {
        public string Target { get; } = target;
        public string Title => "Every AI system in scope has rated risks, reviewed on time";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var (systems, which) = await SystemsInScope.LoadAsync(scope, ct);
            if (systems.Count == 0)
            {
                return SystemsInScope.None(scope);
            }

            var facts = await FactsAsync(scope, ct);
            var failing = systems.Select(s =>
            {
                var risks = facts.Risks.Where(r => r.AiSystem?.Id == s.Id.ToString()).ToList();
                string? problem = risks.Count == 0 ? "no risk recorded"
                    : risks.All(r => r.Inherent is null) ? "no risk rated"
                    : risks.Any(r => r.ReviewOverdue) ? "a review is overdue"
                    : risks.Any(r => r.NeedsReRating) ? "rated under superseded criteria"
                    : null;
                return (s.Name, Problem: problem, First: risks.FirstOrDefault(r => r.Inherent is null || r.ReviewOverdue || r.NeedsReRating)?.Id);
            }).Where(f => f.Problem is not null).ToList();
            return Fraction(scope, failing.Count, systems.Count, which, ReadinessText.Some(failing.Select(f => (f.Name, f.Problem!))),
                failing.Select(f => f.First).FirstOrDefault(id => id is not null));
        }
    }

    private sealed class TreatedRule : IReadinessRule
    {
        public string Target => "6.1.3";
        public string Title => "Every risk above the acceptance threshold treated or accepted";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var facts = await FactsAsync(scope, ct);
            if (facts.Criteria is not { } criteria)
            {
                return ReadinessFinding.NotMet(new ReadinessReason("no risk has been rated yet.", scope.Page(RiskRegister.Name)));
            }

            var above = facts.Risks.Where(r => r.Current is { } current && criteria.AboveThreshold(current.Band)).ToList();
            if (above.Count == 0)
            {
                return facts.Risks.Any(r => r.Current is not null)
                    ? ReadinessFinding.Met(new ReadinessReason("no rated risk is above the acceptance threshold.", scope.Page(RiskRegister.Name)))
                    : ReadinessFinding.NotMet(new ReadinessReason("no risk has been rated yet.", scope.Page(RiskRegister.Name)));
            }

            var failing = above.Where(r => r.Acceptance?.State != AcceptanceState.Accepted)
                .Select(r => (r.Title, Why: r.Treatment is null ? "no treatment"
                    : r.OpenControls.Count > 0 ? $"waiting for {string.Join(", ", r.OpenControls)}"
                    : r.Acceptance?.State is AcceptanceState.Stale or AcceptanceState.Expired ? $"acceptance {r.Acceptance.State.ToString().ToLowerInvariant()}"
                    : "still above the threshold and not accepted", r.Id)).ToList();
            return Fraction(scope, failing.Count, above.Count, "risks above the threshold", ReadinessText.Some(failing.Select(f => (f.Title, f.Why))),
                failing.Select(f => (Guid?)f.Id).FirstOrDefault());
        }
    }

    private sealed class PlanRule : IReadinessRule
    {
        public string Target => "8.3";
        public string Title => "The risk treatment plan is carried out";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var facts = await FactsAsync(scope, ct);
            var treated = facts.Risks.Where(r => r.Controls.Count > 0 || r.Actions.Count > 0).ToList();
            if (treated.Count == 0)
            {
                return ReadinessFinding.NotMet(new ReadinessReason("no risk treatment selects a control or plans an action yet.", scope.Page(RiskRegister.Name)));
            }

            var failing = treated.Select(r => (r.Title, Why: r.Controls
                    .Where(c => c.Status != ControlStatus.Implemented && (c.PlannedOn is null || c.PlannedOn < scope.Today))
                    .Select(c => c.PlannedOn is null ? $"{c.ControlId} not planned" : $"{c.ControlId} late")
                    .Concat(r.Actions.Where(a => a.Overdue).Select(a => $"action '{a.Title}' overdue")).ToList(), r.Id))
                .Where(f => f.Why.Count > 0).ToList();
            return Fraction(scope, failing.Count, treated.Count, "treated risks", ReadinessText.Some(failing.Select(f => (f.Title, string.Join(", ", f.Why)))),
                failing.Select(f => (Guid?)f.Id).FirstOrDefault());
        }
    }
}
