using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Ledger;

/// <summary>
/// Transaction-scoped locks per chain on PostgreSQL (advisory locks keyed by a hash of the name), so writers of
/// different organizations never wait on each other. SQLite serializes writers by itself; there this does nothing.
/// </summary>
internal static class LedgerLocks
{
    public static async Task LockAsync(AimsDbContext db, string name, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({name}, 42001))", ct);
        }
    }
}
