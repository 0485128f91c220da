namespace Aims.Core.Readiness.Rules;

/// <summary>Wording rules share for their reasons.</summary>
internal static class ReadinessText
{
    /// <summary>"'a', 'b', 'c' and 4 more": enough names to act on, without a reason as long as the register.</summary>
    public static string Some(IEnumerable<string> names)
    {
        var list = names.ToList();
        var shown = string.Join(", ", list.Take(3).Select(n => $"'{n}'"));
        return list.Count > 3 ? $"{shown} and {list.Count - 3} more" : shown;
    }
}
