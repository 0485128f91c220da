using System.Globalization;
using Aims.Core.Reminders;
using Aims.Core.Reminders.Mail;
using Aims.Core.Reminders.Scheduling;

namespace Aims.Web.Reminders;

/// <summary>
/// One reminder cycle of this node, what <see cref="ReminderWorker"/> does every <c>Aims:Reminders:Interval</c> and
/// what tests call directly: if this node holds (or can take) the "reminders" lease it runs the reminder check, then
/// — whether or not it ran the check — it sends what the outbox holds. Every node sends, because claims make that
/// safe and a node whose SMTP server is down should not hold up the others' mail.
/// </summary>
public sealed class ReminderRunner(
    DatabaseLease lease,
    ReminderJob job,
    MailOutbox outbox,
    ReminderSettings settings,
    ILogger<ReminderRunner> logger,
    IMailTransport? transport = null)
{
    public const string LeaseName = "reminders";

    /// <summary>This node in the lease and in outbox claims: host, process and a random part unique per start.</summary>
    public string NodeId { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    public async Task<ReminderCycle> RunOnceAsync(CancellationToken ct = default)
    {
        ReminderRunResult? run = null;
        if (await lease.TryAcquireAsync(LeaseName, NodeId, settings.LeaseDuration, ct))
        {
            run = await job.RunAsync(token => lease.TryAcquireAsync(LeaseName, NodeId, settings.LeaseDuration, token), ct);
            if ((run.NotificationsCreated > 0 || run.FailedOrganizations > 0) && logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation(
                    "Reminder check: {Notifications} new notification(s) and {Mails} e-mail(s) queued for {People} member(s) of {Organizations} organization(s); {Failed} organization(s) failed",
                    run.NotificationsCreated, run.MailsQueued, run.People, run.Organizations, run.FailedOrganizations);
            }
        }

        var delivery = transport is null ? null : await outbox.DeliverDueAsync(transport, NodeId, ct);
        if (delivery is { Sent: > 0 } or { Failed: > 0 } && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Reminder e-mail: {Sent} sent, {Failed} failed (kept for a retry)", delivery.Sent, delivery.Failed);
        }

        return new ReminderCycle(run, delivery);
    }

    /// <summary>Hands the lease back (on shutdown), so another node runs the next check without waiting for it to expire.</summary>
    public Task ReleaseAsync(CancellationToken ct = default) => lease.ReleaseAsync(LeaseName, NodeId, ct);
}
