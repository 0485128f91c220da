namespace Aims.Web.Reminders;

/// <summary>
/// Runs <see cref="ReminderRunner.RunOnceAsync"/> on every node: a minute after start (so a restarted node catches up
/// without slowing start-up), then every <c>Aims:Reminders:Interval</c>. The lease makes one node do the check; the
/// others only send mail. A failed cycle is logged and the next one tries again. On shutdown the lease is released.
/// </summary>
public sealed class ReminderWorker(ReminderRunner runner, ReminderSettings settings, ILogger<ReminderWorker> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Enabled)
        {
            logger.LogInformation("Reminders are disabled on this node (Aims:Reminders:Enabled is false)");
            return;
        }

        // Real time on purpose: the schedule is the host's, while the check itself reads the injected TimeProvider.
        await Task.Delay(settings.Interval < FirstRunDelay ? settings.Interval : FirstRunDelay, stoppingToken);
        using var timer = new PeriodicTimer(settings.Interval);
        do
        {
            try
            {
                await runner.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reminder cycle failed; the next one runs in {Interval}", settings.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await runner.ReleaseAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The lease then simply expires; another node takes over a little later.
            logger.LogWarning("Could not release the reminder lease on shutdown; it expires by itself: {Error}", ex.Message);
        }
    }
}
