using Aims.Core.Common;
using Aims.Core.Ledger;
using Aims.Core.Reminders.MyWork;

namespace Aims.Core.Reminders.Notifications;

/// <summary>
/// An in-app reminder for one person in one organization: a copy of a "my work" item as it was when the reminder job
/// first saw it. One per person and <see cref="ReminderKey"/> (a unique index), so a re-run or a second node never
/// creates a second one.
/// <para>
/// Not ledgered (<see cref="INotLedgered"/>): a notification proves nothing an auditor samples. The facts behind it
/// (the document's review date, the evidence's validity, the approval request) are ledgered records of their own,
/// and the notification is derived from them; read marks are high-churn personal state like sessions. Tenant-owned,
/// so the tenant query filter keeps each organization's notifications to itself.
/// </para>
/// </summary>
public sealed class Notification : ITenantOwned, INotLedgered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }

    /// <summary>The person it is for.</summary>
    public Guid UserId { get; set; }

    public MyWorkKind Kind { get; set; }
    public string Title { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateOnly? DueOn { get; set; }
    public string Href { get; set; } = "";
    public string RecordType { get; set; } = "";
    public Guid RecordId { get; set; }

    /// <summary><see cref="MyWork.ReminderKey.Of"/> of the item: kind, record and due date.</summary>
    public string ReminderKey { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    public static Notification From(MyWorkEntry entry, Guid organizationId, Guid userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new Notification
        {
            OrganizationId = organizationId,
            UserId = userId,
            Kind = entry.Kind,
            Title = entry.Title,
            Reason = entry.Reason,
            DueOn = entry.DueOn,
            Href = entry.Href,
            RecordType = entry.RecordType,
            RecordId = entry.RecordId,
            ReminderKey = MyWork.ReminderKey.Of(entry),
            CreatedAt = now,
        };
    }
}
