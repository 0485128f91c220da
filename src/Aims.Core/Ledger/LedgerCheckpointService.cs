using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Ledger;

/// <summary>
/// Signs chain heads: the next checkpoint of a chain names its head entry and the previous checkpoint's hash. The host's
/// <c>LedgerCheckpointWorker</c> calls this after every commit (batched), the CLI before it exits.
/// </summary>
public static class LedgerCheckpointService
{
    /// <summary>
    /// Signs every chain whose head moved past its newest checkpoint (all chains when <paramref name="chains"/> is
    /// null), appends the new statements to the witness file when one is configured, and returns them.
    /// </summary>
    public static async Task<IReadOnlyList<LedgerCheckpoint>> SignPendingAsync(AimsDbContext db, LedgerSigningKey key,
        IEnumerable<string>? chains = null, string? witnessPath = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var targets = chains?.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
                      ?? await UnsignedChainsAsync(db, ct);
        var created = new List<LedgerCheckpoint>();
        foreach (var chain in targets)
        {
            if (await SignHeadAsync(db, key, chain, ct) is { } checkpoint)
            {
                created.Add(checkpoint);
            }
        }

        if (witnessPath is not null && created.Count > 0)
        {
            await LedgerWitness.AppendAsync(witnessPath, created.Select(c => LedgerStatement.From(c)), ct);
        }

        return created;
    }

    /// <summary>Chains whose newest entry is not covered by a checkpoint.</summary>
    public static async Task<List<string>> UnsignedChainsAsync(AimsDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var heads = await db.LedgerEntries.AsNoTracking().GroupBy(e => e.Chain)
            .Select(g => new { Chain = g.Key, Sequence = g.Max(e => e.Sequence) }).ToListAsync(ct);
        var signed = await db.LedgerCheckpoints.AsNoTracking().GroupBy(c => c.Chain)
            .Select(g => new { Chain = g.Key, Sequence = g.Max(c => c.Sequence) }).ToDictionaryAsync(s => s.Chain, s => s.Sequence, ct);
        return heads.Where(h => !signed.TryGetValue(h.Chain, out var s) || s < h.Sequence)
            .Select(h => h.Chain).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Signs the chain's head; null when it is empty or already covered.</summary>
    public static async Task<LedgerCheckpoint?> SignHeadAsync(AimsDbContext db, LedgerSigningKey key, string chain,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        // SQLite's transaction takes the write lock at BEGIN; on PostgreSQL signers of one chain queue on its own lock,
        // so two signers (host and CLI, or several nodes) never both number the same checkpoint.
        using var gate = await SqliteWriteGate.EnterAsync(db.Database, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var head = await LedgerLocks.LockAndReadHeadAsync(db, "checkpoint:" + chain, chain, ct);
        var last = await db.LedgerCheckpoints.AsNoTracking().Where(c => c.Chain == chain).OrderByDescending(c => c.Number)
            .FirstOrDefaultAsync(ct);
        if (head is not { } top || (last is not null && last.Sequence >= top.Sequence))
        {
            return null;
        }

        await EnsureTailLinksAsync(db, chain, last, top.Sequence, ct);
        var now = db.Now();
        var checkpoint = new LedgerCheckpoint
        {
            Chain = chain,
            Number = (last?.Number ?? 0) + 1,
            Sequence = top.Sequence,
            Hash = top.Hash,
            // Never earlier than the checkpoint it follows, even if the clock stepped back.
            CreatedAt = last is not null && last.CreatedAt > now ? last.CreatedAt : now,
            KeyId = key.KeyId,
            PreviousHash = last?.ComputeHash() ?? LedgerHasher.GenesisHash,
        };
        checkpoint.Signature = key.Sign(checkpoint.SignedText());
        db.LedgerCheckpoints.Add(checkpoint);
        // One insert in a transaction of its own: a savepoint around it would only add round trips.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }

        await transaction.CommitAsync(ct);
        db.Entry(checkpoint).State = EntityState.Detached;
        return checkpoint;
    }

    /// <summary>
    /// The signer vouches only for entries that link to what it signed before: rows that do not (altered, removed or
    /// spliced in since the last checkpoint) are refused here, so a signature never launders a broken tail.
    /// </summary>
    private static async Task EnsureTailLinksAsync(AimsDbContext db, string chain, LedgerCheckpoint? last, long headSequence,
        CancellationToken ct)
    {
        var from = last?.Sequence ?? 0;
        var expectedSequence = from + 1;
        var expectedPrevious = last?.Hash;
        await foreach (var entry in db.LedgerEntries.AsNoTracking().Where(e => e.Chain == chain && e.Sequence > from && e.Sequence <= headSequence)
                           .OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Sequence != expectedSequence ||
                (expectedPrevious is not null && !string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal)) ||
                !LedgerHasher.HasValidHash(entry))
            {
                throw new InvalidOperationException(
                    $"Ledger chain {chain} does not link to its last checkpoint at entry #{entry.Sequence}; refusing to sign it. Run 'aims ledger verify'.");
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
        }
    }
}
