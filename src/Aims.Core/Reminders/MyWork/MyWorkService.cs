using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Reminders.MyWork;

/// <summary>
/// "My work": what every registered <see cref="IMyWorkSource"/> says the person has to do, checked against
/// <see cref="MyWorkRules"/>, with overdue and days-until computed once from the organization's calendar, soonest
/// due first. The same list feeds the page, <c>GET /api/v1/orgs/{org}/my-work</c> and the reminder job.
/// </summary>
public sealed class MyWorkService(IDbContextFactory<AimsDbContext> dbFactory, IEnumerable<IMyWorkSource> sources, TimeProvider clock)
{
    private readonly IMyWorkSource[] _sources = [.. sources];

    /// <summary>The caller's items now (for a token: its user's, with the token's role).</summary>
    public async Task<MyWorkList> GetAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.OrganizationRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var timeZone = await db.Organizations.AsNoTracking().Where(o => o.Id == caller.OrganizationId).Select(o => o.TimeZone).FirstAsync(ct);
        var calendar = OrganizationCalendar.For(timeZone);
        var at = clock.GetUtcNow();
        var items = await CollectAsync(new MyWorkContext(caller, db, calendar, at), ct);
        return new MyWorkList(calendar.TimeZoneId, calendar.Today(at), items);
    }

    /// <summary>
    /// Asks every source about <paramref name="context"/>. An item two sources (or one source twice) report with the
    /// same reminder key is one item and listed once.
    /// </summary>
    public async Task<IReadOnlyList<MyWorkEntry>> CollectAsync(MyWorkContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = new List<MyWorkEntry>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in _sources)
        {
            foreach (var item in await source.ListAsync(context, ct))
            {
                if (Problem(item, context) is { } problem)
                {
                    throw new InvalidOperationException($"The my-work source {source.GetType().Name} returned an invalid item: {problem}.");
                }

                int? days = item.DueOn is { } due ? context.Calendar.DaysUntil(due, context.At) : null;
                var entry = new MyWorkEntry(item.Kind, item.Title, item.DueOn, days, days < 0, item.Reason, item.Href,
                    item.RecordType, item.RecordId);
                if (keys.Add(ReminderKey.Of(entry)))
                {
                    entries.Add(entry);
                }
            }
        }

        return entries
            .OrderBy(e => e.DueOn is null)
            .ThenBy(e => e.DueOn)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ThenBy(e => e.RecordId)
            .ToList();
    }

    private static string? Problem(MyWorkItem item, MyWorkContext context)
    {
        var orgPrefix = $"/o/{context.Person.OrganizationSlug}/";
        return item switch
        {
            null => "null",
            _ when !Enum.IsDefined(item.Kind) => $"unknown kind {(int)item.Kind}",
            _ when string.IsNullOrWhiteSpace(item.Title) || item.Title.Length > MyWorkRules.TitleMaxLength =>
                $"the title must have 1 to {MyWorkRules.TitleMaxLength} characters (got {item.Title?.Length ?? 0})",
            _ when string.IsNullOrWhiteSpace(item.Reason) || item.Reason.Length > MyWorkRules.ReasonMaxLength =>
                $"the reason must have 1 to {MyWorkRules.ReasonMaxLength} characters (got {item.Reason?.Length ?? 0})",
            _ when item.Href is null || !item.Href.StartsWith(orgPrefix, StringComparison.Ordinal) || item.Href.Length > MyWorkRules.HrefMaxLength =>
                $"the link must be a page of the organization ({orgPrefix}…) of at most {MyWorkRules.HrefMaxLength} characters (got '{item.Href}')",
            _ when string.IsNullOrWhiteSpace(item.RecordType) || item.RecordType.Length > MyWorkRules.RecordTypeMaxLength =>
                $"the record type must have 1 to {MyWorkRules.RecordTypeMaxLength} characters",
            _ when item.RecordId == Guid.Empty => "the record id is empty",
            _ => null,
        };
    }
}
