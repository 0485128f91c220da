namespace Aims.Core.Readiness.Rules;

/// <summary>Wording rules share for their reasons.</summary>
internal static class ReadinessText
{
    /// <summary>"'a', 'b', 'c' and 4 more": enough names to act on, without a reason as long as the register.</summary>
    public static string Some(IEnumerable<string> names) => Shown(names.Select(n => $"'{n}'"));

    /// <summary>"'a' (why), 'b' (why) and 4 more": the same, each with what it lacks.</summary>
    public static string Some(IEnumerable<(string Name, string Why)> records) => Shown(records.Select(r => $"'{r.Name}' ({r.Why})"));

    private static string Shown(IEnumerable<string> quoted)
    {
        var list = quoted.ToList();
        var shown = string.Join(", ", list.Take(3));
        return list.Count > 3 ? $"{shown} and {list.Count - 3} more" : shown;
    }
}
