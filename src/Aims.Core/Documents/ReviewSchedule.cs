using System.Globalization;
using Aims.Core.Organizations;
using Aims.Core.Reminders.MyWork;

namespace Aims.Core.Documents;

/// <summary>
/// When the version in force must be reviewed and whether that is overdue. The next review is the review interval
/// after the last "reviewed, no change needed" or, before any, after the publication, as a day of the organization's
/// calendar (<see cref="OrganizationCalendar"/>): a review due on 1 March is overdue once 1 March has ended in the
/// organization's time zone, and due soon from <see cref="DueSoonDays"/> days before (the window "my work" uses).
/// Adding months keeps the day of the month where it exists (31 January + 1 month = 28 or 29 February). The two instants
/// at which the state changes are stored with the date, so the register filters on them in SQL in any time zone.
/// </summary>
public static class ReviewSchedule
{
    /// <summary>A review this many days away or fewer counts as due soon.</summary>
    public const int DueSoonDays = MyWorkRules.ReviewDueWithinDays;

    public const int MinIntervalMonths = 1;
    public const int MaxIntervalMonths = 60;

    public static DateOnly NextReviewOn(DateTimeOffset basis, int intervalMonths, OrganizationCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.DateOf(basis).AddMonths(intervalMonths);
    }

    /// <summary>The instant the review becomes due soon: the start of the day <see cref="DueSoonDays"/> before it.</summary>
    public static DateTimeOffset DueSoonFrom(DateOnly nextReviewOn, OrganizationCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.StartOfDay(nextReviewOn.AddDays(-DueSoonDays));
    }

    /// <summary>The instant the review becomes overdue: the end of its day.</summary>
    public static DateTimeOffset OverdueFrom(DateOnly nextReviewOn, OrganizationCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.EndOfDay(nextReviewOn);
    }

    /// <summary>The state at <paramref name="now"/> from the stored instants (what the register's filter compares).</summary>
    public static ReviewDueState StateAt(DateTimeOffset? dueSoonFrom, DateTimeOffset? overdueFrom, DateTimeOffset now) =>
        (dueSoonFrom, overdueFrom) switch
        {
            (null, _) or (_, null) => ReviewDueState.NotScheduled,
            (_, { } overdue) when now >= overdue => ReviewDueState.Overdue,
            ({ } soon, _) when now >= soon => ReviewDueState.DueSoon,
            _ => ReviewDueState.NotDue,
        };

    /// <summary>One sentence saying when the review is due, since when it is overdue, and what the date follows from.</summary>
    public static string Reason(ReviewDueState state, DateOnly? nextReviewOn, OrganizationCalendar calendar, DateTimeOffset now,
        int intervalMonths, int? versionNumber, DateTimeOffset? publishedAt, DateTimeOffset? lastReviewedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (state == ReviewDueState.NotScheduled || nextReviewOn is not { } due)
        {
            return "No version is in force, so no review is scheduled.";
        }

        var basis = lastReviewedAt is { } reviewed
            ? $"{Months(intervalMonths)} after the last review on {Day(calendar, reviewed)}"
            : $"{Months(intervalMonths)} after version {versionNumber} was published on {(publishedAt is { } p ? Day(calendar, p) : "?")}";
        var when = calendar.RelativeDay(due, now);
        return state switch
        {
            ReviewDueState.Overdue => $"Review overdue: it was due {when} ({Text(due)}), {basis}.",
            ReviewDueState.DueSoon => $"Review due {when} ({Text(due)}): {basis}.",
            _ => $"Next review on {Text(due)}: {basis}.",
        };
    }

    private static string Months(int months) => months == 1 ? "1 month" : string.Create(CultureInfo.InvariantCulture, $"{months} months");

    private static string Day(OrganizationCalendar calendar, DateTimeOffset at) => Text(calendar.DateOf(at));

    private static string Text(DateOnly date) => OrganizationCalendar.Format(date);
}
