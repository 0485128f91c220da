using Aims.Core.AiSystems;
using Aims.Core.AiSystems.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness.Rules;

/// <summary>
/// Readiness from the life-cycle gates. For A.6.2.2–A.6.2.8: every system in scope that has reached the stage whose gate
/// requires the control's artefacts has them on file, counting (a document in force, current evidence). For 8.1: every
/// system in scope that is deployed or in operation passed its deployment gate, rather than entering by exception. For
/// A.6.1.3: the organization's life-cycle process names the AIMS role that approves each gate.
/// </summary>
public static class LifecycleRules
{
    public static IEnumerable<IReadinessRule> All() =>
    [
        new ArtefactRule("A.6.2.2", [ArtefactKind.RequirementsSpecification]),
        new ArtefactRule("A.6.2.3", [ArtefactKind.DesignAndDevelopmentRecord]),
        new ArtefactRule("A.6.2.4", [ArtefactKind.VerificationAndValidationPlan, ArtefactKind.VerificationAndValidationResults]),
        new ArtefactRule("A.6.2.5", [ArtefactKind.DeploymentPlan]),
        new ArtefactRule("A.6.2.6", [ArtefactKind.OperationAndMonitoringPlan]),
        new ArtefactRule("A.6.2.7", [ArtefactKind.TechnicalDocumentation]),
        new ArtefactRule("A.6.2.8", [ArtefactKind.EventLogDecision]),
        new DeploymentGateRule(),
        new GateApproversRule(),
    ];

    private sealed class ArtefactRule(string target, IReadOnlyList<ArtefactKind> kinds) : IReadinessRule
    {
        public string Target { get; } = target;
        public string Title { get; } = "Life-cycle artefacts on file: " + string.Join(" and ", kinds.Select(k => ArtefactLabels.Label(k).ToLowerInvariant()));

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var (systems, which) = await SystemsInScope.LoadAsync(scope, ct);
            if (systems.Count == 0)
            {
                return SystemsInScope.None(scope);
            }

            var rules = await LifecycleGateRules.LoadAsync(scope.Db, ct);
            // The earliest gate that asks for them; a configuration that dropped them leaves the Annex A default in force here.
            var from = LifecycleGates.GatedStages.FirstOrDefault(s => rules.Required(s).Any(kinds.Contains));
            if (from == default)
            {
                from = LifecycleGates.GatedStages.First(s => LifecycleGates.DefaultRequired(s).Any(kinds.Contains));
            }

            var due = systems.Where(s => s.LifecycleStage >= from).ToList();
            if (due.Count == 0)
            {
                return ReadinessFinding.Partial(0.5, new ReadinessReason(
                    $"none of the {systems.Count} {which} has reached {StageLabels.Label(from)} yet, so there is nothing to sample; its gate requires them there.",
                    scope.Page("ai-systems")));
            }

            var ids = due.Select(s => s.Id).ToList();
            var counting = (await LifecycleArtefacts.StandingAsync(scope.Db, scope.Db.Set<LifecycleArtefact>().Where(a => ids.Contains(a.AiSystemId)), ct))
                .Where(a => a.View.Counts).Select(a => (a.SystemId, a.View.Kind)).ToHashSet();
            var missing = due.Where(s => kinds.Any(k => !counting.Contains((s.Id, k)))).ToList();
            return missing.Count == 0
                ? ReadinessFinding.Met(new ReadinessReason(
                    $"each of the {due.Count} {which} at {StageLabels.Label(from)} or later has them on file.", scope.Page("ai-systems")))
                : ReadinessFinding.Partial(Math.Max(0.1, 1 - ((double)missing.Count / due.Count)), new ReadinessReason(
                    $"{missing.Count} of {due.Count} {which} at {StageLabels.Label(from)} or later lack them (or they no longer count): " +
                    $"{ReadinessText.Some(missing.Select(s => s.Name))}.", scope.Page($"ai-systems/{missing[0].Id:D}")));
        }
    }

    private sealed class DeploymentGateRule : IReadinessRule
    {
        private static readonly LifecycleStage[] InService = [LifecycleStage.Deployment, LifecycleStage.OperationAndMonitoring, LifecycleStage.ReEvaluation];

        public string Target => "8.1";
        public string Title => "Operational control: systems in service passed their deployment gate";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var (systems, which) = await SystemsInScope.LoadAsync(scope, ct);
            var serving = systems.Where(s => InService.Contains(s.LifecycleStage)).ToList();
            if (serving.Count == 0)
            {
                return systems.Count == 0 ? SystemsInScope.None(scope) : ReadinessFinding.Partial(0.5, new ReadinessReason(
                    $"none of the {systems.Count} {which} is deployed or in operation yet, so no deployment gate can be sampled.", scope.Page("ai-systems")));
            }

            var ids = serving.Select(s => s.Id).ToList();
            var passed = await scope.Db.Set<LifecycleGateEvent>().AsNoTracking()
                .Where(e => ids.Contains(e.AiSystemId) && e.ToStage == LifecycleStage.Deployment && e.Outcome == GateOutcome.Passed)
                .Select(e => e.AiSystemId).Distinct().ToListAsync(ct);
            var gaps = serving.Where(s => !passed.Contains(s.Id)).ToList();
            return gaps.Count == 0
                ? ReadinessFinding.Met(new ReadinessReason(
                    $"each of the {serving.Count} {which} in service passed its deployment gate with every artefact.", scope.Page("ai-systems")))
                : ReadinessFinding.Partial(Math.Max(0.1, 1 - ((double)gaps.Count / serving.Count)), new ReadinessReason(
                    $"{gaps.Count} of {serving.Count} {which} in service entered deployment by exception or before the gates were kept: " +
                    $"{ReadinessText.Some(gaps.Select(s => s.Name))}. File their artefacts; the next re-evaluation can pass the gate.",
                    scope.Page($"ai-systems/{gaps[0].Id:D}")));
        }
    }

    private sealed class GateApproversRule : IReadinessRule
    {
        public string Target => "A.6.1.3";
        public string Title => "The life-cycle process names who approves each gate";

        public async Task<ReadinessFinding> EvaluateAsync(ReadinessScope scope, CancellationToken ct)
        {
            var rules = await LifecycleGateRules.LoadAsync(scope.Db, ct);
            var gated = LifecycleGates.GatedStages;
            var open = gated.Where(s => rules.For(s).ApproverRoleId is null).ToList();
            var page = scope.Page("lifecycle-gates");
            return open.Count == 0
                ? ReadinessFinding.Met(new ReadinessReason($"each of the {gated.Count} gates names the AIMS role whose holders approve it.", page))
                : ReadinessFinding.Partial(Math.Max(0.1, 1 - ((double)open.Count / gated.Count)), new ReadinessReason(
                    $"{open.Count} of {gated.Count} gates let anyone who edits AI systems approve the step: " +
                    $"{ReadinessText.Some(open.Select(StageLabels.Label))}. Name the role that decides on the Lifecycle gates page.", page));
        }
    }
}
