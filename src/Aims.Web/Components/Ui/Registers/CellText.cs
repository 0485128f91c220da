using System.Globalization;

namespace Aims.Web.Components.Ui.Registers;

/// <summary>A column value as the list shows it: times in UTC with the zone named, numbers invariant, ids as text.</summary>
public static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        DateTimeOffset instant => Display.Timestamp(instant),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "Yes" : "No",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
