using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents.Comparison;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Rendering;
using Aims.Core.Documents.Views;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// A document's versions: list, read, start a draft, edit it (only while it is a draft: any change after submission is
/// refused with 409), compare two versions and render one for reading. The workflow transitions are
/// <see cref="DocumentWorkflowService"/>'s.
/// </summary>
public sealed class DocumentVersionService(IDbContextFactory<AimsDbContext> dbFactory, DocumentService documents,
    RenderedMarkdownCache renderings)
{
    public async Task<IReadOnlyList<DocumentVersionView>> ListAsync(Caller caller, Guid documentId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var retention = await RetentionAsync(db, documentId, ct);
        return await DocumentVersionReader.ReadAsync(db, documentId, retention, number: null, ct);
    }

    public async Task<DocumentVersionView> GetAsync(Caller caller, Guid documentId, int number, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        return await ViewAsync(db, documentId, number, ct);
    }

    /// <summary>Starts the next version as a draft (refused while another version is being worked on).</summary>
    public async Task<DocumentVersionView> AddAsync(Caller caller, Guid documentId, DocumentVersionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        var (body, summary) = DocumentValidator.ValidateVersion(input);
        var version = document.StartVersion(body, summary, caller.UserId, await DocumentService.CalendarAsync(db, caller.OrganizationId, ct));
        db.Add(version);
        await documents.Register.SaveAsync(db, ct);
        return await ViewAsync(db, documentId, version.Number, ct);
    }

    /// <summary>Replaces a draft's body and change summary; <paramref name="expectedVersion"/> is the version row's ETag.</summary>
    public async Task<DocumentVersionView> UpdateAsync(Caller caller, Guid documentId, int number, DocumentVersionInput input,
        long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        var version = await FindForChangeAsync(db, documentId, number, expectedVersion, ct);
        // Immutability first: a submitted version answers 409 whatever the request holds.
        version.EnsureEditable();
        var (body, summary) = DocumentValidator.ValidateVersion(input);
        version.Edit(body, summary, caller.UserId);
        await documents.Register.SaveAsync(db, ct);
        return await ViewAsync(db, documentId, number, ct);
    }

    /// <summary>Compares version <paramref name="from"/> (the older, usually) with <paramref name="to"/>.</summary>
    public async Task<(DocumentComparisonView View, DocumentComparison Comparison, string Title)> CompareAsync(Caller caller,
        Guid documentId, int from, int to, int contextLines, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        if (contextLines is < 0 or > 1000)
        {
            throw new ValidationFailedException("context", "Context must be between 0 and 1000 lines.");
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var title = await db.Set<Document>().Where(d => d.Id == documentId).Select(d => d.Title).FirstOrDefaultAsync(ct)
                    ?? throw new NotFoundException("Document");
        var versions = await db.Set<DocumentVersion>().AsNoTracking()
            .Where(v => v.DocumentId == documentId && (v.Number == from || v.Number == to))
            .Select(v => new { v.Number, v.Body, v.Sha256, v.FileKind, v.FileName, v.FileSize, v.SnapshotKind }).ToListAsync(ct);
        var older = versions.FirstOrDefault(v => v.Number == from) ?? throw new NotFoundException($"Version {from}");
        var newer = versions.FirstOrDefault(v => v.Number == to) ?? throw new NotFoundException($"Version {to}");
        // Compared as they read: a file by its description (the diff says which file replaced which), a snapshot by its table.
        var comparison = DocumentComparer.Compare(
            DocumentReading.Markdown(older.Body, older.FileKind, older.FileName, older.FileSize, older.Sha256, older.SnapshotKind),
            DocumentReading.Markdown(newer.Body, newer.FileKind, newer.FileName, newer.FileSize, newer.Sha256, newer.SnapshotKind));
        var view = new DocumentComparisonView(from, older.Sha256, to, newer.Sha256, comparison.HasChanges, comparison.LinesAdded,
            comparison.LinesRemoved, comparison.LinesModified, comparison.LinesUnchanged, contextLines, comparison.Hunks(contextLines));
        return (view, comparison, title);
    }

    /// <summary>The version as sanitised HTML, rendered once per distinct body and cached by its SHA-256.</summary>
    public async Task<DocumentHtmlView> HtmlAsync(Caller caller, Guid documentId, int number, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await RetentionAsync(db, documentId, ct);
        var version = await db.Set<DocumentVersion>().AsNoTracking().Where(v => v.DocumentId == documentId && v.Number == number)
                          .Select(v => new { v.Sha256, v.Body, v.FileKind, v.FileName, v.FileSize, v.SnapshotKind }).FirstOrDefaultAsync(ct)
                      ?? throw new NotFoundException($"Version {number}");
        var markdown = DocumentReading.Markdown(version.Body, version.FileKind, version.FileName, version.FileSize, version.Sha256, version.SnapshotKind);
        var rendered = renderings.Get(DocumentReading.CacheKey(markdown, version.Sha256, version.FileKind, version.SnapshotKind), markdown);
        return new DocumentHtmlView(number, version.Sha256, rendered.Html, rendered.Headings, rendered.Warnings);
    }

    /// <summary>The Markdown that stands for a file version where a body is read or rendered.</summary>
    internal static string FileNote(string description) =>
        "The content of this version is an uploaded file; download it from the version in OpenAIMS. " +
        "Its SHA-256 is what approval signed.\n\n~~~\n" + description + "~~~\n"; // a fence: a file name is shown as written, never as Markdown

    internal static async Task<DocumentVersionView> ViewAsync(AimsDbContext db, Guid documentId, int number, CancellationToken ct)
    {
        var retention = await RetentionAsync(db, documentId, ct);
        var views = await DocumentVersionReader.ReadAsync(db, documentId, retention, number, ct);
        return views.Count == 1 ? views[0] : throw new NotFoundException($"Version {number}");
    }

    /// <summary>The version tracked for a change, after checking the ETag the caller read (If-Match → 412).</summary>
    internal static async Task<DocumentVersion> FindForChangeAsync(AimsDbContext db, Guid documentId, int number, long? expectedVersion,
        CancellationToken ct)
    {
        var version = await db.Set<DocumentVersion>().FirstOrDefaultAsync(v => v.DocumentId == documentId && v.Number == number, ct)
                      ?? throw new NotFoundException($"Version {number}");
        if (expectedVersion is { } expected && expected != version.Version)
        {
            throw new ConcurrencyConflictException(
                $"Version {number} was changed by someone else (you have revision {expected}, the current is {version.Version}). Reload and try again.",
                preconditionFailed: true);
        }

        return version;
    }

    // The document's retention period, which also proves the document exists in this organization (404 otherwise).
    private static async Task<int?> RetentionAsync(AimsDbContext db, Guid documentId, CancellationToken ct)
    {
        var document = await db.Set<Document>().AsNoTracking().Where(d => d.Id == documentId)
                           .Select(d => new { d.RetentionMonths }).FirstOrDefaultAsync(ct)
                       ?? throw new NotFoundException("Document");
        return document.RetentionMonths;
    }
}
