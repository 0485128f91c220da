namespace Aims.Core.Reminders.MyWork;

/// <summary>
/// One thing a person has to do, as an <see cref="IMyWorkSource"/> reports it.
/// </summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Title">The record's own name as people know it ("AI policy", "Bias test report Q3"), at most
/// <see cref="MyWorkRules.TitleMaxLength"/> characters; the kind says what to do with it.</param>
/// <param name="DueOn">The day it is due in the organization's calendar (<see cref="MyWorkContext.Calendar"/>), or null
/// when nothing sets a date. "Overdue" is derived from it by <see cref="MyWorkService"/>, never typed by a source.</param>
/// <param name="Reason">One sentence, in our words, saying why it is on the list and what to do, e.g. "Review was due
/// 3 days ago (2026-03-01); record a review or publish a new version." Written with
/// <see cref="Organizations.OrganizationCalendar.RelativeDay"/> so dates read the same everywhere.</param>
/// <param name="Href">The UI page where the person acts, relative to the site: <c>/o/{org}/documents/{id}</c>.</param>
/// <param name="RecordType">The record's type in API spelling (<c>document</c>, <c>documentVersion</c>, <c>evidence</c>,
/// <c>apiToken</c>).</param>
/// <param name="RecordId">The record the person acts on. Reminders are sent once per (kind, record type, record id, due
/// date): use the id of what changes when the ask starts again (a document version's id, so a new version asks for a
/// new acknowledgement) and move <paramref name="DueOn"/> when a new deadline applies.</param>
public sealed record MyWorkItem(
    MyWorkKind Kind,
    string Title,
    DateOnly? DueOn,
    string Reason,
    string Href,
    string RecordType,
    Guid RecordId);
