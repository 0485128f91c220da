using System.Globalization;
using Aims.Core.Organizations;
using Aims.Core.Reminders.MyWork;

namespace Aims.Web.Components.Ui;

/// <summary>
/// How a due date reads on the "my work" page and in the notification menu. The numbers come from
/// <see cref="MyWorkService"/> (days counted in the organization's calendar), so the page never recomputes "overdue".
/// </summary>
public static class DueText
{
    /// <summary>"Overdue by 3 days", "Due today", "Due tomorrow", "Due in 5 days", or "No due date".</summary>
    public static string Relative(MyWorkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.DueInDays switch
        {
            null => "No due date",
            -1 => "Overdue by 1 day",
            < 0 and var days => string.Create(CultureInfo.InvariantCulture, $"Overdue by {-days} days"),
            0 => "Due today",
            1 => "Due tomorrow",
            var days => string.Create(CultureInfo.InvariantCulture, $"Due in {days} days"),
        };
    }

    /// <summary>The due day as the API writes it (2026-03-01), or null without a date.</summary>
    public static string? Day(DateOnly? due) => due is { } day ? OrganizationCalendar.Format(day) : null;

    /// <summary>The section an item is listed under, in the order the page shows them.</summary>
    public static MyWorkGroup GroupOf(MyWorkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.DueInDays switch
        {
            null => MyWorkGroup.NoDate,
            < 0 => MyWorkGroup.Overdue,
            <= 7 => MyWorkGroup.ThisWeek,
            _ => MyWorkGroup.Later,
        };
    }

    public static string Heading(MyWorkGroup group) => group switch
    {
        MyWorkGroup.Overdue => "Overdue",
        MyWorkGroup.ThisWeek => "Due within 7 days",
        MyWorkGroup.Later => "Due later",
        MyWorkGroup.NoDate => "No due date",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown group."),
    };
}
