namespace Aims.Core.Reminders.MyWork;

/// <summary>
/// An item as the person sees it: the source's <see cref="MyWorkItem"/> plus what is computed the same way for every
/// source from the due date in the organization's calendar.
/// </summary>
/// <param name="DueInDays">Days from today to the due date: 0 today, 1 tomorrow, negative once overdue; null without a date.</param>
/// <param name="Overdue">The whole due day has passed in the organization's time zone.</param>
public sealed record MyWorkEntry(
    MyWorkKind Kind,
    string Title,
    DateOnly? DueOn,
    int? DueInDays,
    bool Overdue,
    string Reason,
    string Href,
    string RecordType,
    Guid RecordId);
