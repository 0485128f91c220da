using System.Text;
using ICU4N.Text;

namespace Aims.Core.Text;

/// <summary>
/// The key two names are compared on when a register promises "unique names". Two names are the same when their keys
/// are equal. The rule: trim, collapse every run of white space to one space, then Unicode <c>toNFKC_Casefold</c>
/// (Unicode §3.13, as implemented by ICU: NFKC normalization, full case folding and removal of default-ignorable
/// code points such as zero-width spaces). So "STRASSE", "Straße" and "ＳＴＲＡＳＳＥ" are one name, as are "Å" (U+00C5),
/// "Å" (U+212B, ångström sign) and "A" + combining ring; "ﬁle" is "FILE"; "ΣΑΣ" is "σας". Accents stay significant
/// ("Résumé" is not "Resume"), and so do punctuation and digits.
/// <para>
/// ICU4N rather than <see cref="string.Normalize()"/>: the build runs with invariant globalization, where .NET's own
/// normalization leaves non-ASCII text unchanged, and .NET has no full case folding (ß stays ß under ToUpperInvariant).
/// </para>
/// </summary>
public static class NameKeys
{
    /// <summary>Longest key a name may produce (a 200-character name of expanding ligatures would be refused).</summary>
    public const int MaxKeyLength = 800;

    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var collapsed = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var rune in name.Trim().EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                collapsed.Append(' ');
                pendingSpace = false;
            }

            collapsed.Append(rune.ToString());
        }

        // Folding can drop default-ignorables that separated two spaces; collapse again after it.
        var folded = Normalizer2.NFKCCaseFoldInstance.Normalize(collapsed.ToString());
        return CollapseSpaces(folded);
    }

    private static string CollapseSpaces(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal) && !text.StartsWith(' ') && !text.EndsWith(' '))
        {
            return text;
        }

        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
