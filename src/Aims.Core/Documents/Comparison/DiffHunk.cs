namespace Aims.Core.Documents.Comparison;

/// <summary>
/// A stretch of changed lines with a few unchanged lines of context around it, as a reader skims a long document's
/// changes (and as a unified diff's <c>@@ -a,b +c,d @@</c> section describes them).
/// </summary>
/// <param name="OldStart">1-based first line in the older version; the line before the hunk when it holds none (may be 0).</param>
/// <param name="OldCount">How many lines of the older version the hunk covers.</param>
/// <param name="NewStart">1-based first line in the newer version; the line before the hunk when it holds none (may be 0).</param>
/// <param name="NewCount">How many lines of the newer version the hunk covers.</param>
/// <param name="Lines">The hunk's lines, context included, in order.</param>
public sealed record DiffHunk(int OldStart, int OldCount, int NewStart, int NewCount, IReadOnlyList<DiffLine> Lines);
