namespace Aims.Core.Documents.Comparison;

/// <summary>
/// The differences between two versions of a document: every line of both in reading order, marked unchanged,
/// added, removed or modified, with counts and a unified-diff text for export and the command line.
/// </summary>
public sealed class DocumentComparison
{
    /// <summary>Unchanged lines shown around each change unless a caller asks otherwise, as <c>diff -u</c> does.</summary>
    public const int DefaultContextLines = 3;

    internal DocumentComparison(IReadOnlyList<DiffLine> lines)
    {
        Lines = lines;
        foreach (var line in lines)
        {
            switch (line.Kind)
            {
                case DiffLineKind.Added: LinesAdded++; break;
                case DiffLineKind.Removed: LinesRemoved++; break;
                case DiffLineKind.Modified: LinesModified++; break;
                default: LinesUnchanged++; break;
            }
        }
    }

    /// <summary>Every line of both versions, in reading order.</summary>
    public IReadOnlyList<DiffLine> Lines { get; }

    /// <summary>Lines only in the newer version.</summary>
    public int LinesAdded { get; }

    /// <summary>Lines only in the older version.</summary>
    public int LinesRemoved { get; }

    /// <summary>Lines edited in place (each counted once, not as one removed plus one added).</summary>
    public int LinesModified { get; }

    /// <summary>Lines the same in both versions.</summary>
    public int LinesUnchanged { get; }

    /// <summary>False when the versions hold the same lines (line endings aside).</summary>
    public bool HasChanges => LinesAdded + LinesRemoved + LinesModified > 0;

    /// <summary>
    /// The changes grouped with <paramref name="contextLines"/> unchanged lines around each, so a long document's
    /// few edits can be read without scrolling through it; changes closer than twice the context share one hunk.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contextLines"/> is negative.</exception>
    public IReadOnlyList<DiffHunk> Hunks(int contextLines = DefaultContextLines) => HunkBuilder.Build(Lines, contextLines);

    /// <summary>
    /// The comparison as a unified diff (<c>--- old</c>, <c>+++ new</c>, <c>@@</c> hunks; a modified line appears as
    /// its old form removed and its new form added), every line ending in LF. Empty when nothing changed.
    /// </summary>
    /// <param name="oldLabel">Names the older version on the <c>---</c> line, e.g. "AI policy v1"; one line.</param>
    /// <param name="newLabel">Names the newer version on the <c>+++</c> line; one line.</param>
    /// <param name="contextLines">Unchanged lines around each change.</param>
    /// <exception cref="ArgumentException">A label is empty or contains a line break.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contextLines"/> is negative.</exception>
    public string ToUnifiedDiff(string oldLabel, string newLabel, int contextLines = DefaultContextLines) =>
        UnifiedDiffWriter.Write(Hunks(contextLines), oldLabel, newLabel);
}
