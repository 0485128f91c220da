using System.Globalization;
using System.Text;

namespace Aims.Core.Documents.Comparison;

/// <summary>Writes hunks in the unified diff format that <c>diff -u</c> prints and <c>patch</c> and git read.</summary>
internal static class UnifiedDiffWriter
{
    public static string Write(IReadOnlyList<DiffHunk> hunks, string oldLabel, string newLabel)
    {
        CheckLabel(oldLabel, nameof(oldLabel));
        CheckLabel(newLabel, nameof(newLabel));
        if (hunks.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        text.Append("--- ").Append(oldLabel).Append('\n');
        text.Append("+++ ").Append(newLabel).Append('\n');
        foreach (var hunk in hunks)
        {
            text.Append("@@ -").Append(Range(hunk.OldStart, hunk.OldCount))
                .Append(" +").Append(Range(hunk.NewStart, hunk.NewCount)).Append(" @@\n");
            WriteLines(text, hunk.Lines);
        }

        return text.ToString();
    }

    private static void WriteLines(StringBuilder text, IReadOnlyList<DiffLine> lines)
    {
        var index = 0;
        while (index < lines.Count)
        {
            if (lines[index].Kind == DiffLineKind.Unchanged)
            {
                text.Append(' ').Append(lines[index].OldText).Append('\n');
                index++;
                continue;
            }

            // A run of changes prints all its old lines, then all its new lines, as diff -u does, so a modified
            // line's two forms sit in the same run and the patch applies.
            var runEnd = index;
            while (runEnd < lines.Count && lines[runEnd].Kind != DiffLineKind.Unchanged)
            {
                runEnd++;
            }

            for (var i = index; i < runEnd; i++)
            {
                if (lines[i].OldText is { } old)
                {
                    text.Append('-').Append(old).Append('\n');
                }
            }

            for (var i = index; i < runEnd; i++)
            {
                if (lines[i].NewText is { } now)
                {
                    text.Append('+').Append(now).Append('\n');
                }
            }

            index = runEnd;
        }
    }

    // diff -u leaves out a count of 1 ("@@ -4 +4,2 @@").
    private static string Range(int start, int count) => count == 1
        ? start.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{start},{count}");

    private static void CheckLabel(string label, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label, parameter);
        if (label.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("A unified-diff label must be a single line.", parameter);
        }
    }
}
