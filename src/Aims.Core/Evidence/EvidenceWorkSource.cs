using Aims.Core.Organizations;
using Aims.Core.Reminders.MyWork;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Evidence;

/// <summary>
/// "My work" for the evidence library: the active items a person owns whose valid-until day has passed (expired:
/// they no longer show the control working) or comes within <see cref="MyWorkRules.EvidenceExpiringWithinDays"/> days.
/// An expired item stays on the list until it is renewed (a newer file or date) or archived. The due day is its
/// valid-until day, so renewing it with a new date asks again when that one comes. Days are the organization's
/// (<see cref="MyWorkContext.Calendar"/>).
/// </summary>
public sealed class EvidenceWorkSource : IMyWorkSource
{
    public async Task<IReadOnlyList<MyWorkItem>> ListAsync(MyWorkContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = context.Today;
        var soon = today.AddDays(MyWorkRules.EvidenceExpiringWithinDays);
        var items = await context.Db.EvidenceItems.AsNoTracking()
            .Where(e => e.OwnerId == context.Person.UserId && e.ArchivedAt == null && e.ValidUntil != null && e.ValidUntil <= soon)
            .OrderBy(e => e.ValidUntil).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Title, ValidUntil = e.ValidUntil!.Value })
            .ToListAsync(ct);
        var calendar = context.Calendar;
        return [.. items.Select(e =>
        {
            var until = OrganizationCalendar.Format(e.ValidUntil);
            return e.ValidUntil < today
                ? new MyWorkItem(MyWorkKind.EvidenceExpired, e.Title, e.ValidUntil,
                    $"Expired {calendar.RelativeDay(e.ValidUntil.AddDays(1), context.At)}: it was valid until {until}. " +
                    "Upload a newer file or set a new valid-until date, or archive it if it is no longer needed.",
                    context.Link("evidence", e.Id), "evidence", e.Id)
                : new MyWorkItem(MyWorkKind.EvidenceExpiring, e.Title, e.ValidUntil,
                    $"Valid until {until} ({calendar.RelativeDay(e.ValidUntil, context.At)}). Upload a newer file before then, " +
                    "or extend its valid-until date if it still holds.",
                    context.Link("evidence", e.Id), "evidence", e.Id);
        })];
    }
}
