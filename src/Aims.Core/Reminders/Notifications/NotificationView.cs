using Aims.Core.Reminders.MyWork;

namespace Aims.Core.Reminders.Notifications;

/// <summary>A notification as its person sees it; <paramref name="Read"/> is true once <paramref name="ReadAt"/> is set.</summary>
public sealed record NotificationView(
    Guid Id,
    MyWorkKind Kind,
    string Title,
    string Reason,
    DateOnly? DueOn,
    string Href,
    string RecordType,
    Guid RecordId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    bool Read)
{
    internal static NotificationView Of(Notification n) =>
        new(n.Id, n.Kind, n.Title, n.Reason, n.DueOn, n.Href, n.RecordType, n.RecordId, n.CreatedAt, n.ReadAt, n.ReadAt is not null);
}
