using System.Globalization;
using Markdig.Syntax;

namespace Aims.Reporting.Documents.Markdown;

/// <summary>List numbering styles (Markdig's list extras allow a., A., i., I. as well as 1.) and their markers.</summary>
internal static class ListMarkers
{
    private static readonly string[] Bullets = ["•", "◦", "▪"];
    private static readonly (int Value, string Numeral)[] Roman =
        [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    public static ListNumbering Numbering(ListBlock list) => !list.IsOrdered
        ? ListNumbering.Bullet
        : list.BulletType switch
        {
            'a' => ListNumbering.LowerLetter,
            'A' => ListNumbering.UpperLetter,
            'i' => ListNumbering.LowerRoman,
            'I' => ListNumbering.UpperRoman,
            _ => ListNumbering.Decimal,
        };

    /// <summary>The first number of a list: Markdig gives it as digits for every style ("c." → "3", "iv." → "4").</summary>
    public static int Start(string? orderedStart) =>
        int.TryParse(orderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;

    /// <summary>The marker drawn before item <paramref name="number"/>: "•" (by depth: •, ◦, ▪), "3.", "c.", "iv.".</summary>
    public static string Marker(ListNumbering numbering, int number, int depth) => numbering switch
    {
        ListNumbering.Bullet => Bullets[depth % Bullets.Length],
        ListNumbering.Decimal => number.ToString(CultureInfo.InvariantCulture) + ".",
        ListNumbering.LowerLetter => Letters(number) + ".",
        ListNumbering.UpperLetter => Letters(number).ToUpperInvariant() + ".",
        ListNumbering.LowerRoman => ToRoman(number) + ".",
        _ => ToRoman(number).ToUpperInvariant() + ".",
    };

    private static string Letters(int number)
    {
        var letters = "";
        for (var n = Math.Max(number, 1); n > 0; n = (n - 1) / 26)
        {
            letters = (char)('a' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string ToRoman(int number)
    {
        if (number is < 1 or > 3999)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        var numeral = "";
        foreach (var (value, symbol) in Roman)
        {
            for (; number >= value; number -= value)
            {
                numeral += symbol;
            }
        }

        return numeral;
    }
}
