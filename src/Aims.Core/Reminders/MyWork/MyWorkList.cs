namespace Aims.Core.Reminders.MyWork;

/// <summary>A person's open items in one organization, soonest due first (items without a date last).</summary>
/// <param name="TimeZone">The organization's IANA time zone, in which <paramref name="Today"/> and every due date fall.</param>
public sealed record MyWorkList(string TimeZone, DateOnly Today, IReadOnlyList<MyWorkEntry> Items);
