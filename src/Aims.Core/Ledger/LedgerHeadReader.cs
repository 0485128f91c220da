using System.Collections.Concurrent;
using Aims.Core.Data;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aims.Core.Ledger;

/// <summary>
/// Reads <see cref="LedgerHeads"/> (one indexed lookup per chain, in one round trip). Inside a request opened with
/// <see cref="BeginRequest"/> the heads are read once and shared by everything that validates a cache against them
/// (token, caller, list totals), so a cached answer costs one query per request instead of one per cache. A commit
/// made inside the request forgets them again, so nothing later in it relies on heads it has itself moved.
/// </summary>
public sealed class LedgerHeadReader(IDbContextFactory<AimsDbContext> dbFactory)
{
    private static readonly AsyncLocal<ConcurrentDictionary<Guid, LedgerHeads>?> RequestHeads = new();

    /// <summary>Shares heads for the rest of the current asynchronous flow. Hosts call it for short requests only
    /// (never around a long-lived connection such as a UI circuit, whose later work must see later heads).</summary>
    public static IDisposable BeginRequest()
    {
        RequestHeads.Value = new ConcurrentDictionary<Guid, LedgerHeads>();
        return new RequestScope();
    }

    /// <summary>Called after a commit: the heads of this request may have moved.</summary>
    public static void Forget() => RequestHeads.Value?.Clear();

    /// <summary>The heads for <paramref name="organizationId"/>, or null when there is no such organization.</summary>
    public async Task<LedgerHeads?> ReadAsync(Guid organizationId, CancellationToken ct)
    {
        if (RequestHeads.Value?.TryGetValue(organizationId, out var shared) == true)
        {
            return shared;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ReadAsync(db, organizationId, ct);
    }

    /// <inheritdoc cref="ReadAsync(Guid, CancellationToken)"/>
    public static async Task<LedgerHeads?> ReadAsync(AimsDbContext db, Guid organizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var memo = RequestHeads.Value;
        if (memo?.TryGetValue(organizationId, out var shared) == true)
        {
            return shared;
        }

        var query = HeadsQueries.GetValue(db.Model, _ => CompileHeadsQuery());
        var row = await query(db, organizationId, LedgerChains.For(organizationId), ct);
        if (row is null)
        {
            return null;
        }

        var heads = new LedgerHeads(row.Organization ?? 0, row.Installation ?? 0);
        memo?.TryAdd(organizationId, heads);
        return heads;
    }

    // Compiled once per model (a compiled query is bound to the model it first ran with; the SQLite and PostgreSQL
    // models differ): every API request reads the heads, and translating the LINQ each time was a visible share of a
    // cached list request.
    private static readonly ConditionalWeakTable<IModel, Func<AimsDbContext, Guid, string, CancellationToken, Task<HeadsRow?>>> HeadsQueries = new();

    private static Func<AimsDbContext, Guid, string, CancellationToken, Task<HeadsRow?>> CompileHeadsQuery() =>
        EF.CompileAsyncQuery((AimsDbContext db, Guid organizationId, string chain, CancellationToken _) =>
            db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == organizationId)
                .Select(o => new HeadsRow(
                    db.LedgerEntries.Where(e => e.Chain == chain).OrderByDescending(e => e.Sequence)
                        .Select(e => (long?)e.Sequence).FirstOrDefault(),
                    db.LedgerEntries.Where(e => e.Chain == LedgerChains.Installation).OrderByDescending(e => e.Sequence)
                        .Select(e => (long?)e.Sequence).FirstOrDefault()))
                .FirstOrDefault());

    private sealed record HeadsRow(long? Organization, long? Installation);

    private sealed class RequestScope : IDisposable
    {
        public void Dispose() => RequestHeads.Value = null;
    }
}
