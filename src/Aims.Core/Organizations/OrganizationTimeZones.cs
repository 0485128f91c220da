using System.Collections.Frozen;

namespace Aims.Core.Organizations;

/// <summary>
/// The time zones an organization may choose: the IANA zones of the host's time zone database (on Linux the tzdata
/// package's zone list, read without ICU, so it works under InvariantGlobalization) plus <c>UTC</c>. Only listed
/// zones are accepted, in their canonical spelling: the database's files also answer to names such as
/// <c>localtime</c>, <c>posixrules</c> or <c>right/UTC</c>, which are not zones a person chooses, and Windows names
/// ("W. Europe Standard Time") cannot be converted without ICU.
/// </summary>
public static class OrganizationTimeZones
{
    public const string Default = "UTC";

    public const int MaxLength = 64;

    private static readonly Lazy<FrozenDictionary<string, TimeZoneInfo>> Zones = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Append(TimeZoneInfo.Utc)
            .DistinctBy(z => z.Id, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(z => z.Id, StringComparer.OrdinalIgnoreCase));

    /// <summary>Every accepted id, sorted, for pickers and "use one of" hints.</summary>
    public static IReadOnlyList<string> All => [.. Zones.Value.Values.Select(z => z.Id).Order(StringComparer.Ordinal)];

    /// <summary>The zone for an id typed by a person, or a message saying why it is not one (null zone).</summary>
    public static TimeZoneInfo? Find(string? id, out string? problem)
    {
        var trimmed = id?.Trim();
        problem = null;
        if (string.IsNullOrEmpty(trimmed))
        {
            problem = "Time zone must not be empty; use an IANA time zone such as Europe/Berlin, or UTC.";
            return null;
        }

        if (trimmed.Length <= MaxLength && Zones.Value.TryGetValue(trimmed, out var zone))
        {
            return zone;
        }

        var shown = trimmed.Length <= MaxLength ? trimmed : trimmed[..MaxLength] + "…";
        problem = Zones.Value.Count <= 1
            ? $"Unknown time zone '{shown}': this server has no time zone database (install the tzdata package), so only UTC is available."
            : $"Unknown time zone '{shown}'. Use an IANA time zone such as Europe/Berlin, America/New_York or Pacific/Auckland " +
              "(GET /api/v1/time-zones lists them), or UTC.";
        return null;
    }

    /// <summary>
    /// The zone of a stored id (null: UTC). A stored id that no longer resolves means the server's time zone database
    /// changed or is missing; that is an operator problem, reported as such rather than guessed around.
    /// </summary>
    public static TimeZoneInfo Resolve(string? storedId) =>
        storedId is null
            ? TimeZoneInfo.Utc
            : Find(storedId, out var problem) ?? throw new InvalidOperationException(
                $"The organization's time zone '{storedId}' is not in this server's time zone database ({problem}).");
}
