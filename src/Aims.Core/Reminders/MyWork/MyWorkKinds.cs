namespace Aims.Core.Reminders.MyWork;

/// <summary>How each <see cref="MyWorkKind"/> is named to people (e-mails, pages), in one place.</summary>
public static class MyWorkKinds
{
    public static string Label(MyWorkKind kind) => kind switch
    {
        MyWorkKind.ApprovalWaiting => "Approval waiting",
        MyWorkKind.AcknowledgementPending => "Acknowledgement pending",
        MyWorkKind.ReviewDue => "Review due",
        MyWorkKind.ReviewOverdue => "Review overdue",
        MyWorkKind.EvidenceExpiring => "Evidence expiring",
        MyWorkKind.EvidenceExpired => "Evidence expired",
        MyWorkKind.ApiTokenExpiring => "API token expiring",
        MyWorkKind.ApiTokenExpired => "API token expired",
        MyWorkKind.RiskReviewDue => "Risk review due",
        MyWorkKind.RiskActionDue => "Treatment action due",
        MyWorkKind.AcceptanceLapsed => "Risk acceptance lapsed",
        MyWorkKind.AcceptanceWaiting => "Risk acceptance to decide",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown my-work kind."),
    };
}
