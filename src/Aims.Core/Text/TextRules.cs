using System.Globalization;
using System.Text;

namespace Aims.Core.Text;

/// <summary>
/// The character rules every text field of every register follows, so a value stored is a value people can read
/// back as it was typed. Checked by the services (API, CLI) and by the UI as you type, with the same messages.
/// <list type="bullet">
/// <item>Control characters (U+0000–U+001F, U+007F–U+009F) are refused: they can rewrite a terminal or a log line
/// when printed (ESC), end C strings (NUL) or ring bells. Multi-line fields allow tab, line feed and carriage return.</item>
/// <item>Single-line fields also refuse U+2028/U+2029 (line and paragraph separators) and the bidirectional embedding,
/// override and isolate controls U+202A–U+202E and U+2066–U+2069, which make a name display differently from what
/// is stored ("Trojan Source"). Multi-line text keeps them: right-to-left prose legitimately uses them.</item>
/// <item>Unpaired UTF-16 surrogates are refused everywhere: they are not text and no database stores them faithfully.</item>
/// <item>Names must contain at least one visible character: a name of only spaces, zero-width or other invisible
/// characters (format characters, fillers, variation selectors) looks empty and cannot be told apart.</item>
/// </list>
/// Lengths are counted in UTF-16 code units, as the browser's and .NET's <c>Length</c> count them, so the UI counter
/// and the server always agree.
/// </summary>
public static class TextRules
{
    /// <summary>
    /// The first problem of <paramref name="value"/> under the rules of <paramref name="kind"/> (length included), or
    /// null when it is fine. <paramref name="label"/> starts the message ("Name must…"). Callers check "required" and
    /// trim before calling; an empty value has no problem here.
    /// </summary>
    public static string? Problem(string label, string? value, TextKind kind, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return TooLong(label, maxLength, value.Length);
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return Format($"{label} contains a broken character (an unpaired UTF-16 surrogate, {Code(c)}) at position {i + 1}.");
            }

            if (kind == TextKind.MultiLine)
            {
                if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                {
                    return ControlProblem(label, c, i);
                }

                continue;
            }

            if (c is '\t' or '\n' or '\r' or '\u2028' or '\u2029')
            {
                return Format($"{label} must be a single line: it contains a tab or line break ({Code(c)}) at position {i + 1}.");
            }

            if (char.IsControl(c))
            {
                return ControlProblem(label, c, i);
            }

            if (IsBidiControl(c))
            {
                return Format($"{label} contains a bidirectional text control ({Code(c)}) at position {i + 1}, which can make it display differently from what is stored; remove it.");
            }
        }

        if (kind == TextKind.Name && !HasVisibleCharacter(value))
        {
            return $"{label} must contain visible characters; it holds only spaces or invisible characters.";
        }

        return null;
    }

    /// <summary>The one wording of a length error, shared by every field.</summary>
    public static string TooLong(string label, int max, int actual) =>
        Format($"{label} must be at most {max} characters (it has {actual}).");

    /// <summary>Embedding (U+202A/B), pop (U+202C), override (U+202D/E) and isolate (U+2066–U+2069) controls.</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>
    /// True when some character would show on screen: not white space, not a control or format character (zero-width
    /// space and joiners, BOM, soft hyphen, tags), and not one of the fillers and selectors that render as nothing.
    /// </summary>
    public static bool HasVisibleCharacter(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var rune in value.EnumerateRunes())
        {
            if (!IsInvisible(rune))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInvisible(Rune rune)
    {
        if (Rune.IsWhiteSpace(rune))
        {
            return true;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator)
        {
            return true;
        }

        // Default-ignorable or blank code points outside the Format category.
        return rune.Value is 0x034F // combining grapheme joiner
            or 0x115F or 0x1160 or 0x3164 or 0xFFA0 // Hangul fillers
            or 0x17B4 or 0x17B5 // Khmer inherent vowels
            or >= 0x180B and <= 0x180F // Mongolian variation selectors and vowel separator
            or 0x2800 // Braille pattern blank
            or >= 0xFE00 and <= 0xFE0F // variation selectors
            or >= 0xE0100 and <= 0xE01EF; // variation selectors supplement
    }

    private static string ControlProblem(string label, char c, int index) =>
        Format($"{label} contains a control character ({Code(c)}) at position {index + 1}; remove it.");

    private static string Code(char c) => Format($"U+{(int)c:X4}");

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
