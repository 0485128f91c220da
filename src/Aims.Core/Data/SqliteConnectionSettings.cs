using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Aims.Core.Data;

/// <summary>
/// Settings every SQLite connection gets when it opens. WAL lets readers run while one writer commits (the default
/// rollback journal blocks every reader during each write), and synchronous=NORMAL syncs the WAL at checkpoints rather
/// than at every commit — still safe against a crash of the process (a committed transaction is in the WAL file), while
/// a power cut or OS crash can lose the last commits before the next checkpoint (docs/deployment.md). WAL is a
/// property of the database file, synchronous one of each connection, so both are set on every open (cheap).
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
