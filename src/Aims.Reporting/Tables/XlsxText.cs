using System.Buffers;
using System.Globalization;
using System.Text;

namespace Aims.Reporting.Tables;

/// <summary>The spelling rules of an xlsx file: cell text escapes, column letters and sheet names.</summary>
internal static class XlsxText
{
    /// <summary>Excel's own limit for the text of one cell.</summary>
    public const int MaxCellLength = 32_767;

    public const int MaxSheetNameLength = 31;

    private static readonly SearchValues<char> ForbiddenInSheetName = SearchValues.Create("[]:*?/\\");
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>
    /// XML 1.0 cannot carry most control characters; Excel stores them as <c>_xHHHH_</c> and reads that back as the
    /// character, so nothing is lost. A literal <c>_xHHHH_</c> in the text is protected by encoding its underscore as
    /// <c>_x005F_</c>, exactly as Excel does.
    /// </summary>
    public static string EscapeCellText(string text)
    {
        if (!NeedsEscape(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && LooksLikeEscape(text, i))
            {
                escaped.Append("_x005F_");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (IsXmlChar(c))
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return escaped.ToString();
    }

    /// <summary>The column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    /// <summary>
    /// A name Excel accepts for a sheet: the characters <c>[]:*?/\</c> and control characters become <c>-</c>,
    /// apostrophes and spaces at either end are removed (Excel refuses a leading or trailing apostrophe), the reserved
    /// name "History" gets a suffix, an empty result becomes "Sheet1", and the name is cut to 31 characters
    /// (Excel's limit; never inside a surrogate pair).
    /// </summary>
    public static string SheetName(string requested)
    {
        var name = new StringBuilder(requested.Length);
        foreach (var c in requested)
        {
            name.Append(ForbiddenInSheetName.Contains(c) || char.IsControl(c) ? '-' : c);
        }

        var result = name.ToString().Trim(' ', '\'');
        if (result.Length > MaxSheetNameLength)
        {
            var cut = char.IsHighSurrogate(result[MaxSheetNameLength - 1]) ? MaxSheetNameLength - 1 : MaxSheetNameLength;
            result = result[..cut].TrimEnd(' ', '\'');
        }

        if (string.Equals(result, "History", StringComparison.OrdinalIgnoreCase))
        {
            result += " (export)";
        }

        return result.Length == 0 ? "Sheet1" : result;
    }

    /// <summary>A sheet name as it appears in a formula or defined name: in apostrophes, inner apostrophes doubled.</summary>
    public static string QuotedSheetName(string sheetName) => "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
        {
            if (c == '_' || !IsXmlChar(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);

    private static bool LooksLikeEscape(string text, int underscore) =>
        underscore + 6 < text.Length && text[underscore + 1] == 'x' && text[underscore + 6] == '_' &&
        !text.AsSpan(underscore + 2, 4).ContainsAnyExcept(HexDigits);
}
