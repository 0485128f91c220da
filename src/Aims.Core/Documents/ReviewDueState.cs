namespace Aims.Core.Documents;

/// <summary>Whether the version in force is due for review, computed from its next review date and today.</summary>
public enum ReviewDueState
{
    /// <summary>No version is in force, so there is nothing to review.</summary>
    NotScheduled,

    /// <summary>The next review is more than <see cref="ReviewSchedule.DueSoonDays"/> days away.</summary>
    NotDue,

    /// <summary>The next review is today or within <see cref="ReviewSchedule.DueSoonDays"/> days.</summary>
    DueSoon,

    /// <summary>The next review date has passed without a review or a new version.</summary>
    Overdue,
}
