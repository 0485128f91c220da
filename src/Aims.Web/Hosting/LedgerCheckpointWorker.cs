using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Hosting;

/// <summary>
/// Signs each chain's head shortly after every commit: the <see cref="LedgerCheckpointSignal"/> names the chains a
/// commit touched, and after a short batching pause (<c>Aims:Ledger:CheckpointDelayMilliseconds</c>, default 200) every
/// named chain gets one checkpoint, however many commits came in meanwhile. A periodic sweep
/// (<c>Aims:Ledger:CheckpointMinutes</c>, default 5) also signs heads other nodes or a crash left unsigned. Nothing is
/// signed when a head has not moved, so several nodes running it is harmless.
/// </summary>
public sealed class LedgerCheckpointWorker(
    IDbContextFactory<AimsDbContext> dbFactory,
    LedgerCheckpointSignal signal,
    LedgerKeySettings keys,
    IConfiguration configuration,
    ILogger<LedgerCheckpointWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(configuration.GetValue("Aims:Ledger:CheckpointDelayMilliseconds", 200));
        var sweep = TimeSpan.FromMinutes(configuration.GetValue("Aims:Ledger:CheckpointMinutes", 5));
        if (delay < TimeSpan.Zero || sweep <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Aims:Ledger:CheckpointDelayMilliseconds must be 0 or more and Aims:Ledger:CheckpointMinutes more than 0.");
        }

        using var key = keys.LoadOrCreate();
        var nextSweep = DateTimeOffset.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<string>? chains = null;
            try
            {
                var untilSweep = nextSweep - DateTimeOffset.UtcNow;
                if (untilSweep > TimeSpan.Zero)
                {
                    using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    timeout.CancelAfter(untilSweep);
                    try
                    {
                        await signal.WaitAsync(timeout.Token);
                        await Task.Delay(delay, stoppingToken);
                    }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                    {
                        // Time for the sweep.
                    }
                }

                var sweeping = DateTimeOffset.UtcNow >= nextSweep;
                chains = signal.Drain();
                await SignAsync(sweeping ? null : chains, stoppingToken);
                if (sweeping)
                {
                    nextSweep = DateTimeOffset.UtcNow + sweep;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failed checkpoint must not take the host down: give the chains back and try again shortly.
                if (chains is not null)
                {
                    signal.Notify(chains);
                }

                logger.LogWarning(ex, "Could not sign a ledger checkpoint; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }

        async Task SignAsync(IReadOnlyList<string>? chains, CancellationToken ct)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            db.Actor = "system:ledger";
            foreach (var checkpoint in await LedgerCheckpointService.SignPendingAsync(db, key, chains, keys.WitnessPath, ct))
            {
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    logger.LogDebug("Signed ledger checkpoint {Number} of chain {Chain} at entry {Sequence}", checkpoint.Number, checkpoint.Chain, checkpoint.Sequence);
                }
            }
        }
    }
}
