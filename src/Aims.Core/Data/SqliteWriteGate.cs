using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Aims.Core.Data;

/// <summary>
/// One writing transaction at a time per SQLite database file, within this process. SQLite has a single writer: a
/// second connection that begins a write meets SQLITE_BUSY, and Microsoft.Data.Sqlite retries after a fixed sleep —
/// with 8 clients creating records the median create took 20 ms and the 95th percentile 270 ms, blocked threads
/// included. Writers of this process queue on an async gate instead, in order, without sleeping or holding a thread.
/// (Another process, such as the CLI, still meets the database's own locking and retries as before.) PostgreSQL has no
/// such limit: the gate is not taken there.
/// </summary>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Waits for the database's gate (at once on PostgreSQL); dispose the result when the transaction ended.</summary>
    public static async ValueTask<Held> EnterAsync(DatabaseFacade database, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.IsSqlite())
        {
            return default;
        }

        var gate = Gates.GetOrAdd(database.GetDbConnection().DataSource ?? "", _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Held(gate);
    }

    /// <summary>A taken gate; disposing releases it (a default instance holds none).</summary>
    public readonly struct Held(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
