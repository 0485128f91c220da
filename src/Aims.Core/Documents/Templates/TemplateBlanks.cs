using System.Text.RegularExpressions;

namespace Aims.Core.Documents.Templates;

/// <summary>
/// The one syntax for a choice left open in a document body, <c>[[to decide: prompt]]</c>, and the finder the editor
/// uses to warn before a version with open choices is submitted for review.
/// </summary>
/// <remarks>
/// The marker is plain text, so it survives copy and paste, shows as written in the rendered document and in every
/// export, and can never be mistaken for a decision. Matching ignores case and spaces around the words
/// (<c>[[ To Decide : x ]]</c> counts). A marker whose closing <c>]]</c> was deleted still counts, up to the end of its
/// line, so a half-edited blank is not taken as filled.
/// </remarks>
public static partial class TemplateBlanks
{
    /// <summary>Opens a blank.</summary>
    public const string Opening = "[[to decide:";

    /// <summary>Closes a blank.</summary>
    public const string Closing = "]]";

    /// <summary>Writes a blank for <paramref name="prompt"/>: <c>[[to decide: prompt]]</c>.</summary>
    /// <exception cref="ArgumentException">The prompt contains <c>]]</c> or a line break, which would end the blank early.</exception>
    public static string Format(string prompt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prompt);
        if (prompt.Contains(Closing, StringComparison.Ordinal) || prompt.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("A blank's prompt must be one line without \"]]\".", nameof(prompt));
        }

        return Opening + " " + prompt.Trim() + Closing;
    }

    /// <summary>Every blank in <paramref name="body"/>, in order; empty when every choice has been made.</summary>
    public static IReadOnlyList<TemplateBlank> Find(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var blanks = new List<TemplateBlank>();
        int line = 1, lineStart = 0, scanned = 0;
        foreach (Match match in Marker().Matches(body))
        {
            // Count line breaks incrementally so a 1 MB body with many blanks stays linear.
            for (; scanned < match.Index; scanned++)
            {
                var c = body[scanned];
                if (c == '\n' || (c == '\r' && (scanned + 1 >= body.Length || body[scanned + 1] != '\n')))
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            blanks.Add(new TemplateBlank(
                match.Groups["prompt"].Value.Trim(), line, match.Index - lineStart + 1, match.Index, match.Length));
        }

        return blanks;
    }

    // The prompt stops at the first "]]" or at the end of the line, whichever comes first.
    [GeneratedRegex(@"\[\[[ \t]*to[ \t]+decide[ \t]*:(?<prompt>[^\r\n]*?)(?:\]\]|(?=[\r\n])|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Marker();
}
