namespace Aims.Core.AiSystems;

/// <summary>
/// Human wording of the ISO/IEC 22989 life-cycle stages. The enum names are the API contract; people read these.
/// Kept in one place so the list, the form, the detail page, the history and the CSV export say the same thing.
/// </summary>
public static class StageLabels
{
    public static IReadOnlyList<LifecycleStage> All { get; } = Enum.GetValues<LifecycleStage>();

    public static string Label(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Inception => "Inception",
        LifecycleStage.DesignAndDevelopment => "Design and development",
        LifecycleStage.VerificationAndValidation => "Verification and validation",
        LifecycleStage.Deployment => "Deployment",
        LifecycleStage.OperationAndMonitoring => "Operation and monitoring",
        LifecycleStage.ReEvaluation => "Re-evaluation",
        LifecycleStage.Retirement => "Retirement",
        _ => stage.ToString(),
    };

    /// <summary>One line on what the stage means, shown as help in the form.</summary>
    public static string Help(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Inception => "The idea is being scoped: objectives, requirements and feasibility.",
        LifecycleStage.DesignAndDevelopment => "Data, model and system are being designed and built (A.6.2.2, A.6.2.3).",
        LifecycleStage.VerificationAndValidation => "Tested against acceptance criteria before release (A.6.2.4).",
        LifecycleStage.Deployment => "Being rolled out to its users under a deployment plan (A.6.2.5).",
        LifecycleStage.OperationAndMonitoring => "In use and monitored for performance, drift and incidents (A.6.2.6).",
        LifecycleStage.ReEvaluation => "Being reassessed after a change, incident or review.",
        LifecycleStage.Retirement => "Being or already taken out of service.",
        _ => "",
    };

    /// <summary>Parses either the enum name or the label (for history payloads, which store enum names).</summary>
    public static string LabelOf(string? value) =>
        value is not null && Enum.TryParse<LifecycleStage>(value, ignoreCase: true, out var stage) && Enum.IsDefined(stage)
            ? Label(stage)
            : value ?? "";
}
