using System.Collections.Concurrent;

namespace Aims.Core.Ledger;

/// <summary>
/// Remembers values read from an organization's rows (a token, a caller's standing) and reuses one only while that
/// organization's <see cref="LedgerHeads"/> are where they were when it was read — so a revoked token or a changed
/// membership, which always moves a head, takes effect on the very next request, from whichever process made it.
/// <para>
/// Correctness rests on reading the heads <em>before</em> the rows: a change committed in between then leaves the
/// remembered heads behind, and the next lookup reloads. A value whose organization was not known before loading is
/// kept without heads, only so that the next lookup knows which heads to read first; it is never served.
/// </para>
/// </summary>
public sealed class HeadCheckedCache<TKey, TValue>(LedgerHeadReader heads, int capacity = 4_096)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    /// <param name="key">Everything the value depends on besides the organization's rows.</param>
    /// <param name="load">Reads the value and names the organization whose rows it came from (null: nothing to keep).</param>
    public async Task<TValue?> GetAsync(TKey key, Func<CancellationToken, Task<(TValue? Value, Guid? OrganizationId)>> load,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(load);
        LedgerHeads? before = null;
        if (_entries.TryGetValue(key, out var known))
        {
            before = await heads.ReadAsync(known.OrganizationId, ct);
            if (before is not null && known.Heads == before)
            {
                return known.Value;
            }
        }

        var (value, organizationId) = await load(ct);
        if (organizationId is { } org)
        {
            if (_entries.Count >= capacity)
            {
                _entries.Clear(); // distinct keys are unbounded; forgetting costs one reload each
            }

            _entries[key] = new Entry(org, known?.OrganizationId == org ? before : null, value);
        }
        else
        {
            _entries.TryRemove(key, out _);
        }

        return value;
    }

    private sealed record Entry(Guid OrganizationId, LedgerHeads? Heads, TValue? Value);
}
