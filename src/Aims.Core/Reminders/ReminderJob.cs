using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Aims.Core.Reminders.Mail;
using Aims.Core.Reminders.MyWork;
using Aims.Core.Reminders.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Aims.Core.Reminders;

/// <summary>
/// The reminder check: for every member of every organization, the "my work" items at this instant; each item not
/// yet notified (<see cref="ReminderKey"/>) becomes a <see cref="Notification"/>, and when mail is enabled the new
/// ones of a person go out as one <see cref="ReminderDigest"/> through the outbox. Notifications and their e-mail are
/// saved in one transaction, and the unique (organization, person, key) index makes a second writer's save fail, so
/// running the check twice at once (two nodes, despite the lease) still creates each notification and e-mail once:
/// the loser looks again, finds them, and adds nothing.
/// <para>
/// Members are asked in their membership role. A failing organization (a broken source) is logged and skipped; the
/// others still get their reminders, and the next run tries it again.
/// </para>
/// </summary>
public sealed class ReminderJob(
    IDbContextFactory<AimsDbContext> dbFactory,
    MyWorkService myWork,
    ReminderMailSettings mail,
    TimeProvider clock,
    ILogger<ReminderJob> logger)
{
    public const string Actor = "system:reminders";

    private const int SaveAttempts = 3;

    /// <param name="stillLeading">Asked before each organization (renews the lease); false stops the run there.</param>
    /// <param name="ct">Cancels the run.</param>
    public async Task<ReminderRunResult> RunAsync(Func<CancellationToken, Task<bool>>? stillLeading = null, CancellationToken ct = default)
    {
        var now = ReminderClock.Now(clock);
        List<Organization> organizations;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct);
        }

        var result = new ReminderRunResult();
        foreach (var organization in organizations)
        {
            if (stillLeading is not null && !await stillLeading(ct))
            {
                logger.LogWarning("Reminder run stopped before organization {Organization}: this node no longer holds the lease", organization.Slug);
                result.Interrupted = true;
                break;
            }

            try
            {
                await RunForAsync(organization, now, result, ct);
                result.Organizations++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reminders for organization {Organization} failed; the next run tries again", organization.Slug);
                result.FailedOrganizations++;
            }
        }

        return result;
    }

    private async Task RunForAsync(Organization organization, DateTimeOffset now, ReminderRunResult result, CancellationToken ct)
    {
        var calendar = OrganizationCalendar.For(organization.TimeZone);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.TenantId = organization.Id;
        db.Actor = Actor;
        var members = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == organization.Id)
            .OrderBy(m => m.UserId).Select(m => new { m.UserId, m.Role }).ToListAsync(ct);
        foreach (var member in members)
        {
            var person = new Caller(member.UserId, Actor, organization.Id, organization.Slug, member.Role, TimeZone: organization.TimeZone);
            var entries = await myWork.CollectAsync(new MyWorkContext(person, db, calendar, now), ct);
            result.People++;
            if (entries.Count > 0)
            {
                var (created, mailed) = await NotifyAsync(db, organization, calendar, member.UserId, entries, now, ct);
                result.NotificationsCreated += created;
                result.MailsQueued += mailed ? 1 : 0;
            }
        }
    }

    private async Task<(int Created, bool Mailed)> NotifyAsync(AimsDbContext db, Organization organization, OrganizationCalendar calendar,
        Guid userId, IReadOnlyList<MyWorkEntry> entries, DateTimeOffset now, CancellationToken ct)
    {
        var keys = entries.Select(ReminderKey.Of).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var known = (await db.Notifications.AsNoTracking()
                    .Where(n => n.UserId == userId && keys.Contains(n.ReminderKey)).Select(n => n.ReminderKey).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            var fresh = entries.Where(e => !known.Contains(ReminderKey.Of(e)))
                .Select(e => Notification.From(e, organization.Id, userId, now)).ToList();
            if (fresh.Count == 0)
            {
                return (0, false);
            }

            db.Notifications.AddRange(fresh);
            if (mail.Enabled)
            {
                var (subject, text, html) = ReminderDigest.Compose(organization.Name, organization.Slug, calendar, fresh, mail);
                db.OutboundMails.Add(new OutboundMail
                {
                    OrganizationId = organization.Id, UserId = userId, Subject = subject, TextBody = text, HtmlBody = html,
                    CreatedAt = now, NextAttemptAt = now,
                });
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return (fresh.Count, mail.Enabled);
            }
            catch (DbUpdateException) when (attempt < SaveAttempts)
            {
                // Another writer saved some of these keys first (unique index); nothing of ours was written. Look again.
                db.ChangeTracker.Clear();
            }
        }
    }
}
