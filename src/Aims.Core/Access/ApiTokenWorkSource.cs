using Aims.Core.Organizations;
using Aims.Core.Reminders.MyWork;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Access;

/// <summary>
/// "My work" for API tokens: a person's tokens in the organization that expire within <see cref="ExpiringWithinDays"/>
/// days, so the automation using them can be switched to a new token in time, and tokens that expired within the last
/// <see cref="ExpiredForDays"/> days (whatever used them is now refused). Revoked tokens and tokens that never expire
/// are not listed: someone decided about those. The due date is the last day the token works, in the organization's
/// calendar.
/// </summary>
public sealed class ApiTokenWorkSource : IMyWorkSource
{
    public const int ExpiringWithinDays = 14;
    public const int ExpiredForDays = 7;

    public async Task<IReadOnlyList<MyWorkItem>> ListAsync(MyWorkContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var person = context.Person;
        var calendar = context.Calendar;
        // The window in instants: from the start of the oldest listed day to the end of the last one.
        var from = calendar.StartOfDay(context.Today.AddDays(-ExpiredForDays));
        var until = calendar.EndOfDay(context.Today.AddDays(ExpiringWithinDays));
        var tokens = await context.Db.ApiTokens.AsNoTracking()
            .Where(t => t.OrganizationId == person.OrganizationId && t.UserId == person.UserId && t.RevokedAt == null &&
                        t.ExpiresAt != null && t.ExpiresAt >= from && t.ExpiresAt < until)
            .Select(t => new { t.Id, Title = t.Name + " (" + t.Prefix + "…)", ExpiresAt = t.ExpiresAt!.Value })
            .ToListAsync(ct);

        var replace = person.Can(Permissions.TokensManage)
            ? "Create a new token and switch the automation to it"
            : "Ask an Admin of the organization for a new token";
        return tokens.Select(t =>
        {
            // A token expiring at local midnight last works on the day before: that day is when it is due.
            var lastDay = calendar.DateOf(t.ExpiresAt.AddTicks(-1));
            if (t.ExpiresAt <= context.At)
            {
                var expiredOn = calendar.DateOf(t.ExpiresAt);
                return new MyWorkItem(MyWorkKind.ApiTokenExpired, t.Title, lastDay,
                    $"Expired {calendar.RelativeDay(expiredOn, context.At)} ({OrganizationCalendar.Format(expiredOn)}); requests " +
                    $"with it are refused. {replace} if it is still needed.",
                    context.Link("tokens"), "apiToken", t.Id);
            }

            return new MyWorkItem(MyWorkKind.ApiTokenExpiring, t.Title, lastDay,
                $"Its last working day is {calendar.RelativeDay(lastDay, context.At)} ({OrganizationCalendar.Format(lastDay)}). " +
                $"{replace} before then.",
                context.Link("tokens"), "apiToken", t.Id);
        }).ToList();
    }
}
