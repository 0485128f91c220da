using System.Globalization;
using Aims.Core.Common;

namespace Aims.Core.Reminders.MyWork;

/// <summary>
/// What makes two items "the same reminder": kind, record and due date. A notification is created once per key and
/// person, so re-running the job (or a second node running it) never repeats one, while a new deadline, a new version
/// to acknowledge or a review turning overdue (another kind) reminds again.
/// </summary>
public static class ReminderKey
{
    public const int MaxLength = 200;

    public static string Of(MyWorkEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var due = entry.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
        return string.Create(CultureInfo.InvariantCulture, $"{ApiNames.Of(entry.Kind)}|{entry.RecordType}|{entry.RecordId:D}|{due}");
    }
}
