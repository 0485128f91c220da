namespace Aims.Core.Reminders.MyWork;

/// <summary>
/// What a "my work" item asks of the person. A fixed contract: the API writes it camelCase (<c>approvalWaiting</c>,
/// <c>evidenceExpired</c>…), notifications store it, and reminders are keyed by it, so values are only ever added.
/// </summary>
public enum MyWorkKind
{
    /// <summary>A document version waits for this person's approval.</summary>
    ApprovalWaiting,

    /// <summary>A published version asks this person to acknowledge it.</summary>
    AcknowledgementPending,

    /// <summary>A document this person owns is due for review soon.</summary>
    ReviewDue,

    /// <summary>A document this person owns has passed its review date.</summary>
    ReviewOverdue,

    /// <summary>Evidence this person owns stops being valid soon.</summary>
    EvidenceExpiring,

    /// <summary>Evidence this person owns is no longer valid.</summary>
    EvidenceExpired,

    /// <summary>One of this person's API tokens expires soon; automation using it will stop.</summary>
    ApiTokenExpiring,

    /// <summary>One of this person's API tokens expired recently; automation using it is refused.</summary>
    ApiTokenExpired,

    /// <summary>A risk this person owns is due for its review (by its band's interval) soon, or is past it.</summary>
    RiskReviewDue,

    /// <summary>A treatment action this person owns is due soon or overdue.</summary>
    RiskActionDue,

    /// <summary>The acceptance of a risk this person owns has expired, or turned stale when the risk was re-rated.</summary>
    AcceptanceLapsed,

    /// <summary>An acceptance waits for a decision this person has the authority to make.</summary>
    AcceptanceWaiting,
}
