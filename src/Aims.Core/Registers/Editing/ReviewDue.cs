using System.Globalization;

namespace Aims.Core.Registers.Editing;

/// <summary>Whether a record's planned review is still ahead, close, or late.</summary>
public enum ReviewStatus
{
    Current,
    DueSoon,
    Overdue,
}

/// <summary>The review state of a record with a review date, and why, judged against today in the organization's calendar.</summary>
public sealed record ReviewState(ReviewStatus Status, string Reason)
{
    /// <summary>A review this many days away or fewer is "due soon".</summary>
    public const int SoonDays = 30;

    public static ReviewState Of(DateOnly reviewDate, DateOnly today)
    {
        var days = reviewDate.DayNumber - today.DayNumber;
        var date = reviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return days switch
        {
            < 0 => new(ReviewStatus.Overdue, $"Review overdue: it was due on {date}, {-days} day(s) ago."),
            <= SoonDays => new(ReviewStatus.DueSoon, $"Review due on {date}, in {days} day(s)."),
            _ => new(ReviewStatus.Current, $"Next review on {date}."),
        };
    }
}
