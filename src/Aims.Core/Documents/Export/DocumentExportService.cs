using System.Globalization;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents.Views;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents.Export;

/// <summary>
/// What a rendered version shows besides its body: the control block an auditor reads first — title, type, version,
/// status (in force, superseded by which, retired why), each current approval with its date, when it was approved and
/// published, the SHA-256, classification, owner, next review, retention and the clauses and controls it serves. Times
/// are UTC. The PDF/DOCX writers live in Aims.Reporting; the host hands them this model.
/// </summary>
public sealed class DocumentExportService(IDbContextFactory<AimsDbContext> dbFactory, DocumentService documents)
{
    /// <summary>The model of version <paramref name="number"/>, or of the version in force when it is null (404 when none is).</summary>
    public async Task<DocumentRenderModel> ModelAsync(Caller caller, Guid documentId, int? number, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await documents.Register.ViewAsync(db, documentId, ct);
        var wanted = number ?? document.CurrentVersion?.Number
                     ?? throw new NotFoundException("A version in force of this document (it has none; render a numbered version instead)");
        var version = await DocumentVersionService.ViewAsync(db, documentId, wanted, ct);
        return Build(document, version);
    }

    internal static DocumentRenderModel Build(DocumentView document, DocumentVersionView version)
    {
        var lines = new List<ControlBlockLine>
        {
            new("Title", document.Title),
            new("Type", DocumentLabels.Of(document.Type)),
            new("Version", version.Number.ToString(CultureInfo.InvariantCulture)),
            new("Status", Status(version)),
        };
        var approvals = version.Approvals.Where(a => a.Current).ToList();
        lines.Add(new("Approved by", approvals.Count == 0
            ? "Not approved yet"
            : string.Join("\n", approvals.Select(a => $"{Name(a.Approver)}, {Time(a.ApprovedAt)}"))));
        if (version.ApprovedAt is { } approvedAt)
        {
            lines.Add(new("Approved", Time(approvedAt)));
        }

        if (version.PublishedAt is { } publishedAt)
        {
            lines.Add(new("Published", $"{Time(publishedAt)} by {Name(version.PublishedBy)}"));
        }

        lines.Add(new("SHA-256", version.Sha256));
        lines.Add(new("Classification", DocumentLabels.Of(document.Classification)));
        lines.Add(new("Owner", document.OwnerName is { Length: > 0 } owner ? owner : document.OwnerId.ToString("D")));
        lines.Add(new("Next review", version.Status == DocumentVersionStatus.Published && document.Review.NextReviewOn is { } due
            ? $"{due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (every {document.ReviewIntervalMonths} months)"
            : "Not scheduled: this version is not in force"));
        if (document.RetentionMonths is { } months)
        {
            lines.Add(new("Retention", $"{months} months after it is superseded or retired" +
                (version.RetainUntil is { } until ? $" (until {until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "")));
        }

        if (document.Clauses.Count > 0)
        {
            lines.Add(new("Clauses", string.Join(", ", document.Clauses)));
        }

        if (document.Controls.Count > 0)
        {
            lines.Add(new("Annex A controls", string.Join(", ", document.Controls)));
        }

        if (version.ChangeSummary is { Length: > 0 } summary)
        {
            lines.Add(new("Changes", summary));
        }

        var label = version.PublishedAt is { } published
            ? $"Version {version.Number}, published {Day(published)}"
            : $"Version {version.Number} ({DocumentLabels.Of(version.Status).ToLowerInvariant()})";
        var body = DocumentReading.Markdown(version.Body ?? "", version.File?.Kind, version.File?.FileName, version.File?.Size,
            version.Sha256, version.Snapshot);
        return new DocumentRenderModel(document.Title, label, lines, body, FileStem(document.Title, version.Number));
    }

    private static string Status(DocumentVersionView version) => version.Status switch
    {
        DocumentVersionStatus.Published => "Published (in force)",
        DocumentVersionStatus.Superseded => $"Superseded by version {version.SupersededByNumber} on {Time(version.SupersededAt)}; not in force",
        DocumentVersionStatus.Retired => $"Retired on {Time(version.RetiredAt)}: {version.RetireReason}; not in force",
        DocumentVersionStatus.Approved => "Approved, not yet published; not in force",
        DocumentVersionStatus.InReview => $"In review ({version.ApprovalCount} of {version.RequiredApprovals} approvals); not in force",
        _ => "Draft; not in force",
    };

    private static string Name(PersonRef? person) =>
        person is null ? "?" : person.DisplayName.Length > 0 ? person.DisplayName : person.UserId.ToString("D");

    private static string Time(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "?";

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"AI policy (draft)", 3 → "ai-policy-draft-v3", for download file names.</summary>
    internal static string FileStem(string title, int number) =>
        Common.FileStems.Of(title, "document") + "-v" + number.ToString(CultureInfo.InvariantCulture);
}
