using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Aims.Core.Ledger;

/// <summary>
/// Transaction-scoped locks per chain on PostgreSQL (advisory locks keyed by a hash of the name), so writers of
/// different organizations never wait on each other. SQLite serializes writers by itself; there this takes no lock.
/// </summary>
internal static class LedgerLocks
{
    /// <summary>
    /// Takes the lock <paramref name="lockName"/> for the rest of the current transaction, then reads the head entry of
    /// <paramref name="chain"/> (null for an empty chain). Every writer of a chain holds its lock from here to commit,
    /// so the round trips in between are what bounds a chain's write rate: on PostgreSQL the lock and the read go in
    /// one batch. They stay two statements, so the read takes its snapshot after the lock is granted and sees what the
    /// previous holder committed.
    /// </summary>
    public static async Task<(long Sequence, string Hash)?> LockAndReadHeadAsync(AimsDbContext db, string lockName, string chain,
        CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            var head = await db.LedgerEntries.AsNoTracking().Where(e => e.Chain == chain).OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
            return head is null ? null : (head.Sequence, head.Hash);
        }

        var transaction = db.Database.CurrentTransaction
                          ?? throw new InvalidOperationException("A chain lock is taken inside a transaction.");
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = """
            SELECT pg_advisory_xact_lock(hashtextextended(@lock, 42001));
            SELECT "Sequence", "Hash" FROM "LedgerEntries" WHERE "Chain" = @chain ORDER BY "Sequence" DESC LIMIT 1
            """;
        AddParameter(command, "@lock", lockName);
        AddParameter(command, "@chain", chain);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
