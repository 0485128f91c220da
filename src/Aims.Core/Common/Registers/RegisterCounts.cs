using System.Collections.Concurrent;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Common.Registers;

/// <summary>
/// Remembers list totals per organization and filter, so paging through a register (or 64 clients reading its first
/// page) does not recount every matching row per request. A total is reused only while the ledger head is the one it
/// was counted at: every change to any record appends to the ledger in the same transaction, in commit order, so a
/// moved head means "recount" — whichever process (host, CLI) made the change. Reading the head is one index lookup.
/// </summary>
public sealed class RegisterCounts
{
    // Bounded: distinct searches are unbounded in number; forgetting everything now and then only costs a recount.
    private const int Capacity = 4_096;

    private readonly ConcurrentDictionary<string, (long Head, int Count)> _counts = new(StringComparer.Ordinal);

    /// <summary>The total of <paramref name="query"/>, cached under <paramref name="key"/> (which must name the register,
    /// the organization and every filter) until the ledger moves.</summary>
    public async Task<int> CountAsync<T>(AimsDbContext db, string key, IQueryable<T> query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var head = await db.LedgerEntries.OrderByDescending(e => e.Sequence).Select(e => e.Sequence).FirstOrDefaultAsync(ct);
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
