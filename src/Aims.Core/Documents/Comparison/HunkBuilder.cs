namespace Aims.Core.Documents.Comparison;

/// <summary>Groups a comparison's lines into hunks: each run of changes with its surrounding context.</summary>
internal static class HunkBuilder
{
    public static List<DiffHunk> Build(IReadOnlyList<DiffLine> lines, int contextLines)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contextLines);
        var hunks = new List<DiffHunk>();
        var index = 0;
        int oldSeen = 0, newSeen = 0; // lines of each version before `index`
        while (NextChange(lines, index) is var first && first >= 0)
        {
            var start = Math.Max(index, first - contextLines);
            for (; index < start; index++)
            {
                Count(lines[index], ref oldSeen, ref newSeen);
            }

            var last = first;
            while (NextChange(lines, last + 1) is var next && next >= 0 && next - last - 1 <= 2 * contextLines)
            {
                last = next;
            }

            var end = Math.Min(lines.Count - 1, last + contextLines);
            int oldStart = oldSeen, newStart = newSeen;
            var hunkLines = new List<DiffLine>(end - start + 1);
            for (; index <= end; index++)
            {
                hunkLines.Add(lines[index]);
                Count(lines[index], ref oldSeen, ref newSeen);
            }

            int oldCount = oldSeen - oldStart, newCount = newSeen - newStart;
            hunks.Add(new DiffHunk(
                oldCount > 0 ? oldStart + 1 : oldStart, oldCount,
                newCount > 0 ? newStart + 1 : newStart, newCount,
                hunkLines));
        }

        return hunks;
    }

    private static int NextChange(IReadOnlyList<DiffLine> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Kind != DiffLineKind.Unchanged)
            {
                return i;
            }
        }

        return -1;
    }

    private static void Count(DiffLine line, ref int oldSeen, ref int newSeen)
    {
        if (line.OldNumber is not null)
        {
            oldSeen++;
        }

        if (line.NewNumber is not null)
        {
            newSeen++;
        }
    }
}
