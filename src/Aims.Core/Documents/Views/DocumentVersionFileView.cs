using Aims.Core.Evidence.Files;

namespace Aims.Core.Documents.Views;

/// <summary>
/// The uploaded file a version holds instead of a Markdown body: the name it was uploaded under, its length, the kind
/// its bytes were recognised as and the content type it downloads with. Its SHA-256 is the version's.
/// </summary>
public sealed record DocumentVersionFileView(string? FileName, long Size, StoredFileKind Kind, string ContentType, string DownloadName)
{
    internal static DocumentVersionFileView? Of(StoredFileKind? kind, string? fileName, long? size, string sha256) =>
        kind is { } k
            ? new DocumentVersionFileView(fileName, size ?? 0, k, StoredFileKinds.ContentType(k), Evidence.EvidenceFileNames.Download(fileName, k, sha256))
            : null;
}
