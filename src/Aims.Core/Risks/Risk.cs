using Aims.Core.Common;
using Aims.Core.Registers;

namespace Aims.Core.Risks;

/// <summary>How a risk is treated (6.1.3): change it with controls, stop the activity, share it with a third party, or keep it.</summary>
public enum TreatmentOption
{
    Modify,
    Avoid,
    Share,
    Retain,
}

/// <summary>Which rating an assessment gives: the risk as it is without treatment, or as planned once its controls work.</summary>
public enum AssessmentKind
{
    Inherent,
    Residual,
}

/// <summary>
/// An AI risk (6.1.2, 8.2), of one AI system or of the organization. The row carries the latest inherent and residual
/// rating (level and band as the criteria of that rating decided them); the ratings themselves are the append-only
/// <see cref="RiskAssessment"/> history. The current rating is not stored: it is computed from the selected controls.
/// </summary>
public sealed class Risk : RegisterRecord
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The system the risk belongs to; null for a risk of the organization.</summary>
    public Guid? AiSystemId { get; set; }

    /// <summary>The risk source, an Annex C.3 id ("C.3.4").</summary>
    public string? Source { get; set; }

    /// <summary>The Annex C.2 objectives affected, as a JSON list of ids.</summary>
    public string? Objectives { get; set; }

    public string? ConsequencesOrganization { get; set; }
    public string? ConsequencesIndividuals { get; set; }
    public string? ConsequencesSociety { get; set; }
    public Guid OwnerId { get; set; }

    public int? InherentLikelihood { get; set; }
    public int? InherentImpact { get; set; }
    public int? InherentLevel { get; set; }
    public string? InherentBand { get; set; }
    public int? InherentCriteria { get; set; }

    public int? ResidualLikelihood { get; set; }
    public int? ResidualImpact { get; set; }
    public int? ResidualLevel { get; set; }
    public string? ResidualBand { get; set; }
    public int? ResidualCriteria { get; set; }

    /// <summary>When it was last assessed, and when it is due again (from the band's review interval).</summary>
    public DateTimeOffset? AssessedAt { get; set; }
    public DateOnly? ReviewDueOn { get; set; }

    public TreatmentOption? Treatment { get; set; }
    public string? TreatmentNote { get; set; }
}

/// <summary>One rating of a risk, never changed: who rated it, when, under which version of the criteria, and why.</summary>
public sealed class RiskAssessment : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid RiskId { get; set; }
    public AssessmentKind Kind { get; set; }
    public int Likelihood { get; set; }
    public int Impact { get; set; }
    public int Level { get; set; }
    public string Band { get; set; } = "";
    public int CriteriaNumber { get; set; }
    public string Rationale { get; set; } = "";
}

/// <summary>Where a request to accept a residual risk is.</summary>
public enum AcceptanceDecision
{
    Requested,
    Approved,
    Rejected,
}

/// <summary>
/// A request to accept a risk as it is, and its decision. At the decision the risk's ratings and treatment are frozen
/// into <see cref="Frozen"/>; the acceptance is then in force until <see cref="ExpiresOn"/>, or stale as soon as the
/// risk's current rating differs from the frozen one.
/// </summary>
public sealed class RiskAcceptance : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid RiskId { get; set; }
    public Guid RequestedById { get; set; }
    public string Justification { get; set; } = "";
    public DateOnly ExpiresOn { get; set; }
    public AcceptanceDecision Decision { get; set; }
    public Guid? DecidedById { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? Comment { get; set; }

    /// <summary>The band whose authority decided, under criteria version <see cref="CriteriaNumber"/>.</summary>
    public string? Band { get; set; }
    public int? CriteriaNumber { get; set; }

    /// <summary>The current rating at the decision ("likelihood×impact@criteria"), compared with the live one for staleness.</summary>
    public string? RatingStamp { get; set; }

    /// <summary>The risk's ratings, treatment and controls at the decision, as JSON.</summary>
    public string? Frozen { get; set; }
}

/// <summary>Where a treatment action is.</summary>
public enum ActionStatus
{
    Open,
    Done,
}

/// <summary>One step of a risk's treatment plan (6.1.3, 8.3): what is done, by whom, by when.</summary>
public sealed class RiskAction : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid RiskId { get; set; }
    public string Title { get; set; } = "";
    public Guid OwnerId { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Note { get; set; }
}
