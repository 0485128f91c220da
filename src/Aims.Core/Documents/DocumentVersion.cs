using Aims.Core.Common;
using Aims.Core.Evidence.Files;

namespace Aims.Core.Documents;

/// <summary>
/// One numbered version of a controlled document: its content (a Markdown body or an uploaded file), the content's SHA-256, the change summary and where
/// it stands in the workflow. The transition methods are the only way its status changes, and each checks that the
/// transition is allowed (refusals are <see cref="StateConflictException"/>, HTTP 409); the content can change only
/// while the version is a draft, so whatever was submitted, approved and published is exactly what the hash names.
/// </summary>
public sealed class DocumentVersion : DocumentPart
{
    public int Number { get; private set; }
    public string Body { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public string? ChangeSummary { get; private set; }

    /// <summary>
    /// For a version whose content is an uploaded file (a signed PDF, a Word document from before OpenAIMS, an external
    /// standard): the name it was uploaded under, its length and the kind its bytes were recognised as. The body is then
    /// empty and <see cref="Sha256"/> is the file's, so approval binds the exact bytes. Null for a Markdown version.
    /// </summary>
    public StoredFileKind? FileKind { get; private set; }

    public string? FileName { get; private set; }
    public long? FileSize { get; private set; }

    /// <summary>
    /// For a structured snapshot: what it was built from. The body is then the snapshot's JSON (its schema per kind),
    /// read as a table, and it records the rows it was built from so a change to them afterwards can be shown.
    /// </summary>
    public Snapshots.DocumentSnapshotKind? SnapshotKind { get; private set; }
    public DocumentVersionStatus Status { get; private set; }

    /// <summary>Who started the draft; with <see cref="LastEditedById"/> one of its authors, who may not approve it.</summary>
    public Guid AuthorId { get; private set; }

    public Guid LastEditedById { get; private set; }

    /// <summary>How many times the version was submitted; approvals count only in the current round.</summary>
    public int ReviewRound { get; private set; }

    /// <summary>Distinct approvals needed in this round (the document's quorum when it was submitted).</summary>
    public int RequiredApprovals { get; private set; }

    /// <summary>Distinct approvals given in this round.</summary>
    public int ApprovalCount { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid? SubmittedById { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public Guid? PublishedById { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }
    public int? SupersededByNumber { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }
    public Guid? RetiredById { get; private set; }
    public string? RetireReason { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public Guid? ReturnedById { get; private set; }
    public string? ReturnReason { get; private set; }

    /// <summary>A new draft numbered <paramref name="number"/> of <paramref name="document"/>.</summary>
    internal static DocumentVersion StartDraft(Document document, int number, string body, string? changeSummary, Guid authorId) => new()
    {
        OrganizationId = document.OrganizationId,
        DocumentId = document.Id,
        Number = number,
        Body = body,
        Sha256 = DocumentContent.Sha256(body),
        ChangeSummary = changeSummary,
        Status = DocumentVersionStatus.Draft,
        AuthorId = authorId,
        LastEditedById = authorId,
    };

    /// <summary>True for someone who wrote this version (started or last edited the draft).</summary>
    public bool IsAuthor(Guid userId) => AuthorId == userId || LastEditedById == userId;

    /// <summary>Refuses (409) unless the version is a draft, whose content may still change.</summary>
    internal void EnsureEditable() => Require("changed", DocumentVersionStatus.Draft);

    internal void Edit(string body, string? changeSummary, Guid editorId)
    {
        EnsureEditable();
        Body = body;
        Sha256 = DocumentContent.Sha256(body);
        ChangeSummary = changeSummary;
        LastEditedById = editorId;
        FileKind = null;
        FileName = null;
        FileSize = null;
        SnapshotKind = null;
    }

    /// <summary>Makes a freshly built snapshot (its JSON) the draft's content.</summary>
    internal void AttachSnapshot(Snapshots.DocumentSnapshotKind kind, string json, string? changeSummary, Guid editorId)
    {
        Edit(json, changeSummary, editorId);
        SnapshotKind = kind;
    }

    /// <summary>Changes only a draft's change summary (its content, Markdown or file, stays).</summary>
    internal void Summarize(string? changeSummary, Guid editorId)
    {
        EnsureEditable();
        ChangeSummary = changeSummary;
        LastEditedById = editorId;
    }

    /// <summary>Makes an uploaded file the draft's content in place of its Markdown body.</summary>
    internal void AttachFile(StoredFile file, string? fileName, string? changeSummary, Guid editorId)
    {
        ArgumentNullException.ThrowIfNull(file);
        EnsureEditable();
        Body = "";
        Sha256 = file.Sha256;
        FileKind = file.Kind;
        FileName = fileName;
        FileSize = file.Length;
        SnapshotKind = null;
        ChangeSummary = changeSummary;
        LastEditedById = editorId;
    }

    internal void Submit(Guid by, DateTimeOffset at, int requiredApprovals)
    {
        Require("submitted", DocumentVersionStatus.Draft);
        ArgumentOutOfRangeException.ThrowIfLessThan(requiredApprovals, 1);
        Status = DocumentVersionStatus.InReview;
        ReviewRound++;
        RequiredApprovals = requiredApprovals;
        ApprovalCount = 0;
        SubmittedAt = at;
        SubmittedById = by;
    }

    /// <summary>Refuses (409) unless the version is in review, the only time it can be approved.</summary>
    internal void EnsureApprovable() => Require("approved", DocumentVersionStatus.InReview);

    /// <summary>Counts one more distinct approval of this round; true when it completed the quorum.</summary>
    internal bool CountApproval(DateTimeOffset at)
    {
        EnsureApprovable();
        ApprovalCount++;
        if (ApprovalCount < RequiredApprovals)
        {
            return false;
        }

        Status = DocumentVersionStatus.Approved;
        ApprovedAt = at;
        return true;
    }

    internal void ReturnToDraft(Guid by, DateTimeOffset at, string reason)
    {
        Require("returned to draft", DocumentVersionStatus.InReview, DocumentVersionStatus.Approved);
        Status = DocumentVersionStatus.Draft;
        ApprovedAt = null;
        ReturnedAt = at;
        ReturnedById = by;
        ReturnReason = reason;
    }

    internal void Publish(Guid by, DateTimeOffset at)
    {
        Require("published", DocumentVersionStatus.Approved);
        Status = DocumentVersionStatus.Published;
        PublishedAt = at;
        PublishedById = by;
    }

    internal void Supersede(int byNumber, DateTimeOffset at)
    {
        Require("superseded", DocumentVersionStatus.Published);
        Status = DocumentVersionStatus.Superseded;
        SupersededAt = at;
        SupersededByNumber = byNumber;
    }

    internal void Retire(Guid by, DateTimeOffset at, string reason)
    {
        Require("retired", DocumentVersionStatus.Draft, DocumentVersionStatus.InReview, DocumentVersionStatus.Approved,
            DocumentVersionStatus.Published);
        Status = DocumentVersionStatus.Retired;
        RetiredAt = at;
        RetiredById = by;
        RetireReason = reason;
    }

    private void Require(string action, params ReadOnlySpan<DocumentVersionStatus> allowed)
    {
        if (allowed.Contains(Status))
        {
            return;
        }

        var why = Status switch
        {
            DocumentVersionStatus.Draft => "it is still a draft",
            DocumentVersionStatus.InReview => "it is in review; its content is frozen since it was submitted",
            DocumentVersionStatus.Approved => "it is approved and immutable",
            DocumentVersionStatus.Published => "it is published (in force) and immutable",
            DocumentVersionStatus.Superseded => $"it was superseded by version {SupersededByNumber} and is immutable",
            _ => "it is retired and immutable",
        };
        var allowedText = string.Join(" or ", allowed.ToArray().Select(ApiNames.Of));
        throw new StateConflictException("status",
            $"Version {Number} cannot be {action}: {why}. Only a version that is {allowedText} can be {action}.");
    }
}
