using Aims.Core.Controls;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Risks;

/// <summary>A rating: the cell of the matrix, its level and band, and the criteria version it was made under.</summary>
public sealed record RiskRating(int Likelihood, int Impact, int Level, string Band, int Criteria)
{
    /// <summary>What an acceptance compares to see whether the rating moved since it was decided.</summary>
    public string Stamp => $"{Likelihood}x{Impact}@{Criteria}";

    /// <summary>The rating stored in a risk's columns, or null where it has none.</summary>
    public static RiskRating? Of(int? likelihood, int? impact, int? level, string? band, int? criteria) =>
        likelihood is { } l && impact is { } i && level is { } v && band is not null && criteria is { } c ? new RiskRating(l, i, v, band, c) : null;

    public static RiskRating? InherentOf(Risk risk) =>
        Of(risk?.InherentLikelihood, risk?.InherentImpact, risk?.InherentLevel, risk?.InherentBand, risk?.InherentCriteria);

    public static RiskRating? ResidualOf(Risk risk) =>
        Of(risk?.ResidualLikelihood, risk?.ResidualImpact, risk?.ResidualLevel, risk?.ResidualBand, risk?.ResidualCriteria);
}

/// <summary>A control the treatment selected, and how far it is implemented.</summary>
public sealed record SelectedControl(string ControlId, string? Title, ControlStatus Status, DateOnly? PlannedOn = null);

/// <summary>Where acceptance of the risk stands today.</summary>
public enum AcceptanceState
{
    Requested,
    Rejected,
    Accepted,

    /// <summary>Accepted, but the current rating is no longer the one that was accepted.</summary>
    Stale,

    /// <summary>Accepted, and the acceptance's expiry date has passed.</summary>
    Expired,
}

/// <summary>The latest acceptance request of a risk, and what it means today.</summary>
public sealed record AcceptanceSummary(Guid Id, AcceptanceState State, string Reason, DateOnly ExpiresOn, string RequestedBy, string? DecidedBy,
    DateTimeOffset? DecidedAt);

/// <summary>
/// A risk as callers read it. <paramref name="Current"/> is computed: the residual rating once every selected control
/// is implemented, the inherent one until then (<paramref name="CurrentReason"/> says which and why).
/// </summary>
/// <param name="NeedsReRating">Last rated under an older version of the criteria than the one in force.</param>
/// <param name="Findings">What an auditor would question in the record (see <see cref="RiskQuality"/>).</param>
public sealed record RiskView(
    Guid Id, string Title, string? Description, RecordRef? AiSystem, string? Source, IReadOnlyList<string> Objectives,
    string? ConsequencesOrganization, string? ConsequencesIndividuals, string? ConsequencesSociety, Guid OwnerId, string? Owner,
    RiskRating? Inherent, RiskRating? Residual, RiskRating? Current, string CurrentReason, bool NeedsReRating, DateTimeOffset? AssessedAt,
    DateOnly? ReviewDueOn, bool ReviewOverdue, TreatmentOption? Treatment, string? TreatmentNote, IReadOnlyList<SelectedControl> Controls,
    IReadOnlyList<string> OpenControls, IReadOnlyList<RiskActionView> Actions, AcceptanceSummary? Acceptance, IReadOnlyList<string> Findings,
    IReadOnlyList<RecordRef> ContextIssues,
    IReadOnlyList<RecordRef> Requirements, IReadOnlyList<RecordRef> Datasets, IReadOnlyList<RecordRef> ThirdParties,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy,
    long Version) : IRecordView;

/// <summary>A risk as created and edited through the register's form; ratings, treatment and acceptance have their own calls.</summary>
public sealed record RiskInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public Guid? AiSystemId { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<string>? Objectives { get; init; }
    public string? ConsequencesOrganization { get; init; }
    public string? ConsequencesIndividuals { get; init; }
    public string? ConsequencesSociety { get; init; }
    public Guid? OwnerId { get; init; }
    public IReadOnlyList<Guid>? ContextIssueIds { get; init; }
    public IReadOnlyList<Guid>? RequirementIds { get; init; }
    public IReadOnlyList<Guid>? DatasetIds { get; init; }
    public IReadOnlyList<Guid>? ThirdPartyIds { get; init; }
}

/// <summary>A rating to add: <c>kind</c> inherent or residual, on the scales in force.</summary>
public sealed record AssessmentInput
{
    public int? Likelihood { get; init; }
    public int? Impact { get; init; }
    public AssessmentKind? Kind { get; init; }
    public string? Rationale { get; init; }
}

/// <summary>The treatment chosen: option, the Annex A controls selected, and a note on the plan.</summary>
public sealed record TreatmentInput
{
    public TreatmentOption? Option { get; init; }
    public IReadOnlyList<string>? Controls { get; init; }
    public string? Note { get; init; }
}

/// <summary>One rating of the history as callers read it.</summary>
public sealed record AssessmentView(Guid Id, AssessmentKind Kind, int Likelihood, int Impact, int Level, string Band, int Criteria,
    string Rationale, DateTimeOffset AssessedAt, string AssessedBy);

/// <summary>A treatment action as callers read it; <paramref name="Overdue"/> is judged against today in the organization's calendar.</summary>
public sealed record RiskActionView(Guid Id, string Title, Guid OwnerId, string? Owner, DateOnly DueOn, ActionStatus Status, DateOnly? DoneOn,
    string? Note, bool Overdue, long Version);

/// <summary>A treatment action as sent: a new one is open; an edit may mark it done.</summary>
public sealed record RiskActionInput
{
    public string? Title { get; init; }
    public Guid? OwnerId { get; init; }
    public DateOnly? DueOn { get; init; }
    public ActionStatus? Status { get; init; }
    public string? Note { get; init; }
}
