using Aims.Core.Organizations;
using Aims.Core.Reminders.MyWork;
using Aims.Core.Risks.Criteria;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Risks;

/// <summary>
/// "My work" from the risk register, so nothing in it waits unseen: the risks a person owns that are due for review
/// (within <see cref="MyWorkRules.ReviewDueWithinDays"/> days, or past), the treatment actions they own that are due
/// within a week or overdue, the acceptances of their risks that expired or turned stale, and the acceptances waiting
/// for a decision they have the authority to make (never their own request). Reminders e-mail each once per due day.
/// </summary>
public sealed class RiskWorkSource : IMyWorkSource
{
    /// <summary>An open action shows this many days before its due date.</summary>
    public const int ActionDueWithinDays = 7;

    public async Task<IReadOnlyList<MyWorkItem>> ListAsync(MyWorkContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Person.Can(Access.Permissions.RisksRead))
        {
            return [];
        }

        var db = context.Db;
        var today = context.Today;
        var me = context.Person.UserId;
        var risks = db.Set<Risk>().AsNoTracking().Where(r => r.ArchivedAt == null);
        var concerned = risks.Where(r => r.OwnerId == me
            || db.Set<RiskAction>().Any(a => a.RiskId == r.Id && a.OwnerId == me && a.Status == ActionStatus.Open)
            || db.Set<RiskAcceptance>().Any(a => a.RiskId == r.Id && a.Decision == AcceptanceDecision.Requested && a.RequestedById != me));
        var views = await RiskRegister.Views(db, concerned, today).ToListAsync(ct);
        var items = new List<MyWorkItem>();
        var calendar = context.Calendar;
        foreach (var risk in views)
        {
            var href = context.Link("risks", risk.Id);
            if (risk.OwnerId == me && risk.ReviewDueOn is { } due && due <= today.AddDays(MyWorkRules.ReviewDueWithinDays))
            {
                items.Add(new MyWorkItem(MyWorkKind.RiskReviewDue, risk.Title, due, due < today
                    ? $"Review was due {calendar.RelativeDay(due, context.At)} ({OrganizationCalendar.Format(due)}): rate the risk again."
                    : $"Review due {calendar.RelativeDay(due, context.At)} ({OrganizationCalendar.Format(due)}): rate the risk again by then.",
                    href, "risk", risk.Id));
            }

            foreach (var action in risk.Actions.Where(a => a.OwnerId == me && a.Status == ActionStatus.Open && a.DueOn <= today.AddDays(ActionDueWithinDays)))
            {
                items.Add(new MyWorkItem(MyWorkKind.RiskActionDue, $"{action.Title} ({risk.Title})", action.DueOn,
                    $"Treatment action {(action.Overdue ? "overdue" : "due")} {calendar.RelativeDay(action.DueOn, context.At)}: do it and mark it done, or move its date with a note.",
                    href, "riskAction", action.Id));
            }

            if (risk.OwnerId == me && risk.Acceptance is { State: AcceptanceState.Expired or AcceptanceState.Stale } lapsed)
            {
                items.Add(new MyWorkItem(MyWorkKind.AcceptanceLapsed, risk.Title, lapsed.State == AcceptanceState.Expired ? lapsed.ExpiresOn.AddDays(1) : today,
                    $"{lapsed.Reason} Treat the risk further or request a new acceptance.", href, "riskAcceptance", lapsed.Id));
            }
        }

        if (context.Person.Can(Access.Permissions.RisksWrite)) // deciding needs the right to write risks, whatever the band's authority
        {
            items.AddRange(await WaitingAsync(context, views.Where(v => v.Acceptance?.State == AcceptanceState.Requested).ToList(), ct));
        }

        return items;
    }

    private static async Task<IEnumerable<MyWorkItem>> WaitingAsync(MyWorkContext context, List<RiskView> waiting, CancellationToken ct)
    {
        if (waiting.Count == 0)
        {
            return [];
        }

        var db = context.Db;
        var inForce = await db.Set<RiskCriteriaVersion>().AsNoTracking().FirstOrDefaultAsync(c => c.Status == RiskCriteriaStatus.InForce, ct);
        if (inForce is null)
        {
            return [];
        }

        var criteria = RiskCriteriaRules.Deserialize(inForce.Content);
        var ids = waiting.Select(w => w.Id).ToList();
        var rows = await db.Set<Risk>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var me = context.Person.UserId;
        var ownRequests = (await db.Set<RiskAcceptance>().AsNoTracking()
            .Where(a => ids.Contains(a.RiskId) && a.Decision == AcceptanceDecision.Requested && a.RequestedById == me).Select(a => a.Id).ToListAsync(ct)).ToHashSet();
        var items = new List<MyWorkItem>();
        foreach (var view in waiting.Where(w => w.Current is { } c && c.Criteria == inForce.Number && !ownRequests.Contains(w.Acceptance!.Id)))
        {
            if (await RiskAuthority.MayAcceptAsync(db, context.Person, rows[view.Id], criteria, view.Current!.Band, ct))
            {
                items.Add(new MyWorkItem(MyWorkKind.AcceptanceWaiting, view.Title, null,
                    $"{view.Acceptance!.RequestedBy} asks for this risk to be accepted until {OrganizationCalendar.Format(view.Acceptance.ExpiresOn)}; " +
                    "you hold the authority for its band: approve or refuse it.", context.Link("risks", view.Id), "riskAcceptance", view.Acceptance.Id));
            }
        }

        return items;
    }
}
