using DiffPlex;

namespace Aims.Core.Documents.Comparison;

/// <summary>
/// Splits text into lines the way a reader sees them: CRLF, CR and LF all end a line, and a final line ending adds
/// no empty line. So a body saved with Windows line endings, or without a trailing newline, compares equal to the
/// same text saved otherwise: those are encodings of the same lines, not edits anyone made.
/// </summary>
internal sealed class NormalisedLines : IChunker
{
    public static readonly NormalisedLines Instance = new();

    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Lines of text already passed through <see cref="Normalise"/>.</summary>
    public IReadOnlyList<string> Chunk(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        return text[^1] == '\n' ? lines[..^1] : lines;
    }
}
