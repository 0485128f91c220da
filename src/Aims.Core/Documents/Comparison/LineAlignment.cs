using DiffPlex.Model;

namespace Aims.Core.Documents.Comparison;

/// <summary>
/// Turns DiffPlex's line-level result into comparison lines, deciding inside each changed block which removed line
/// was edited into which added line (a modified line) and which lines are simply gone or new.
/// </summary>
internal static class LineAlignment
{
    /// <summary>
    /// How far ahead among a block's added lines a removed line looks for its edited form. Bounded so a rewritten
    /// section of thousands of lines costs thousands of cheap comparisons, not millions.
    /// </summary>
    private const int LookAhead = 20;

    /// <summary>
    /// Beyond this many characters (old and new together) a line pair is shown as removed plus added: the word
    /// diff's cost grows with length times the number of changes, and a 40 000-character line is a whole chapter.
    /// </summary>
    private const int MaxWordDiffCharacters = 40_000;

    /// <summary>Share of word characters two lines must have in common (Dice coefficient) to count as one edited line.</summary>
    private const double MinSimilarity = 0.3;

    public static List<DiffLine> Lines(DiffResult result)
    {
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;
        var lines = new List<DiffLine>(Math.Max(oldLines.Count, newLines.Count));
        int nextOld = 0, nextNew = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; nextOld < block.DeleteStartA; nextOld++, nextNew++)
            {
                lines.Add(Unchanged(oldLines[nextOld], nextOld, nextNew));
            }

            AlignBlock(lines, oldLines, block.DeleteStartA, block.DeleteCountA, newLines, block.InsertStartB, block.InsertCountB);
            nextOld = block.DeleteStartA + block.DeleteCountA;
            nextNew = block.InsertStartB + block.InsertCountB;
        }

        for (; nextOld < oldLines.Count; nextOld++, nextNew++)
        {
            lines.Add(Unchanged(oldLines[nextOld], nextOld, nextNew));
        }

        return lines;
    }

    private static void AlignBlock(
        List<DiffLine> lines,
        IReadOnlyList<string> oldLines, int oldStart, int oldCount,
        IReadOnlyList<string> newLines, int newStart, int newCount)
    {
        // Greedy and order-preserving: each removed line takes the first similar added line after the last one
        // taken; added lines skipped on the way are new. Both versions' line order is kept, as a reader expects.
        var newBags = new WordBag?[newCount];
        var nextNew = 0;
        for (var o = 0; o < oldCount; o++)
        {
            var oldText = oldLines[oldStart + o];
            var oldBag = new WordBag(oldText);
            var match = -1;
            for (var n = nextNew; n < Math.Min(newCount, nextNew + LookAhead); n++)
            {
                var newText = newLines[newStart + n];
                newBags[n] ??= new WordBag(newText);
                if (IsEditOf(oldText, oldBag, newText, newBags[n]!))
                {
                    match = n;
                    break;
                }
            }

            if (match < 0)
            {
                lines.Add(Removed(oldText, oldStart + o));
                continue;
            }

            for (; nextNew < match; nextNew++)
            {
                lines.Add(Added(newLines[newStart + nextNew], newStart + nextNew));
            }

            var matched = newLines[newStart + match];
            lines.Add(new DiffLine(
                DiffLineKind.Modified, oldStart + o + 1, newStart + match + 1, oldText, matched, WordDiff.Segments(oldText, matched)));
            nextNew = match + 1;
        }

        for (; nextNew < newCount; nextNew++)
        {
            lines.Add(Added(newLines[newStart + nextNew], newStart + nextNew));
        }
    }

    private static bool IsEditOf(string oldText, WordBag oldBag, string newText, WordBag newBag)
    {
        // An identical line inside a changed block was moved, not edited: show it leaving and arriving.
        if (string.Equals(oldText, newText, StringComparison.Ordinal)
            || oldText.Length + newText.Length > MaxWordDiffCharacters)
        {
            return false;
        }

        var total = oldBag.Characters + newBag.Characters;
        return total > 0 && 2.0 * oldBag.CommonCharacters(newBag) >= MinSimilarity * total;
    }

    private static DiffLine Unchanged(string text, int oldIndex, int newIndex) =>
        new(DiffLineKind.Unchanged, oldIndex + 1, newIndex + 1, text, text, Single(DiffSegmentKind.Unchanged, text));

    private static DiffLine Removed(string text, int oldIndex) =>
        new(DiffLineKind.Removed, oldIndex + 1, null, text, null, Single(DiffSegmentKind.Removed, text));

    private static DiffLine Added(string text, int newIndex) =>
        new(DiffLineKind.Added, null, newIndex + 1, null, text, Single(DiffSegmentKind.Added, text));

    private static DiffSegment[] Single(DiffSegmentKind kind, string text) => text.Length == 0 ? [] : [new(kind, text)];

    /// <summary>The words (runs of letters and digits) of a line with their counts, for a cheap similarity test.</summary>
    private sealed class WordBag
    {
        private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

        public WordBag(string line)
        {
            var start = -1;
            for (var i = 0; i <= line.Length; i++)
            {
                var inWord = i < line.Length && char.IsLetterOrDigit(line[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    var word = line[start..i];
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                    Characters += word.Length;
                    start = -1;
                }
            }
        }

        public int Characters { get; }

        public int CommonCharacters(WordBag other)
        {
            var common = 0;
            foreach (var (word, count) in counts)
            {
                if (other.counts.TryGetValue(word, out var otherCount))
                {
                    common += Math.Min(count, otherCount) * word.Length;
                }
            }

            return common;
        }
    }
}
