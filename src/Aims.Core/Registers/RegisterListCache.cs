using System.Collections.Concurrent;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Registers;

/// <summary>
/// Remembers what a register list computes over many rows, per organization and filter: totals, so paging through a
/// register (or 64 clients reading its first page) does not recount every matching row per request; and the ids a
/// search matches in sort order, so a search is counted and ordered once and each page is then a primary-key lookup of
/// its rows. A value is reused only while the head of the organization's ledger chain is the one it was computed at:
/// every change to one of its records appends to that chain in the same transaction, and sequences are assigned under
/// the chain's lock until commit (so in commit order), so a moved head means "compute again" — whichever process (host,
/// CLI) made the change. Reading the head is one lookup in the (Chain, Sequence) index, shared with the request's other
/// caches (LedgerHeadReader). (A global id would not do: on PostgreSQL ids are handed out before commit, so a lower id
/// can become visible after a higher one.) Keys must name everything else the value depends on, the day included for
/// filters relative to today. Whole pages are kept too, under both heads (a page names people, whose accounts are on
/// the installation chain), so reading a list page whose records have not changed costs the heads lookup alone.
/// </summary>
public sealed class RegisterListCache
{
    // Bounded: distinct searches are unbounded in number; forgetting everything now and then only costs a recount.
    private const int CountCapacity = 4_096;

    // About 16 MB of ids across all cached searches (a 100 000-record register's every-record search fits many times).
    private const long IdCapacity = 1_000_000;

    // About 32 MB of page text (weighed by the characters of the columns the page shows and exports).
    private const long PageCapacity = 16_000_000;

    private readonly ConcurrentDictionary<string, (LedgerHeads Heads, object Page, long Weight)> _pages = new(StringComparer.Ordinal);
    private long _cachedPageWeight;
    private readonly ConcurrentDictionary<string, (long Head, int Count)> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long Head, IReadOnlyList<Guid> Ids)> _matches = new(StringComparer.Ordinal);
    private long _cachedIds;

    /// <summary>The total of <paramref name="query"/> over records of <paramref name="organizationId"/>, cached under
    /// <paramref name="key"/> (which must name the register and every filter) until the organization's chain moves.</summary>
    public async Task<int> CountAsync<T>(AimsDbContext db, Guid organizationId, string key, IQueryable<T> query,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var head = await HeadAsync(db, organizationId, ct);
        key = organizationId.ToString("N") + '\u001f' + key;
        if (_counts.TryGetValue(key, out var cached) && cached.Head == head)
        {
            return cached.Count;
        }

        var count = await query.CountAsync(ct);
        if (_counts.Count >= CountCapacity)
        {
            _counts.Clear();
        }

        _counts[key] = (head, count);
        return count;
    }

    /// <summary>The ids <paramref name="orderedIds"/> yields (every match of a search or a filter, in the list's sort order),
    /// cached under <paramref name="key"/> (register, search, filters and sort) until the organization's chain moves.</summary>
    public async Task<IReadOnlyList<Guid>> MatchingIdsAsync(AimsDbContext db, Guid organizationId, string key,
        IQueryable<Guid> orderedIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(orderedIds);
        var head = await HeadAsync(db, organizationId, ct);
        key = organizationId.ToString("N") + '\u001f' + key;
        if (_matches.TryGetValue(key, out var cached) && cached.Head == head)
        {
            return cached.Ids;
        }

        var ids = await orderedIds.ToListAsync(ct);
        if (Interlocked.Add(ref _cachedIds, ids.Count) > IdCapacity)
        {
            _matches.Clear();
            Interlocked.Exchange(ref _cachedIds, ids.Count);
        }

        _matches[key] = (head, ids);
        return ids;
    }

    /// <summary>The page <paramref name="compute"/> returns, cached under <paramref name="key"/> (register, search, filters,
    /// sort, page, and whatever else its views depend on, such as the day) until either chain moves.
    /// <paramref name="weigh"/> tells how much of the capacity the page takes.</summary>
    public async Task<PagedResult<TView>> PageAsync<TView>(AimsDbContext db, Guid organizationId, string key,
        Func<Task<PagedResult<TView>>> compute, Func<PagedResult<TView>, long> weigh, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(weigh);
        var heads = await LedgerHeadReader.ReadAsync(db, organizationId, ct) ?? default;
        key = organizationId.ToString("N") + '\u001f' + typeof(TView).FullName + '\u001f' + key;
        if (_pages.TryGetValue(key, out var cached) && cached.Heads == heads && cached.Page is PagedResult<TView> page)
        {
            return page;
        }

        page = await compute();
        var weight = weigh(page);
        // A replaced page (its chain moved) gives its share back.
        if (Interlocked.Add(ref _cachedPageWeight, weight - (cached.Page is null ? 0 : cached.Weight)) > PageCapacity)
        {
            _pages.Clear();
            Interlocked.Exchange(ref _cachedPageWeight, weight);
        }

        _pages[key] = (heads, page, weight);
        return page;
    }

    private static async Task<long> HeadAsync(AimsDbContext db, Guid organizationId, CancellationToken ct) =>
        (await LedgerHeadReader.ReadAsync(db, organizationId, ct))?.Organization ?? 0;
}
