namespace Aims.Core.AiSystems.Lifecycle;

/// <summary>
/// What a life-cycle gate can require before a system enters a stage: the records Annex A.6.2 expects for each step.
/// The camelCase names are the API contract (<c>missingArtefacts</c>); people read <see cref="ArtefactLabels"/>.
/// </summary>
public enum ArtefactKind
{
    RequirementsSpecification,
    DesignAndDevelopmentRecord,
    VerificationAndValidationPlan,
    VerificationAndValidationResults,
    DeploymentPlan,
    OperationAndMonitoringPlan,
    TechnicalDocumentation,
    EventLogDecision,
    RetirementPlan,
}

/// <summary>Human wording of each artefact kind, the Annex A control it serves and what an auditor looks for in it.</summary>
public static class ArtefactLabels
{
    public static IReadOnlyList<ArtefactKind> All { get; } = Enum.GetValues<ArtefactKind>();

    public static string Label(ArtefactKind kind) => kind switch
    {
        ArtefactKind.RequirementsSpecification => "Requirements and specification",
        ArtefactKind.DesignAndDevelopmentRecord => "Design and development record",
        ArtefactKind.VerificationAndValidationPlan => "Verification and validation plan",
        ArtefactKind.VerificationAndValidationResults => "Verification and validation results",
        ArtefactKind.DeploymentPlan => "Deployment plan",
        ArtefactKind.OperationAndMonitoringPlan => "Operation and monitoring plan",
        ArtefactKind.TechnicalDocumentation => "Technical documentation",
        ArtefactKind.EventLogDecision => "Event-log decision",
        ArtefactKind.RetirementPlan => "Retirement plan",
        _ => kind.ToString(),
    };

    /// <summary>The Annex A control the artefact is evidence for; retirement has none of its own (it closes the A.6.2 cycle).</summary>
    public static string Control(ArtefactKind kind) => kind switch
    {
        ArtefactKind.RequirementsSpecification => "A.6.2.2",
        ArtefactKind.DesignAndDevelopmentRecord => "A.6.2.3",
        ArtefactKind.VerificationAndValidationPlan or ArtefactKind.VerificationAndValidationResults => "A.6.2.4",
        ArtefactKind.DeploymentPlan => "A.6.2.5",
        ArtefactKind.OperationAndMonitoringPlan => "A.6.2.6",
        ArtefactKind.TechnicalDocumentation => "A.6.2.7",
        ArtefactKind.EventLogDecision => "A.6.2.8",
        _ => "A.6.1.3",
    };

    /// <summary>One line on what a good artefact of this kind contains.</summary>
    public static string Help(ArtefactKind kind) => kind switch
    {
        ArtefactKind.RequirementsSpecification => "What the system must do and must not do, its constraints and how success will be judged.",
        ArtefactKind.DesignAndDevelopmentRecord => "Architecture, data and model choices, and the reasons for them, as built.",
        ArtefactKind.VerificationAndValidationPlan => "The tests and reviews planned before release, with measurable acceptance criteria.",
        ArtefactKind.VerificationAndValidationResults => "What the tests found against those criteria, and who accepted the outcome.",
        ArtefactKind.DeploymentPlan => "How the system is rolled out: environments, users, fallback and the go/no-go decision.",
        ArtefactKind.OperationAndMonitoringPlan => "What is watched in use (performance, drift, incidents), how often, by whom, with what thresholds.",
        ArtefactKind.TechnicalDocumentation => "The documentation users, operators and regulators need to understand and run the system.",
        ArtefactKind.EventLogDecision => "Which events the system records, for how long, and why that is enough (or why none are kept).",
        ArtefactKind.RetirementPlan => "How the system is taken out of service: users informed, data kept or deleted, dependencies removed.",
        _ => "",
    };
}
