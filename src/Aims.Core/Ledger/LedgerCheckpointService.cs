using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Ledger;

/// <summary>Signs the current chain head (if it moved since the last checkpoint) and checks existing checkpoints.</summary>
public static class LedgerCheckpointService
{
    /// <summary>Creates a checkpoint of the current head; returns null when the ledger is empty or already checkpointed.</summary>
    public static async Task<LedgerCheckpoint?> CreateAsync(AimsDbContext db, LedgerSigningKey key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        var head = await db.LedgerEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }

        var last = await db.LedgerCheckpoints.AsNoTracking().OrderByDescending(c => c.Sequence).FirstOrDefaultAsync(ct);
        if (last is not null && last.Sequence >= head.Sequence)
        {
            return null;
        }

        var now = db.Now();
        var checkpoint = new LedgerCheckpoint
        {
            Sequence = head.Sequence,
            Hash = head.Hash,
            CreatedAt = now,
            KeyId = key.KeyId,
            Signature = key.Sign(LedgerCheckpoint.SignedText(head.Sequence, head.Hash, now)),
        };
        db.LedgerCheckpoints.Add(checkpoint);
        await db.SaveChangesAsync(ct);
        return checkpoint;
    }

    /// <summary>
    /// Each checkpoint must carry a valid signature of the known key and match the chain entry it names. Returns the
    /// first problem, or null when all hold.
    /// </summary>
    public static async Task<(int Checked, string? Problem)> VerifyAsync(AimsDbContext db, LedgerSigningKey key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        var count = 0;
        foreach (var checkpoint in await db.LedgerCheckpoints.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(ct))
        {
            if (!string.Equals(checkpoint.KeyId, key.KeyId, StringComparison.Ordinal) ||
                !key.Verify(LedgerCheckpoint.SignedText(checkpoint.Sequence, checkpoint.Hash, checkpoint.CreatedAt), checkpoint.Signature))
            {
                return (count, $"checkpoint at entry #{checkpoint.Sequence} has no valid signature of the ledger key");
            }

            var entryHash = await db.LedgerEntries.AsNoTracking().Where(e => e.Sequence == checkpoint.Sequence)
                .Select(e => e.Hash).FirstOrDefaultAsync(ct);
            if (!string.Equals(entryHash, checkpoint.Hash, StringComparison.Ordinal))
            {
                return (count, $"entry #{checkpoint.Sequence} no longer has the hash its signed checkpoint recorded (the chain was rewritten)");
            }

            count++;
        }

        return (count, null);
    }
}
