namespace Aims.Core.Ledger;

/// <summary>
/// Chains that have committed entries not yet signed. <see cref="LedgerCommitInterceptor"/> adds to it after each
/// commit; a signer (the host's worker, the CLI before it exits) drains it. One per process (a singleton), so a burst
/// of commits becomes one checkpoint per chain instead of one per commit.
/// </summary>
public sealed class LedgerCheckpointSignal
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    public void Notify(IEnumerable<string> chains)
    {
        ArgumentNullException.ThrowIfNull(chains);
        TaskCompletionSource? toWake = null;
        lock (_gate)
        {
            foreach (var chain in chains)
            {
                _pending.Add(chain);
            }

            if (_pending.Count > 0)
            {
                toWake = _wake;
            }
        }

        toWake?.TrySetResult();
    }

    /// <summary>Completes when something is pending (at once if it already is).</summary>
    public Task WaitAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                return Task.CompletedTask;
            }

            if (_wake.Task.IsCompleted)
            {
                _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return _wake.Task.WaitAsync(ct);
        }
    }

    /// <summary>Takes every pending chain; the caller signs them or gives them back with <see cref="Notify"/>.</summary>
    public IReadOnlyList<string> Drain()
    {
        lock (_gate)
        {
            var chains = _pending.Order(StringComparer.Ordinal).ToList();
            _pending.Clear();
            return chains;
        }
    }
}
