using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Views;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents.Snapshots;

/// <summary>
/// Versions whose content is built from live records rather than written: start a draft as a snapshot, rebuild a
/// draft from the records as they are now, and tell whether a snapshot version (above all the one in force) still
/// matches the records — an auditor's "has this changed since it was approved?". Once submitted a snapshot is frozen
/// like any content.
/// </summary>
public sealed class DocumentSnapshots(IDbContextFactory<AimsDbContext> dbFactory, DocumentService documents)
{
    /// <summary>Starts the next version as a draft holding a snapshot of <paramref name="kind"/>.</summary>
    public async Task<DocumentVersionView> StartAsync(Caller caller, Guid documentId, DocumentSnapshotKind kind, string? changeSummary,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        document.EnsureCanStartVersion();
        var summary = Summary(changeSummary);
        var version = document.StartVersion("", summary, caller.UserId, await DocumentService.CalendarAsync(db, caller.OrganizationId, ct));
        version.AttachSnapshot(kind, await BuildAsync(db, kind, ct), summary, caller.UserId);
        db.Add(version);
        await documents.Register.SaveAsync(db, ct);
        return await DocumentVersionService.ViewAsync(db, documentId, version.Number, ct);
    }

    /// <summary>Rebuilds draft <paramref name="number"/> as a snapshot of <paramref name="kind"/> from the records as they are now.</summary>
    /// <param name="changeSummary">The new change summary; null keeps the draft's.</param>
    public async Task<DocumentVersionView> RebuildAsync(Caller caller, Guid documentId, int number, DocumentSnapshotKind kind,
        string? changeSummary, long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        var version = await DocumentVersionService.FindForChangeAsync(db, documentId, number, expectedVersion, ct);
        version.EnsureEditable();
        var summary = changeSummary is null ? version.ChangeSummary : Summary(changeSummary);
        version.AttachSnapshot(kind, await BuildAsync(db, kind, ct), summary, caller.UserId);
        await documents.Register.SaveAsync(db, ct);
        return await DocumentVersionService.ViewAsync(db, documentId, number, ct);
    }

    /// <summary>How the records differ from snapshot version <paramref name="number"/> (400 for a version that is no snapshot).</summary>
    public async Task<SnapshotChangesView> ChangesAsync(Caller caller, Guid documentId, int number, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        if (!await db.Set<Document>().AnyAsync(d => d.Id == documentId, ct))
        {
            throw new NotFoundException("Document");
        }

        var version = await db.Set<DocumentVersion>().AsNoTracking().Where(v => v.DocumentId == documentId && v.Number == number)
                          .Select(v => new { v.SnapshotKind, v.Body, v.ApprovedAt }).FirstOrDefaultAsync(ct)
                      ?? throw new NotFoundException($"Version {number}");
        if (version.SnapshotKind is not { } kind)
        {
            throw new ValidationFailedException("number", $"Version {number} was written, not built from records; only a snapshot version can have changed since.");
        }

        var changes = kind switch
        {
            DocumentSnapshotKind.AiSystemInventory => await AiSystemInventory.ChangesAsync(db, version.Body, ct),
            DocumentSnapshotKind.AimsScope => await Scope.ScopeContents.ChangesAsync(db, version.Body, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(number), kind, "Unknown snapshot kind."),
        };
        return new SnapshotChangesView(number, kind, version.ApprovedAt, changes.Count > 0, changes);
    }

    private static Task<string> BuildAsync(AimsDbContext db, DocumentSnapshotKind kind, CancellationToken ct) => kind switch
    {
        DocumentSnapshotKind.AiSystemInventory => AiSystemInventory.BuildAsync(db, db.Now(), ct),
        DocumentSnapshotKind.AimsScope => Scope.ScopeContents.BuildAsync(db, db.Now(), ct),
        _ => throw new ValidationFailedException("kind", $"Unknown snapshot kind '{kind}'."),
    };

    private static string? Summary(string? changeSummary)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var summary = DocumentValidator.ChangeSummary(changeSummary, errors);
        ValidationFailedException.ThrowIfAny(errors);
        return summary;
    }
}
