using System.Globalization;
using System.Text;

namespace Aims.Cli;

/// <summary>
/// The one way the CLI prints data that came from users or the server (names, purposes, e-mails, messages): control
/// characters (C0, DEL, C1), bidirectional controls, line and paragraph separators, unpaired surrogates and the
/// backslash itself are shown as visible escapes (<c>\u001b</c>, <c>\u202e</c>, <c>\\</c>), so stored text can never
/// move the cursor, recolour or clear the terminal, forge extra output lines or reorder what is shown. Everything else,
/// accents and emoji included, prints as it is.
/// </summary>
public static class TerminalText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (!NeedsEscaping(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '\\')
            {
                builder.Append(@"\\");
            }
            else if (IsUnsafe(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c == '\\' || IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || Aims.Core.Text.TextRules.IsBidiControl(c);
}
