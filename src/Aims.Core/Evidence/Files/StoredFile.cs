namespace Aims.Core.Evidence.Files;

/// <summary>A file held by an <see cref="IFileStore"/>: its content address, exact length and the kind its bytes are.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes; the file's name in the store.</param>
/// <param name="Length">Length in bytes.</param>
/// <param name="Kind">What the content was recognised as (see <see cref="StoredFileKinds.ContentType"/>).</param>
public sealed record StoredFile(string Sha256, long Length, StoredFileKind Kind);
