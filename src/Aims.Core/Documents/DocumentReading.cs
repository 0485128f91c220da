using Aims.Core.Documents.Snapshots;
using Aims.Core.Evidence.Files;

namespace Aims.Core.Documents;

/// <summary>
/// The Markdown a version reads as — in the HTML view, in comparisons and in PDF/DOCX exports: its body; for an
/// uploaded file a note naming the file (name, type, size, SHA-256); for a snapshot its table. One place decides, so
/// what a reader sees, what a comparison compares and what an export prints never differ.
/// </summary>
internal static class DocumentReading
{
    public static string Markdown(string body, StoredFileKind? fileKind, string? fileName, long? fileSize, string sha256,
        DocumentSnapshotKind? snapshot) =>
        fileKind is { } kind ? DocumentVersionService.FileNote(DocumentVersionFiles.Describe(kind, fileName, fileSize, sha256))
        : snapshot is DocumentSnapshotKind.AiSystemInventory ? AiSystemInventory.ToMarkdown(body)
        : snapshot is DocumentSnapshotKind.AimsScope ? Scope.ScopeContents.ToMarkdown(body)
        : body;

    /// <summary>The rendering cache's key: the body's hash for Markdown, kept apart for notes and snapshot tables (a
    /// Markdown body could hash the same as a file or a snapshot's JSON, yet reads differently).</summary>
    public static string CacheKey(string markdown, string sha256, StoredFileKind? fileKind, DocumentSnapshotKind? snapshot) =>
        fileKind is not null ? "file-note:" + DocumentContent.Sha256(markdown)
        : snapshot is not null ? "snapshot:" + sha256
        : sha256;
}
