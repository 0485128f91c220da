namespace Aims.Core.Evidence.Files;

/// <summary>
/// The store holds no file with this SHA-256. For a file a record points to this means the store lost it (restored
/// without its files folder, or deleted by hand), which is worth saying plainly rather than answering with empty bytes.
/// </summary>
public sealed class StoredFileNotFoundException(string sha256)
    : Exception($"The file store holds no file with SHA-256 {sha256}.")
{
    public string Sha256 { get; } = sha256;
}
