using System.Globalization;

namespace Aims.Core.Evidence;

/// <summary>
/// The dates evidence is judged by. Effective and valid-until dates are calendar days, not instants, and "today" is
/// the day in the organization's calendar (its time zone setting; UTC when it has none): an item valid until 1 December
/// has expired in Auckland while it is still 1 December in London.
/// </summary>
public static class EvidenceCalendar
{
    /// <summary>Evidence whose valid-until date is at most this many days away is flagged as expiring soon.</summary>
    public const int ExpiresSoonDays = Reminders.MyWork.MyWorkRules.EvidenceExpiringWithinDays;

    /// <param name="clock">The time now.</param>
    /// <param name="timeZone">The organization's time zone (IANA id), null for UTC.</param>
    public static DateOnly Today(TimeProvider clock, string? timeZone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Organizations.OrganizationCalendar.For(timeZone).Today(clock.GetUtcNow());
    }

    /// <summary>The view moment of a register whose views depend on today (overdue, expired, on track): cached lists are
    /// keyed by the organization's day, so they turn over at its midnight.</summary>
    public static Func<Data.AimsDbContext, string> TodayMoment(TimeProvider clock) =>
        db => Today(clock, db.TimeZone).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The last valid-until date that still counts as "expires soon" today.</summary>
    public static DateOnly SoonUntil(DateOnly today) => today.AddDays(ExpiresSoonDays);

    /// <summary>Valid on its valid-until day itself; expired from the day after.</summary>
    public static EvidenceValidityState Validity(DateOnly? validUntil, DateOnly today)
    {
        if (validUntil is not { } until)
        {
            return new EvidenceValidityState(EvidenceValidity.Valid, "No valid-until date: it counts until it is replaced or archived.", null);
        }

        var days = until.DayNumber - today.DayNumber;
        var date = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return days switch
        {
            < 0 => new EvidenceValidityState(EvidenceValidity.Expired,
                $"Expired: valid until {date}, {Days(-days)} ago. Renew it or upload a newer file.", days),
            0 => new EvidenceValidityState(EvidenceValidity.ExpiresSoon, $"Expires soon: today ({date}) is its last valid day.", days),
            <= ExpiresSoonDays => new EvidenceValidityState(EvidenceValidity.ExpiresSoon,
                $"Expires soon: valid until {date}, {Days(days)} from today.", days),
            _ => new EvidenceValidityState(EvidenceValidity.Valid, $"Valid until {date} ({Days(days)} from today).", days),
        };
    }

    private static string Days(int n) => n == 1 ? "1 day" : n.ToString(CultureInfo.InvariantCulture) + " days";
}
