namespace Aims.Core.Evidence.Files;

/// <summary>
/// Content-addressed storage for evidence files: a file is named by the SHA-256 of its bytes, so identical uploads are
/// stored once and a record's hash proves which bytes it means. <see cref="LocalFileStore"/> keeps them in the data
/// folder; an object store can take its place behind this interface.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into the store (never holding it whole in memory), recognises its kind and
    /// stores it under its SHA-256. Reads at most <paramref name="maxBytes"/> + 1 bytes of the stream.
    /// </summary>
    /// <param name="content">The upload, read once from its current position to its end.</param>
    /// <param name="declaredFileName">The name the uploader gave, used only to tell CSV, Markdown and plain text apart
    /// once the bytes are known to be text; null when there is none.</param>
    /// <param name="maxBytes">The largest accepted length.</param>
    /// <param name="cancellationToken">Stops the upload; nothing is stored.</param>
    /// <exception cref="FileTooLargeException">The content is longer than <paramref name="maxBytes"/>; nothing was stored.</exception>
    /// <exception cref="UnsupportedFileContentException">The content is not an accepted kind; nothing was stored.</exception>
    Task<StoredFile> PutAsync(Stream content, string? declaredFileName, long maxBytes, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="PutAsync"/>, but the checked file is held aside until <see cref="IStagedFile.CommitAsync"/>: a
    /// caller that still has to validate the rest of a request (the form fields after the file) either commits it or
    /// disposes it, and a disposed, uncommitted file leaves nothing in the store.
    /// </summary>
    /// <exception cref="FileTooLargeException">The content is longer than <paramref name="maxBytes"/>; nothing was kept.</exception>
    /// <exception cref="UnsupportedFileContentException">The content is not an accepted kind; nothing was kept.</exception>
    Task<IStagedFile> StageAsync(Stream content, string? declaredFileName, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Opens the file for reading; the caller disposes the stream.</summary>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lower-case hex digits.</exception>
    /// <exception cref="StoredFileNotFoundException">The store holds no such file.</exception>
    Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Whether the store holds the file.</summary>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lower-case hex digits.</exception>
    Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken);
}
