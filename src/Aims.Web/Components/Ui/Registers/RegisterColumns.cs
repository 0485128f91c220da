using Aims.Core.Registers;

namespace Aims.Web.Components.Ui.Registers;

/// <summary>The columns picked on a list, as the address keeps them (<c>cols=name,owner</c>).</summary>
public static class RegisterColumns
{
    /// <summary>The known keys of <paramref name="text"/> in declared order; null when it names none (use the default).</summary>
    public static IReadOnlyList<string>? Parse<TView>(string? text, IReadOnlyList<RegisterColumn<TView>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var wanted = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var keys = columns.Select(c => c.Key).Where(wanted.Contains).ToList();
        return keys.Count == 0 ? null : keys;
    }

    /// <summary>The address form, or null when the default columns are shown (a clean address).</summary>
    public static string? Format(IReadOnlyList<string> shown, IReadOnlyList<string> defaults)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(defaults);
        return shown.SequenceEqual(defaults) ? null : string.Join(',', shown);
    }
}
