using System.Globalization;
using Aims.Core.Data;

namespace Aims.Core.Ledger;

/// <summary>
/// Walks chains (entries ordered by chain, then sequence) and recomputes every hash. Detects an altered row (hash
/// mismatch), a deleted row (gap in the sequence or a broken previous-hash link), reordered rows (link mismatch) and a
/// chain that does not start where it must (sequence 1, linked to the anchor). Streams rows, so a large ledger does not
/// have to fit in memory; it keeps only the hashes <paramref name="wanted"/> names for the checkpoint and witness checks.
/// </summary>
public static class LedgerVerifier
{
    /// <summary>
    /// The chain structure of a whole database (every chain, each from its anchor), without the signature checks that
    /// need a key: what code and tests use to confirm that a change kept every chain intact. <c>aims ledger verify</c>
    /// adds checkpoints, key and witnesses on top.
    /// </summary>
    public static async Task<LedgerWalk> VerifyAsync(AimsDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var anchor = await db.ChainAnchorAsync(ct);
        return await WalkAsync(LedgerEntryReader.ReadAsync(db, null, ct), anchor, new Dictionary<string, HashSet<long>>(), ct);
    }

    /// <param name="entries">Entries ordered by chain, then sequence.</param>
    /// <param name="anchor">What the first entry of every non-legacy chain names as its previous hash.</param>
    /// <param name="wanted">Per chain, sequences whose hash and time later checks need.</param>
    public static async Task<LedgerWalk> WalkAsync(IAsyncEnumerable<LedgerEntry> entries, string anchor,
        IReadOnlyDictionary<string, HashSet<long>> wanted, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(wanted);
        var walk = new LedgerWalk();
        LedgerChainState? state = null;
        HashSet<long>? want = null;
        var expectedPrevious = "";
        await foreach (var entry in entries.WithCancellation(ct))
        {
            if (state is null || !string.Equals(state.Chain, entry.Chain, StringComparison.Ordinal))
            {
                state = walk.Start(entry.Chain);
                want = wanted.GetValueOrDefault(entry.Chain);
                expectedPrevious = string.Equals(entry.Chain, LedgerChains.Legacy, StringComparison.Ordinal)
                    ? LedgerHasher.GenesisHash
                    : anchor;
            }

            walk.EntriesChecked++;
            if (state.Broken)
            {
                continue;
            }

            var problem = Check(entry, state.LastSequence + 1, expectedPrevious);
            if (problem is not null)
            {
                state.Broken = true;
                walk.Problems.Add(new LedgerProblem(entry.Chain, problem));
                continue;
            }

            state.Entries++;
            state.LastSequence = entry.Sequence;
            state.LastHash = entry.Hash;
            state.LastTimestamp = entry.Timestamp;
            if (entry.Sequence == 1 || (want is not null && want.Contains(entry.Sequence)))
            {
                state.HashesAt[entry.Sequence] = entry.Hash;
                state.TimestampsAt[entry.Sequence] = entry.Timestamp;
            }

            expectedPrevious = entry.Hash;
        }

        return walk;
    }

    private static string? Check(LedgerEntry entry, long expectedSequence, string expectedPrevious)
    {
        if (entry.Sequence != expectedSequence)
        {
            return entry.Sequence > expectedSequence
                ? string.Create(CultureInfo.InvariantCulture, $"entry #{expectedSequence} is missing: the chain jumps to #{entry.Sequence} (entries were deleted)")
                : string.Create(CultureInfo.InvariantCulture, $"entry #{entry.Sequence} appears where #{expectedSequence} belongs (entries were renumbered)");
        }

        if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
        {
            return expectedSequence == 1
                ? "entry #1 does not start from the chain's anchor (the chain was replaced or moved)"
                : string.Create(CultureInfo.InvariantCulture,
                    $"entry #{entry.Sequence}: previous-hash link does not match the preceding entry (a row was removed, replaced or reordered)");
        }

        return LedgerHasher.HasValidHash(entry)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"entry #{entry.Sequence}: content does not match its hash (the row was altered)");
    }
}
