using System.Globalization;

namespace Aims.Web.Components.Ui;

/// <summary>
/// Formatting shared by pages. Times are shown in UTC with the zone spelled out: records are evidence and several
/// people in different time zones compare them, so an unlabelled local time would be ambiguous.
/// </summary>
public static class Display
{
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset? value) => value is { } v ? Timestamp(v) : "";

    /// <summary>ISO 8601 with seconds, for exports that other tools parse.</summary>
    public static string IsoTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
