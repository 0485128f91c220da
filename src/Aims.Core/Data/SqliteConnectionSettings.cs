using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aims.Core.Data;

/// <summary>
/// Settings every SQLite connection gets. WAL lets readers run while one writer commits (the default rollback journal
/// blocks every reader during each write), and synchronous=NORMAL syncs the WAL at checkpoints rather than at every
/// commit — still safe against a crash of the process (a committed transaction is in the WAL file), while a power cut
/// or OS crash can lose the last commits before the next checkpoint (docs/deployment.md). WAL is a property of the
/// database file, synchronous one of each native connection: both are set once per native connection, which the
/// pool hands out again and again (a context opens one several times per request, so running the pragmas on every
/// open was a measurable share of a list request).
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

    // Keyed by the native handle, so an entry goes when the pool finally closes that handle.
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsSettings(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            MarkConfigured(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (NeedsSettings(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            MarkConfigured(connection);
        }
    }

    private static bool NeedsSettings(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection is not SqliteConnection { Handle: { } handle } || !Configured.TryGetValue(handle, out _);
    }

    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Configured.AddOrUpdate(handle, Instance);
        }
    }
}
