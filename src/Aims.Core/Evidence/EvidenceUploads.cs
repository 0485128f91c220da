using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Evidence.Files;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Evidence;

/// <summary>
/// Files of the evidence library: creating a file item from an upload, superseding its file, listing and opening its
/// files. An upload is staged (hashed, its kind recognised, held aside) while the rest of the request is checked, and
/// committed to the store only when the record will be saved, so a refused request stores nothing. (If the database
/// refuses the save after the commit, the bytes stay in the store unreferenced: never served, and reused when the same
/// file is uploaded again.) A JSON file that is an <c>aims evidence</c> document makes the item a computed result.
/// </summary>
public sealed class EvidenceUploads(IDbContextFactory<AimsDbContext> dbFactory, EvidenceService evidence, IFileStore store,
    FileStoreSettings settings)
{
    public long MaxUploadBytes => settings.MaxUploadBytes;

    /// <summary>
    /// Checks the fields that arrived before the file, so a bad form is refused before any of the file is read. The
    /// title may still follow the file (unless <paramref name="complete"/>: the whole form is known); everything present
    /// must already be right.
    /// </summary>
    public async Task CheckBeforeFileAsync(Caller caller, EvidenceItemInput input, bool complete = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.EvidenceWrite);
        var errors = EvidenceValidator.Validate(input, EvidenceKind.File, input.EffectiveDate ?? evidence.Today(caller), titleRequired: complete);
        CheckNoKind(input, errors);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await EvidenceChecks.CheckAsync(db, caller, input, input.OwnerId ?? caller.UserId, errors, ct);
        ValidationFailedException.ThrowIfAny(errors);
    }

    /// <summary>Checks a superseding upload's item and dates before its file is read (the item exists, holds files, is active).</summary>
    public async Task CheckBeforeFileAsync(Caller caller, Guid id, EvidenceFileInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.EvidenceWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var item = await evidence.Register.FindForChangeAsync(db, id, expectedVersion: null, ct);
        CheckSupersede(caller, item, input);
    }

    /// <summary>Streams an upload into the store's staging area; dispose the result unless it is committed.</summary>
    /// <exception cref="FileTooLargeException">Over <see cref="MaxUploadBytes"/>.</exception>
    /// <exception cref="UnsupportedFileContentException">Not an accepted kind of file.</exception>
    public Task<IStagedFile> StageAsync(Stream content, string? fileName, CancellationToken ct = default) =>
        store.StageAsync(content, fileName, settings.MaxUploadBytes, ct);

    /// <summary>Creates a file (or computed-result) item from a staged upload and the form's fields.</summary>
    public async Task<EvidenceItemView> CreateAsync(Caller caller, EvidenceItemInput input, IStagedFile file, string? fileName,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(file);
        caller.Demand(Permissions.EvidenceWrite);
        var effective = input.EffectiveDate ?? evidence.Today(caller);
        var errors = EvidenceValidator.Validate(input, EvidenceKind.File, effective);
        CheckNoKind(input, errors);
        var (name, nameProblem) = EvidenceFileNames.Clean(fileName);
        if (nameProblem is not null)
        {
            errors["file"] = [nameProblem];
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var ownerId = input.OwnerId ?? caller.UserId;
        await EvidenceChecks.CheckAsync(db, caller, input, ownerId, errors, ct);
        ValidationFailedException.ThrowIfAny(errors);

        var computed = await RecognizeAsync(file, ct);
        var item = EvidenceService.New(caller, input, EvidenceKind.File, effective, ownerId);
        var row = Attach(item, file.File, name, caller, effective, input.ValidUntil, computed);
        await file.CommitAsync(ct);
        db.EvidenceItems.Add(item);
        db.EvidenceFiles.Add(row);
        db.EvidenceLinks.AddRange(EvidenceValidator.Targets(input).Select(t => EvidenceChecks.NewLink(item, t)));
        await evidence.Register.SaveAsync(db, ct);
        return await evidence.Register.ViewAsync(db, item.Id, ct);
    }

    /// <summary>The whole upload in one call (the UI's way): checks the fields, stages the file, creates the item.</summary>
    public async Task<EvidenceItemView> UploadAsync(Caller caller, EvidenceItemInput input, Stream content, string? fileName,
        CancellationToken ct = default)
    {
        await CheckBeforeFileAsync(caller, input, complete: true, ct);
        await using var staged = await StageAsync(content, fileName, ct);
        return await CreateAsync(caller, input, staged, fileName, ct);
    }

    /// <summary>
    /// Makes a staged upload the item's current file. The previous files stay, each downloadable by its SHA-256; the
    /// item takes the new file's dates, and becomes a computed result or a plain file after what the new file is.
    /// </summary>
    public async Task<EvidenceItemView> SupersedeAsync(Caller caller, Guid id, EvidenceFileInput input, IStagedFile file, string? fileName,
        long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(file);
        caller.Demand(Permissions.EvidenceWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var item = await evidence.Register.FindForChangeAsync(db, id, expectedVersion, ct);
        CheckSupersede(caller, item, input);
        var (name, nameProblem) = EvidenceFileNames.Clean(fileName);
        if (nameProblem is not null)
        {
            throw new ValidationFailedException("file", nameProblem);
        }

        var computed = await RecognizeAsync(file, ct);
        var effective = input.EffectiveDate ?? evidence.Today(caller);
        var row = Attach(item, file.File, name, caller, effective, input.ValidUntil, computed);
        await file.CommitAsync(ct);
        db.EvidenceFiles.Add(row);
        await evidence.Register.SaveAsync(db, ct);
        return await evidence.Register.ViewAsync(db, item.Id, ct);
    }

    /// <summary>Every file the item has held, newest first.</summary>
    public async Task<IReadOnlyList<EvidenceFileView>> FilesAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.EvidenceRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var count = await db.EvidenceItems.Where(e => e.Id == id).Select(e => (int?)e.FileCount).FirstOrDefaultAsync(ct)
                    ?? throw new NotFoundException("Evidence item");
        var rows = await db.EvidenceFiles.AsNoTracking().Where(f => f.EvidenceItemId == id).OrderByDescending(f => f.Number)
            .Select(f => new { File = f, Uploader = db.Users.Where(u => u.Id == f.UploadedById).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        return [.. rows.Select(r => EvidenceRegister.FileView(r.File, r.Uploader, r.File.Number == count))];
    }

    /// <summary>
    /// Opens the item's current file (<paramref name="sha256"/> null) or the one of its files with that SHA-256.
    /// Another organization's item, an item without files and a hash the item never held all answer 404.
    /// </summary>
    public async Task<EvidenceContent> OpenAsync(Caller caller, Guid id, string? sha256, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.EvidenceRead);
        if (sha256 is not null && !ContentAddress.IsValid(sha256))
        {
            throw new ValidationFailedException("sha256", "A SHA-256 is exactly 64 lower-case hex digits (0-9, a-f).");
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var count = await db.EvidenceItems.Where(e => e.Id == id).Select(e => (int?)e.FileCount).FirstOrDefaultAsync(ct)
                    ?? throw new NotFoundException("Evidence item");
        var files = db.EvidenceFiles.AsNoTracking().Where(f => f.EvidenceItemId == id);
        var file = await (sha256 is null ? files.Where(f => f.Number == count) : files.Where(f => f.Sha256 == sha256))
                       .OrderByDescending(f => f.Number).FirstOrDefaultAsync(ct)
                   ?? throw new NotFoundException(sha256 is null ? "A file of this evidence item (it holds none)" : $"File {sha256} of this evidence item");
        var stream = await store.OpenReadAsync(file.Sha256, ct);
        return new EvidenceContent(stream, file.Sha256, file.Size, file.Kind, StoredFileKinds.ContentType(file.Kind),
            EvidenceFileNames.Download(file.FileName, file.Kind, file.Sha256));
    }

    private void CheckSupersede(Caller caller, EvidenceItem item, EvidenceFileInput input)
    {
        if (item.Kind is not (EvidenceKind.File or EvidenceKind.ComputedResult))
        {
            throw new ValidationFailedException("kind",
                $"Only file and computed-result items hold files; this one is {ApiNames.Of(item.Kind)}.");
        }

        EvidenceService.EnsureActive(item);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        EvidenceValidator.AddDateProblems(errors, input.EffectiveDate ?? evidence.Today(caller), input.ValidUntil);
        ValidationFailedException.ThrowIfAny(errors);
    }

    private static void CheckNoKind(EvidenceItemInput input, Dictionary<string, string[]> errors)
    {
        if (input.Kind is not null)
        {
            errors["kind"] = ["An upload's kind is decided from the file (file, or computedResult for an aims evidence document); do not send one."];
        }
    }

    private static async Task<ComputedEvidenceSummary?> RecognizeAsync(IStagedFile file, CancellationToken ct)
    {
        if (file.File.Kind != StoredFileKind.Json)
        {
            return null;
        }

        await using var stream = file.OpenRead();
        return await ComputedEvidenceRecognizer.RecognizeAsync(stream, ct);
    }

    // The new file row, and the item's copy of it as its current file.
    private static EvidenceFile Attach(EvidenceItem item, StoredFile stored, string? name, Caller caller, DateOnly effective,
        DateOnly? validUntil, ComputedEvidenceSummary? computed)
    {
        item.FileCount++;
        item.FileSha256 = stored.Sha256;
        item.FileSize = stored.Length;
        item.FileKind = stored.Kind;
        item.FileName = name;
        item.Kind = computed is null ? EvidenceKind.File : EvidenceKind.ComputedResult;
        item.EffectiveDate = effective;
        item.ValidUntil = validUntil;
        return new EvidenceFile
        {
            OrganizationId = item.OrganizationId,
            EvidenceItemId = item.Id,
            Number = item.FileCount,
            Sha256 = stored.Sha256,
            Size = stored.Length,
            Kind = stored.Kind,
            FileName = name,
            UploadedById = caller.UserId,
            EffectiveDate = effective,
            ValidUntil = validUntil,
            ComputedSummary = computed is null ? null : JsonSerializer.Serialize(computed, EvidenceJsonOptions.Stored),
        };
    }
}
