using Aims.Core.Evidence.Files;

namespace Aims.Core.Evidence;

/// <summary>
/// A file of an evidence item opened for download: the exact stored bytes (the caller disposes <see cref="Content"/>),
/// the content type of the kind its bytes were recognised as, and the name to offer it under.
/// </summary>
public sealed record EvidenceContent(Stream Content, string Sha256, long Length, StoredFileKind Kind, string ContentType, string DownloadName);
