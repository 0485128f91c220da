using System.Globalization;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Views;
using Aims.Core.Evidence;
using Aims.Core.Evidence.Files;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// Versions whose content is an uploaded file: many organizations arrive with policies already signed as PDFs or
/// written in Word, and external-origin documents are files by nature. The file goes into the same content-addressed
/// store as evidence (same size limit, same allow-list by content), staged while the request is checked and committed
/// only when the draft is saved. The version's SHA-256 becomes the file's, so approval signs the exact bytes, and like
/// any content it can change only while the version is a draft.
/// </summary>
public sealed class DocumentVersionFiles(IDbContextFactory<AimsDbContext> dbFactory, DocumentService documents, IFileStore store,
    FileStoreSettings settings)
{
    public long MaxUploadBytes => settings.MaxUploadBytes;

    /// <summary>Refuses before any of the file is read: the caller may write, the draft exists and is still a draft.</summary>
    public async Task CheckBeforeFileAsync(Caller caller, Guid documentId, int number, string? changeSummary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        var version = await DocumentVersionService.FindForChangeAsync(db, documentId, number, expectedVersion: null, ct);
        version.EnsureEditable();
        ValidationFailedException.ThrowIfAny(ValidateSummary(changeSummary, out _));
    }

    /// <summary>Refuses a new file version before any of the file is read: the caller may write, the document exists
    /// and no other version is being worked on.</summary>
    public async Task CheckBeforeStartAsync(Caller caller, Guid documentId, string? changeSummary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        document.EnsureCanStartVersion();
        ValidationFailedException.ThrowIfAny(ValidateSummary(changeSummary, out _));
    }

    /// <summary>Starts the next version as a draft whose content is the staged file.</summary>
    public async Task<DocumentVersionView> StartAsync(Caller caller, Guid documentId, IStagedFile file, string? fileName,
        string? changeSummary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(file);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        document.EnsureCanStartVersion();
        var (name, summary) = CheckUpload(changeSummary, fileName);
        var version = document.StartVersion("", summary, caller.UserId, await DocumentService.CalendarAsync(db, caller.OrganizationId, ct));
        version.AttachFile(file.File, name, summary, caller.UserId);
        await file.CommitAsync(ct);
        db.Add(version);
        await documents.Register.SaveAsync(db, ct);
        return await DocumentVersionService.ViewAsync(db, documentId, version.Number, ct);
    }

    /// <summary>Streams an upload into the store's staging area; dispose the result unless it is committed.</summary>
    /// <exception cref="FileTooLargeException">Over <see cref="MaxUploadBytes"/>.</exception>
    /// <exception cref="UnsupportedFileContentException">Not an accepted kind of file.</exception>
    public Task<IStagedFile> StageAsync(Stream content, string? fileName, CancellationToken ct = default) =>
        store.StageAsync(content, fileName, settings.MaxUploadBytes, ct);

    /// <summary>Makes the staged file draft <paramref name="number"/>'s content (replacing its body or earlier file).</summary>
    /// <param name="changeSummary">The new change summary (blank clears it); null keeps the draft's.</param>
    /// <param name="expectedVersion">The version row's ETag the caller read (If-Match; 412 when it moved).</param>
    public async Task<DocumentVersionView> AttachAsync(Caller caller, Guid documentId, int number, IStagedFile file, string? fileName,
        string? changeSummary, long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(file);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        var version = await DocumentVersionService.FindForChangeAsync(db, documentId, number, expectedVersion, ct);
        // Immutability first: a submitted version answers 409 whatever the upload holds.
        version.EnsureEditable();
        var (name, summary) = CheckUpload(changeSummary, fileName);
        version.AttachFile(file.File, name, changeSummary is null ? version.ChangeSummary : summary, caller.UserId);
        await file.CommitAsync(ct);
        await documents.Register.SaveAsync(db, ct);
        return await DocumentVersionService.ViewAsync(db, documentId, number, ct);
    }

    /// <summary>Changes a draft's change summary and keeps its file (the page's Save on a file draft).</summary>
    public async Task<DocumentVersionView> SummarizeAsync(Caller caller, Guid documentId, int number, string? changeSummary,
        long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        var version = await DocumentVersionService.FindForChangeAsync(db, documentId, number, expectedVersion, ct);
        version.EnsureEditable();
        var errors = ValidateSummary(changeSummary ?? "", out var summary);
        ValidationFailedException.ThrowIfAny(errors);
        version.Summarize(summary, caller.UserId);
        await documents.Register.SaveAsync(db, ct);
        return await DocumentVersionService.ViewAsync(db, documentId, number, ct);
    }

    /// <summary>Opens version <paramref name="number"/>'s file for download (404 when its content is Markdown).</summary>
    public async Task<EvidenceContent> OpenAsync(Caller caller, Guid documentId, int number, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        if (!await db.Set<Document>().AnyAsync(d => d.Id == documentId, ct))
        {
            throw new NotFoundException("Document");
        }

        var version = await db.Set<DocumentVersion>().AsNoTracking().Where(v => v.DocumentId == documentId && v.Number == number)
                          .Select(v => new { v.Sha256, v.FileKind, v.FileName, v.FileSize }).FirstOrDefaultAsync(ct)
                      ?? throw new NotFoundException($"Version {number}");
        if (version.FileKind is not { } kind)
        {
            throw new NotFoundException($"A file of version {number} (its content is Markdown; read it as HTML or render it)");
        }

        var stream = await store.OpenReadAsync(version.Sha256, ct);
        return new EvidenceContent(stream, version.Sha256, version.FileSize ?? 0, kind, StoredFileKinds.ContentType(kind),
            EvidenceFileNames.Download(version.FileName, kind, version.Sha256));
    }

    /// <summary>
    /// How a file version reads where text is expected (comparison, the HTML view, exports): the file's name, kind,
    /// length and SHA-256, one per line, so comparing two versions says plainly which file replaced which.
    /// </summary>
    public static string Describe(StoredFileKind kind, string? fileName, long? size, string sha256) =>
        string.Create(CultureInfo.InvariantCulture,
            $"File: {fileName ?? "(no name given)"}\nType: {StoredFileKinds.DisplayName(kind)}\nSize: {size ?? 0:N0} bytes\nSHA-256: {sha256}\n");

    // The cleaned file name and change summary, or 400 naming each that is wrong.
    private static (string? FileName, string? ChangeSummary) CheckUpload(string? changeSummary, string? fileName)
    {
        var errors = ValidateSummary(changeSummary, out var summary);
        var (name, nameProblem) = EvidenceFileNames.Clean(fileName);
        if (nameProblem is not null)
        {
            errors["file"] = [nameProblem];
        }

        ValidationFailedException.ThrowIfAny(errors);
        return (name, summary);
    }

    private static Dictionary<string, string[]> ValidateSummary(string? changeSummary, out string? summary)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        summary = changeSummary is null ? null : DocumentValidator.ChangeSummary(changeSummary, errors);
        return errors;
    }

}
