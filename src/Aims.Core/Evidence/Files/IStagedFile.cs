namespace Aims.Core.Evidence.Files;

/// <summary>
/// An upload that has been hashed and its kind recognised, but is not yet in the store (<see cref="IFileStore.StageAsync"/>).
/// Disposing it without <see cref="CommitAsync"/> removes it, so a request refused after its file arrived stores nothing.
/// </summary>
public interface IStagedFile : IAsyncDisposable
{
    /// <summary>What the file will be stored as.</summary>
    StoredFile File { get; }

    /// <summary>Opens the staged bytes for reading (seekable), e.g. to recognise a computed evidence document before
    /// deciding to keep it; the caller disposes the stream before committing.</summary>
    Stream OpenRead();

    /// <summary>Puts the file into the store under its SHA-256 (a no-op when the same bytes are already there).</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
