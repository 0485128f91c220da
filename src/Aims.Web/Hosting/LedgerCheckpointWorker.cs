using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Hosting;

/// <summary>
/// Signs the ledger head at start and then periodically (<c>Aims:Ledger:CheckpointMinutes</c>, default 60), so a
/// rewrite of the whole chain after that point cannot go unnoticed. Idempotent: nothing is signed when the head
/// has not moved, so several nodes running it is harmless.
/// </summary>
public sealed class LedgerCheckpointWorker(
    IDbContextFactory<AimsDbContext> dbFactory,
    DatabaseSettings settings,
    IConfiguration configuration,
    ILogger<LedgerCheckpointWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Aims:Ledger:CheckpointMinutes", 60);
        using var key = LedgerSigningKey.LoadOrCreate(Path.Combine(settings.DataDirectory, "keys"));
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, minutes)));
        do
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                db.Actor = "system:ledger";
                var checkpoint = await LedgerCheckpointService.CreateAsync(db, key, stoppingToken);
                if (checkpoint is not null && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Signed ledger checkpoint at entry {Sequence}", checkpoint.Sequence);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed checkpoint must not take the host down; the next tick tries again.
                logger.LogWarning(ex, "Could not sign a ledger checkpoint");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
