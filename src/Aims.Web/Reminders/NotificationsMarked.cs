namespace Aims.Web.Reminders;

/// <summary>Answer of "mark all read": how many notifications were unread and are read now.</summary>
public sealed record NotificationsMarked(int Marked);
