using System.Collections.Concurrent;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Registers;

/// <summary>
/// Remembers list totals per organization and filter, so paging through a register (or 64 clients reading its first
/// page) does not recount every matching row per request. A total is reused only while the head of the organization's
/// ledger chain is the one it was counted at: every change to one of its records appends to that chain in the same
/// transaction, and sequences are assigned under the chain's lock until commit (so in commit order), so a moved head
/// means "recount" — whichever process (host, CLI) made the change. Reading the head is one lookup in the
/// (Chain, Sequence) index, shared with the request's other caches (LedgerHeadReader). (A global id would not do: on PostgreSQL ids are handed out before commit, so a lower id
/// can become visible after a higher one.)
/// </summary>
public sealed class RegisterCounts
{
    // Bounded: distinct searches are unbounded in number; forgetting everything now and then only costs a recount.
    private const int Capacity = 4_096;

    private readonly ConcurrentDictionary<string, (long Head, int Count)> _counts = new(StringComparer.Ordinal);

    /// <summary>The total of <paramref name="query"/> over records of <paramref name="organizationId"/>, cached under
    /// <paramref name="key"/> (which must name the register and every filter) until the organization's chain moves.</summary>
    public async Task<int> CountAsync<T>(AimsDbContext db, Guid organizationId, string key, IQueryable<T> query,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var head = (await LedgerHeadReader.ReadAsync(db, organizationId, ct))?.Organization ?? 0;
        key = organizationId.ToString("N") + '\u001f' + key;
        if (_counts.TryGetValue(key, out var cached) && cached.Head == head)
        {
            return cached.Count;
        }

        var count = await query.CountAsync(ct);
        if (_counts.Count >= Capacity)
        {
            _counts.Clear();
        }

        _counts[key] = (head, count);
        return count;
    }
}
