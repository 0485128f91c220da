namespace Aims.Core.Documents.Comparison;

/// <summary>One line of a comparison between two versions.</summary>
/// <param name="Kind">Unchanged, added, removed, or modified (edited in place).</param>
/// <param name="OldNumber">The 1-based line number in the older version; null for an added line.</param>
/// <param name="NewNumber">The 1-based line number in the newer version; null for a removed line.</param>
/// <param name="OldText">The line as it was; null for an added line.</param>
/// <param name="NewText">The line as it is now; null for a removed line.</param>
/// <param name="Segments">
/// The line's text in order, each run marked as unchanged, added or removed. The unchanged and removed runs spell
/// <paramref name="OldText"/>; the unchanged and added runs spell <paramref name="NewText"/>. An unchanged, added or
/// removed line has one segment of its own kind (none when the line is empty); a modified line interleaves them.
/// </param>
public sealed record DiffLine(
    DiffLineKind Kind,
    int? OldNumber,
    int? NewNumber,
    string? OldText,
    string? NewText,
    IReadOnlyList<DiffSegment> Segments);
