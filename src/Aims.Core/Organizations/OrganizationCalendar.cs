using System.Globalization;

namespace Aims.Core.Organizations;

/// <summary>
/// Dates as an organization lives them: "today", a due date's end and "overdue" are computed in the organization's
/// time zone (<see cref="Organization.TimeZone"/>), while every stored time stays UTC. Every due-date computation
/// goes through this one type, so a review due "on 1 March" is overdue at the same instant on every page, in the API,
/// in reminders and in readiness: when 1 March has ended in Auckland, not in UTC.
/// <para>
/// A due date is a <see cref="DateOnly"/> (the day something is due); it is due for the whole of that day and
/// overdue from the first instant of the next day. Days start at local midnight, or at the first valid local time
/// where a daylight-saving change skips midnight (America/Santiago, for example).
/// </para>
/// </summary>
public sealed class OrganizationCalendar
{
    public OrganizationCalendar(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
    }

    public static OrganizationCalendar Utc { get; } = new(TimeZoneInfo.Utc);

    public TimeZoneInfo Zone { get; }

    /// <summary>The IANA id, as the API shows it.</summary>
    public string TimeZoneId => Zone.Id;

    public static OrganizationCalendar For(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return For(organization.TimeZone);
    }

    /// <summary>The calendar of a stored time zone id (null: UTC).</summary>
    public static OrganizationCalendar For(string? timeZoneId) =>
        timeZoneId is null ? Utc : new OrganizationCalendar(OrganizationTimeZones.Resolve(timeZoneId));

    /// <summary>An instant as the organization's wall clock shows it (for display).</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The organization's calendar day at an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>Today in the organization.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOf(now);

    /// <summary>The UTC instant at which <paramref name="date"/> begins in the organization.</summary>
    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where a daylight-saving change skips midnight, the day begins at the first wall-clock time that exists.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // Where midnight happens twice (clocks set back at midnight), the day begins at the first of them, which has
        // the larger offset (the one in force before the change).
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>
    /// The UTC instant at which <paramref name="date"/> has ended in the organization (exclusive: the first instant of
    /// the next day). Something due on <paramref name="date"/> is overdue from this instant on.
    /// </summary>
    public DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));

    /// <summary>Whole days from today to <paramref name="due"/>: 0 today, 1 tomorrow, negative once overdue.</summary>
    public int DaysUntil(DateOnly due, DateTimeOffset now) => due.DayNumber - Today(now).DayNumber;

    /// <summary>True once the whole of the due day has passed in the organization.</summary>
    public bool IsOverdue(DateOnly due, DateTimeOffset now) => DaysUntil(due, now) < 0;

    /// <summary>True when <paramref name="due"/> is at most <paramref name="days"/> days away (overdue dates included).</summary>
    public bool IsDueWithin(DateOnly due, int days, DateTimeOffset now) => DaysUntil(due, now) <= days;

    /// <summary>"today", "tomorrow", "in 5 days", "yesterday", "12 days ago": for reason texts such as "Expires in 5 days".</summary>
    public string RelativeDay(DateOnly date, DateTimeOffset now)
    {
        var days = DaysUntil(date, now);
        return days switch
        {
            0 => "today",
            1 => "tomorrow",
            -1 => "yesterday",
            > 1 => string.Create(CultureInfo.InvariantCulture, $"in {days} days"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{-days} days ago"),
        };
    }

    /// <summary>A date as the API and e-mails write it (ISO 8601, e.g. 2026-03-01).</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
