namespace Aims.Core.Registers;

/// <summary>The plural of a record's noun for counts and headings ("3 third parties", "2 people"), one rule for every register.</summary>
public static class Nouns
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal) { ["person"] = "people" };

    public static string Plural(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var space = noun.LastIndexOf(' ');
        var (head, last) = (noun[..(space + 1)], noun[(space + 1)..]);
        if (Irregular.TryGetValue(last, out var plural))
        {
            return head + plural;
        }

        return last.Length > 1 && last[^1] == 'y' && !"aeiou".Contains(last[^2], StringComparison.Ordinal)
            ? head + last[..^1] + "ies"
            : noun + "s";
    }
}
