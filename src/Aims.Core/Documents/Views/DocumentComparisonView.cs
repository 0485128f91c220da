using Aims.Core.Documents.Comparison;

namespace Aims.Core.Documents.Views;

/// <summary>
/// Two versions compared: which ones (with their hashes), the line counts, and the changes grouped in hunks with
/// unchanged context lines around each (a long document's few edits without its unchanged bulk).
/// </summary>
public sealed record DocumentComparisonView(int From, string FromSha256, int To, string ToSha256, bool HasChanges,
    int LinesAdded, int LinesRemoved, int LinesModified, int LinesUnchanged, int ContextLines, IReadOnlyList<DiffHunk> Hunks);
