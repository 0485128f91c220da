namespace Aims.Web.Registers;

/// <summary>Words for values that have no label of their own (API spellings of filter values and names).</summary>
public static class RecordText
{
    /// <summary>"dueSoon" → "Due soon", "outsideAims" → "Outside AIMS".</summary>
    public static string Humanize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = System.Text.RegularExpressions.Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", " $1").ToLowerInvariant()
            .Replace("aims", "AIMS", StringComparison.Ordinal);
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
