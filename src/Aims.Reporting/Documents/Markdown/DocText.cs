using System.Text;

namespace Aims.Reporting.Documents.Markdown;

/// <summary>
/// Makes text printable in PDF and storable in DOCX (XML 1.0): control characters and lone surrogates, which neither
/// format can carry, become the visible replacement character U+FFFD instead of disappearing; a tab becomes spaces.
/// </summary>
internal static class DocText
{
    public const char Replacement = '\uFFFD';

    public static string Clean(string text, int tabWidth = 1)
    {
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t')
            {
                clean.Append(' ', tabWidth);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(IsPrintable(c) ? c : Replacement);
            }
        }

        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (!IsPrintable(c) || char.IsSurrogate(c) || c == '\t')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPrintable(char c) =>
        c == '\n' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && !char.IsSurrogate(c) && c < 0xFFFE);
}
