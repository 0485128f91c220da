using Aims.Core.Data;
using Aims.Core.Documents.Templates;
using Aims.Core.Documents.Views;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// Reads versions as <see cref="DocumentVersionView"/>s: the versions' columns without their bodies, their approvals
/// and the names of everyone involved in three queries however many versions there are, and the body only when one
/// version is asked for (bodies can be a megabyte each).
/// </summary>
internal static class DocumentVersionReader
{
    public static async Task<List<DocumentVersionView>> ReadAsync(AimsDbContext db, Guid documentId, int? retentionMonths,
        int? number, CancellationToken ct)
    {
        var versions = db.Set<DocumentVersion>().AsNoTracking().Where(v => v.DocumentId == documentId);
        var approvalRows = db.Set<DocumentApproval>().AsNoTracking().Where(a => a.DocumentId == documentId);
        if (number is { } n)
        {
            versions = versions.Where(v => v.Number == n);
            approvalRows = approvalRows.Where(a => a.VersionNumber == n);
        }

        var facts = await versions.OrderBy(v => v.Number).Select(v => new Facts(v.Id, v.Number, v.Status, v.Sha256, v.ChangeSummary,
            v.AuthorId, v.LastEditedById, v.ReviewRound, v.RequiredApprovals, v.ApprovalCount, v.SubmittedAt, v.SubmittedById,
            v.ApprovedAt, v.PublishedAt, v.PublishedById, v.SupersededAt, v.SupersededByNumber, v.RetiredAt, v.RetiredById,
            v.RetireReason, v.ReturnedAt, v.ReturnedById, v.ReturnReason, v.CreatedAt, v.UpdatedAt, v.Version, v.FileKind, v.FileName,
            v.FileSize, v.SnapshotKind)).ToListAsync(ct);
        var approvals = await approvalRows.OrderBy(a => a.ApprovedAt).ThenBy(a => a.Id).ToListAsync(ct);
        string? body = null;
        if (number is not null && facts.Count == 1)
        {
            var id = facts[0].Id;
            body = await db.Set<DocumentVersion>().AsNoTracking().Where(v => v.Id == id).Select(v => v.Body).FirstAsync(ct);
        }

        var people = facts.SelectMany(f => new[] { f.AuthorId, f.LastEditedById, f.SubmittedById, f.PublishedById, f.RetiredById, f.ReturnedById })
            .OfType<Guid>().Concat(approvals.Select(a => a.ApproverId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        PersonRef Person(Guid id) => new(id, names.GetValueOrDefault(id) ?? "");
        PersonRef? Maybe(Guid? id) => id is { } value ? Person(value) : null;

        return [.. facts.Select(f => new DocumentVersionView(f.Id, documentId, f.Number, f.Status, f.Sha256, f.ChangeSummary, body,
            DocumentVersionFileView.Of(f.FileKind, f.FileName, f.FileSize, f.Sha256), f.SnapshotKind,
            body is null || f.SnapshotKind is not null ? null : TemplateBlanks.Find(body), Person(f.AuthorId), Person(f.LastEditedById), f.ReviewRound,
            f.RequiredApprovals, f.ApprovalCount,
            [.. approvals.Where(a => a.VersionNumber == f.Number).Select(a => new ApprovalView(Person(a.ApproverId), a.ApprovedAt,
                a.Sha256, a.Round, a.Round == f.ReviewRound, a.Reauthentication, a.Note))],
            f.SubmittedAt, Maybe(f.SubmittedById), f.ApprovedAt, f.PublishedAt, Maybe(f.PublishedById), f.SupersededAt,
            f.SupersededByNumber, f.RetiredAt, Maybe(f.RetiredById), f.RetireReason, f.ReturnedAt, Maybe(f.ReturnedById),
            f.ReturnReason, RetainUntil(retentionMonths, f.SupersededAt ?? f.RetiredAt), f.CreatedAt, f.UpdatedAt, f.Version))];
    }

    /// <summary>The end of retention for a version that stopped being in force at <paramref name="endedAt"/>.</summary>
    public static DateOnly? RetainUntil(int? retentionMonths, DateTimeOffset? endedAt) =>
        retentionMonths is { } months && endedAt is { } ended ? DateOnly.FromDateTime(ended.UtcDateTime).AddMonths(months) : null;

    private sealed record Facts(Guid Id, int Number, DocumentVersionStatus Status, string Sha256, string? ChangeSummary,
        Guid AuthorId, Guid LastEditedById, int ReviewRound, int RequiredApprovals, int ApprovalCount, DateTimeOffset? SubmittedAt,
        Guid? SubmittedById, DateTimeOffset? ApprovedAt, DateTimeOffset? PublishedAt, Guid? PublishedById, DateTimeOffset? SupersededAt,
        int? SupersededByNumber, DateTimeOffset? RetiredAt, Guid? RetiredById, string? RetireReason, DateTimeOffset? ReturnedAt,
        Guid? ReturnedById, string? ReturnReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version,
        Evidence.Files.StoredFileKind? FileKind, string? FileName, long? FileSize, Snapshots.DocumentSnapshotKind? SnapshotKind);
}
