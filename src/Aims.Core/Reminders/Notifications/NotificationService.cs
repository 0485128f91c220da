using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Reminders.Notifications;

/// <summary>
/// A person's own notifications in an organization: list (newest first, paged, optionally unread only) and mark
/// read. Everyone with <see cref="Permissions.OrganizationRead"/> has notifications; nobody sees or marks another
/// person's (those answer 404). An API token acts for its user.
/// </summary>
public sealed class NotificationService(IDbContextFactory<AimsDbContext> dbFactory, TimeProvider clock)
{
    public async Task<NotificationList> ListAsync(Caller caller, bool unreadOnly, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.OrganizationRead);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var window = PageWindow.Validate(page, pageSize, errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == caller.UserId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var query = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        var total = unreadOnly ? unread : await query.CountAsync(ct);
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip(window.Offset).Take(window.PageSize).ToListAsync(ct);
        return new NotificationList(rows.Select(NotificationView.Of).ToList(), total, unread, window.Page, window.PageSize);
    }

    /// <summary>Marks one of the caller's notifications read (again marking keeps the first time).</summary>
    public async Task<NotificationView> MarkReadAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.OrganizationRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == caller.UserId, ct)
                           ?? throw new NotFoundException("Notification");
        if (notification.ReadAt is null)
        {
            notification.ReadAt = Now();
            await db.SaveChangesAsync(ct);
        }

        return NotificationView.Of(notification);
    }

    /// <summary>Marks all of the caller's unread notifications read; returns how many were unread.</summary>
    public async Task<int> MarkAllReadAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.OrganizationRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var now = Now();
        return await db.Notifications.Where(n => n.UserId == caller.UserId && n.ReadAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, (DateTimeOffset?)now), ct);
    }

    private DateTimeOffset Now() => ReminderClock.Now(clock);
}
