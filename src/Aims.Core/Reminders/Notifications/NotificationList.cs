namespace Aims.Core.Reminders.Notifications;

/// <summary>One page of a person's notifications, newest first, with the totals a bell badge and a pager need.</summary>
/// <param name="Total">Notifications matching the request (all, or unread only).</param>
/// <param name="Unread">The person's unread notifications in the organization, whatever the request.</param>
public sealed record NotificationList(IReadOnlyList<NotificationView> Items, int Total, int Unread, int Page, int PageSize);
