using Aims.Core.Documents.Templates;

namespace Aims.Core.Documents.Views;

/// <summary>
/// A version as callers see it, with every actor's name resolved. <see cref="Body"/> and <see cref="OpenChoices"/>
/// (the <c>[[to decide: …]]</c> blanks still in the body) are filled when one version is read, written or moved through
/// the workflow, and null in the list of a document's versions. <see cref="RetainUntil"/> is the end of the
/// document's retention period for a version that is no longer in force. <see cref="File"/> is set (in lists too) when
/// the content is an uploaded file; the body is then empty. <see cref="Snapshot"/> is set when the content is a
/// structured snapshot; the body is then its JSON.
/// </summary>
public sealed record DocumentVersionView(
    Guid Id,
    Guid DocumentId,
    int Number,
    DocumentVersionStatus Status,
    string Sha256,
    string? ChangeSummary,
    string? Body,
    DocumentVersionFileView? File,
    Snapshots.DocumentSnapshotKind? Snapshot,
    IReadOnlyList<TemplateBlank>? OpenChoices,
    PersonRef Author,
    PersonRef LastEditedBy,
    int ReviewRound,
    int RequiredApprovals,
    int ApprovalCount,
    IReadOnlyList<ApprovalView> Approvals,
    DateTimeOffset? SubmittedAt,
    PersonRef? SubmittedBy,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? PublishedAt,
    PersonRef? PublishedBy,
    DateTimeOffset? SupersededAt,
    int? SupersededByNumber,
    DateTimeOffset? RetiredAt,
    PersonRef? RetiredBy,
    string? RetireReason,
    DateTimeOffset? ReturnedAt,
    PersonRef? ReturnedBy,
    string? ReturnReason,
    DateOnly? RetainUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);
