using System.Text;

namespace Aims.Core.Common;

/// <summary>Names for downloaded files, derived from a record's title.</summary>
public static class FileStems
{
    /// <summary>
    /// "AI policy (draft)" → "ai-policy-draft": ASCII letters and digits of the title in lower case, every other run of
    /// characters one hyphen, at most 60 characters; <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string Of(string title, string fallback)
    {
        ArgumentNullException.ThrowIfNull(title);
        var stem = new StringBuilder();
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                stem.Append(char.ToLowerInvariant(c));
            }
            else if (stem.Length > 0 && stem[^1] != '-')
            {
                stem.Append('-');
            }

            if (stem.Length >= 60)
            {
                break;
            }
        }

        var text = stem.ToString().Trim('-');
        return text.Length == 0 ? fallback : text;
    }
}
