using System.Globalization;

namespace Aims.Core.Documents;

/// <summary>
/// When the version in force must be reviewed and whether that is overdue. The next review is the review interval
/// after the last "reviewed, no change needed" or, before any, after the publication. Dates are calendar days in UTC
/// (until organizations have a time-zone setting): a review due on 1 March is overdue from 2 March, 00:00 UTC.
/// Adding months keeps the day of the month where it exists (31 January + 1 month = 28 or 29 February).
/// </summary>
public static class ReviewSchedule
{
    /// <summary>A review this many days away or fewer counts as due soon.</summary>
    public const int DueSoonDays = 30;

    public const int MinIntervalMonths = 1;
    public const int MaxIntervalMonths = 60;

    public static DateOnly NextReviewOn(DateTimeOffset basis, int intervalMonths) =>
        DateOnly.FromDateTime(basis.UtcDateTime).AddMonths(intervalMonths);

    /// <summary>Today's date as review dates count it.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }

    public static ReviewDueState StateOn(DateOnly? nextReviewOn, DateOnly today) => nextReviewOn switch
    {
        null => ReviewDueState.NotScheduled,
        { } due when due < today => ReviewDueState.Overdue,
        { } due when due <= today.AddDays(DueSoonDays) => ReviewDueState.DueSoon,
        _ => ReviewDueState.NotDue,
    };

    /// <summary>One sentence saying when the review is due, since when it is overdue, and what the date follows from.</summary>
    public static string Reason(ReviewDueState state, DateOnly? nextReviewOn, DateOnly today, int intervalMonths,
        int? versionNumber, DateTimeOffset? publishedAt, DateTimeOffset? lastReviewedAt)
    {
        if (state == ReviewDueState.NotScheduled || nextReviewOn is not { } due)
        {
            return "No version is in force, so no review is scheduled.";
        }

        var basis = lastReviewedAt is { } reviewed
            ? $"{Months(intervalMonths)} after the last review on {Day(reviewed)}"
            : $"{Months(intervalMonths)} after version {versionNumber} was published on {(publishedAt is { } p ? Day(p) : "?")}";
        var days = Math.Abs(due.DayNumber - today.DayNumber);
        return state switch
        {
            ReviewDueState.Overdue => $"Review overdue since {Text(due)} ({Days(days)} ago): due {basis}.",
            ReviewDueState.DueSoon when days == 0 => $"Review due today ({Text(due)}): {basis}.",
            ReviewDueState.DueSoon => $"Review due on {Text(due)} (in {Days(days)}): {basis}.",
            _ => $"Next review on {Text(due)}: {basis}.",
        };
    }

    private static string Months(int months) => months == 1 ? "1 month" : $"{months} months";

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string Day(DateTimeOffset at) => Text(DateOnly.FromDateTime(at.UtcDateTime));

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
