namespace Aims.Core.Documents;

/// <summary>
/// One approver's signature on one version: who, when, and the SHA-256 of the content they approved, after
/// re-authenticating (<see cref="Reauthentication"/> says with what). Approvals count towards the quorum of the review
/// round they were given in (<see cref="Round"/>); a version returned to draft and submitted again needs new ones.
/// </summary>
public sealed class DocumentApproval : DocumentPart
{
    public Guid VersionId { get; set; }
    public int VersionNumber { get; set; }

    /// <summary>The version's review round (1 for its first submission) the approval belongs to.</summary>
    public int Round { get; set; }

    public Guid ApproverId { get; set; }
    public DateTimeOffset ApprovedAt { get; set; }

    /// <summary>The version's <see cref="DocumentVersion.Sha256"/> at the moment of approval: the approval binds it.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>"password", or "password+authenticator" when the approver has two-factor sign-in.</summary>
    public string Reauthentication { get; set; } = "";

    public string? Note { get; set; }
}
