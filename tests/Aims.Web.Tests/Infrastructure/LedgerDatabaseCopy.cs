using Aims.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>
/// A copy of a fixture's database and ledger key, to tamper with while the original stays intact: SQLite through
/// <c>VACUUM INTO</c>, PostgreSQL as a database created from the original as template. The copy's data folder holds
/// the key files, so a test can delete or replace them.
/// </summary>
public sealed class LedgerDatabaseCopy : IAsyncDisposable
{
    private readonly string? _postgresDatabase;

    private LedgerDatabaseCopy(string dataDir, IConfiguration configuration, string? postgresDatabase)
    {
        DataDirectory = dataDir;
        Configuration = configuration;
        _postgresDatabase = postgresDatabase;
    }

    public string DataDirectory { get; }
    public IConfiguration Configuration { get; }
    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public static async Task<LedgerDatabaseCopy> CreateAsync(AimsAppFactory app, bool withPrivateKey = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        var dataDir = Path.Combine(Path.GetTempPath(), "aims-copy-" + Guid.NewGuid().ToString("N"));
        var keys = Directory.CreateDirectory(Path.Combine(dataDir, "keys")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(app.DataDirectory, "keys"), "ledger-signing*"))
        {
            if (withPrivateKey || file.EndsWith(".pub.pem", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(keys, Path.GetFileName(file)));
            }
        }

        var settings = new Dictionary<string, string?> { ["Aims:DataDir"] = dataDir };
        string? database = null;
        if (app.DatabaseProvider == DatabaseProvider.Postgres)
        {
            database = "aims_copy_" + Guid.NewGuid().ToString("N")[..12];
            await CopyPostgresAsync(app.PostgresDatabase!, database);
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Aims"] = $"{AimsAppFactory.PostgresBase};Database={database}";
        }
        else
        {
            await using var source = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "aims.db")}");
            await source.OpenAsync();
            await using var vacuum = source.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $target";
            vacuum.Parameters.AddWithValue("$target", Path.Combine(dataDir, "aims.db"));
            await vacuum.ExecuteNonQueryAsync();
        }

        return new LedgerDatabaseCopy(dataDir, new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), database);
    }

    /// <summary>A context on the copy (no interceptors: what a test writes here is tampering, not a change).</summary>
    public AimsDbContext Open() =>
        new(DatabaseServiceCollectionExtensions.BuildOptions(DatabaseSettings.From(Configuration)));

    public async Task ExecuteAsync(FormattableString sql)
    {
        await using var db = Open();
        await db.Database.ExecuteSqlInterpolatedAsync(sql);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            await DropPostgresAsync(_postgresDatabase);
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>Drops a test database, closing what the process still holds open on it.</summary>
    public static async Task DropPostgresAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection($"{AimsAppFactory.PostgresBase};Database=postgres");
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
        try
        {
            await drop.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            // FORCE may not end a superuser's session in that database (an autovacuum worker that just started
            // on it); a leftover throw-away database is harmless, failing the tests over it is not.
        }
    }

    // CREATE DATABASE … TEMPLATE needs the original to have no other sessions: idle pooled ones are closed first. Only
    // our own can be ended; a server process in it (autovacuum, which test.sh turns off) makes CREATE wait and retry.
    private static async Task CopyPostgresAsync(string original, string copy)
    {
        await using var admin = new NpgsqlConnection($"{AimsAppFactory.PostgresBase};Database=postgres");
        await admin.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlConnection.ClearAllPools();
            await using (var kill = new NpgsqlCommand(
                             "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid() AND usename = current_user", admin))
            {
                kill.Parameters.AddWithValue("db", original);
                await kill.ExecuteNonQueryAsync();
            }

            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {copy} TEMPLATE {original}", admin);
                await create.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == "55006" && attempt < 10)
            {
                await Task.Delay(100 * attempt); // a session reconnected in between; close it again
            }
        }
    }
}
