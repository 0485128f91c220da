using System.Text.Json;

namespace Aims.Core.AiSystems.Lifecycle;

/// <summary>
/// The rules of the life-cycle gates (A.6.2.2–A.6.2.8), without the database: which moves are ordinary steps, what
/// each stage requires by default, and what a move requires when it passes through several gates at once.
/// </summary>
public static class LifecycleGates
{
    // Stored lists use the API's names ("deploymentPlan"), so the ledger reads like the API.
    private static JsonSerializerOptions Json => Common.StoredJson.Options;

    /// <summary>What entering each stage requires when the organization has not configured it: the Annex A.6.2 record of
    /// the step that leads there. Re-evaluation needs nothing to start; inception is never entered through a gate.</summary>
    public static IReadOnlyList<ArtefactKind> DefaultRequired(LifecycleStage stage) => stage switch
    {
        LifecycleStage.DesignAndDevelopment => [ArtefactKind.RequirementsSpecification],
        LifecycleStage.VerificationAndValidation => [ArtefactKind.DesignAndDevelopmentRecord],
        LifecycleStage.Deployment =>
        [
            ArtefactKind.VerificationAndValidationPlan, ArtefactKind.VerificationAndValidationResults, ArtefactKind.DeploymentPlan,
            ArtefactKind.TechnicalDocumentation, ArtefactKind.EventLogDecision,
        ],
        LifecycleStage.OperationAndMonitoring => [ArtefactKind.OperationAndMonitoringPlan],
        LifecycleStage.Retirement => [ArtefactKind.RetirementPlan],
        _ => [],
    };

    /// <summary>The stages a gate leads into (every stage but inception).</summary>
    public static IReadOnlyList<LifecycleStage> GatedStages { get; } = [.. StageLabels.All.Where(s => s != LifecycleStage.Inception)];

    /// <summary>
    /// The ordinary next steps from a stage: forward one stage; back from verification to design when tests fail; from
    /// re-evaluation to whichever stage the review sends the system; and retirement from anywhere. Retirement is final.
    /// </summary>
    public static IReadOnlyList<LifecycleStage> Next(LifecycleStage from) => from switch
    {
        LifecycleStage.Inception => [LifecycleStage.DesignAndDevelopment, LifecycleStage.Retirement],
        LifecycleStage.DesignAndDevelopment => [LifecycleStage.VerificationAndValidation, LifecycleStage.Retirement],
        LifecycleStage.VerificationAndValidation => [LifecycleStage.Deployment, LifecycleStage.DesignAndDevelopment, LifecycleStage.Retirement],
        LifecycleStage.Deployment => [LifecycleStage.OperationAndMonitoring, LifecycleStage.Retirement],
        LifecycleStage.OperationAndMonitoring => [LifecycleStage.ReEvaluation, LifecycleStage.Retirement],
        LifecycleStage.ReEvaluation =>
        [
            LifecycleStage.DesignAndDevelopment, LifecycleStage.VerificationAndValidation, LifecycleStage.OperationAndMonitoring,
            LifecycleStage.Retirement,
        ],
        _ => [],
    };

    /// <summary>
    /// The gates a move passes: just the target's for an ordinary step; for a jump forward, every stage skipped and the
    /// target (going straight from inception to deployment skips the design and verification gates, not their records).
    /// </summary>
    public static IReadOnlyList<LifecycleStage> GatesPassed(LifecycleStage from, LifecycleStage to) =>
        Next(from).Contains(to) || to <= from || to == LifecycleStage.Retirement || from == LifecycleStage.ReEvaluation
            ? [to]
            : [.. StageLabels.All.Where(s => s > from && s <= to)];

    /// <summary>Whether a move is an ordinary step (passable with all artefacts) rather than a skip that needs an exception.</summary>
    public static bool IsOrdinary(LifecycleStage from, LifecycleStage to) => Next(from).Contains(to);

    /// <summary>The artefact kinds a move requires, in the order the gates come, each once.</summary>
    public static IReadOnlyList<ArtefactKind> Required(LifecycleStage from, LifecycleStage to, Func<LifecycleStage, IReadOnlyList<ArtefactKind>> requiredFor)
    {
        ArgumentNullException.ThrowIfNull(requiredFor);
        return [.. GatesPassed(from, to).SelectMany(requiredFor).Distinct()];
    }

    internal static string Store<T>(IEnumerable<T> items) => JsonSerializer.Serialize(items.ToList(), Json);

    internal static List<T> Read<T>(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : JsonSerializer.Deserialize<List<T>>(stored, Json) ?? [];
}
