using System.Globalization;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Ledger;

/// <summary>
/// Walks the whole chain in sequence order and recomputes every hash. Detects an altered row (hash mismatch),
/// a deleted row (gap in the sequence or a broken previous-hash link) and reordered rows (link mismatch).
/// Streams rows so a large ledger does not have to fit in memory.
/// </summary>
public static class LedgerVerifier
{
    public static async Task<LedgerVerificationResult> VerifyAsync(AimsDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expectedPrevious = LedgerHasher.GenesisHash;
        long expectedSequence = 1;
        long checkedCount = 0;
        await foreach (var entry in db.LedgerEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable()
                           .WithCancellation(ct))
        {
            if (entry.Sequence != expectedSequence)
            {
                return LedgerVerificationResult.Broken(checkedCount, entry.Sequence, string.Create(
                    CultureInfo.InvariantCulture,
                    $"expected sequence {expectedSequence} but found {entry.Sequence}: entries are missing"));
            }

            if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                return LedgerVerificationResult.Broken(checkedCount, entry.Sequence,
                    "previous-hash link does not match the preceding entry (a row was removed, replaced or reordered)");
            }

            var recomputed = LedgerHasher.Compute(entry);
            if (!string.Equals(recomputed, entry.Hash, StringComparison.Ordinal))
            {
                return LedgerVerificationResult.Broken(checkedCount, entry.Sequence,
                    "content does not match its hash (the row was altered)");
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            checkedCount++;
        }

        return LedgerVerificationResult.Intact(checkedCount);
    }
}
