using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>
/// One database per provider and test run with every migration applied, which each fixture's database starts as a copy
/// of: migrating from empty takes about two seconds on PostgreSQL and most of a second on SQLite, and some eighty
/// fixtures start a host. The host still runs its migrations on start; on a copy there is nothing left to apply, so
/// what it finds is exactly what a migrated production database holds. The migrations themselves run here, once.
/// </summary>
internal static class MigratedTemplate
{
    private static readonly Lazy<Task<string>> Sqlite = new(MigrateSqliteAsync);
    private static readonly Lazy<Task<string>> Postgres = new(MigratePostgresAsync);

    /// <summary>Writes a migrated SQLite database to <paramref name="dataDir"/>/aims.db (the template's last connection is
    /// closed, so its write-ahead log is folded into the file and a plain copy is whole).</summary>
    public static async Task CopySqliteAsync(string dataDir)
    {
        var template = await Sqlite.Value;
        Directory.CreateDirectory(dataDir);
        File.Copy(template, Path.Combine(dataDir, "aims.db"));
    }

    /// <summary>Creates <paramref name="database"/> as a copy of the migrated template (nobody is connected to it, so
    /// copies can be made side by side).</summary>
    public static async Task CreatePostgresAsync(string database)
    {
        var template = await Postgres.Value;
        await using var admin = new NpgsqlConnection($"{AimsAppFactory.PostgresBase};Database=postgres");
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database} TEMPLATE {template}", admin);
        await create.ExecuteNonQueryAsync();
    }

    private static async Task<string> MigrateSqliteAsync()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "aims-template-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(dataDir);
        var settings = DatabaseSettings.From(Configuration(dataDir, null));
        await using (var db = new AimsDbContext(DatabaseServiceCollectionExtensions.BuildOptions(settings with
                     {
                         ConnectionString = settings.ConnectionString + ";Pooling=False",
                     })))
        {
            await db.Database.MigrateAsync();
        }

        return Path.Combine(dataDir, "aims.db");
    }

    private static async Task<string> MigratePostgresAsync()
    {
        var database = "aims_template_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection($"{AimsAppFactory.PostgresBase};Database=postgres"))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => LedgerDatabaseCopy.DropPostgresAsync(database).GetAwaiter().GetResult();
        var connection = $"{AimsAppFactory.PostgresBase};Database={database};Pooling=False";
        await using (var db = new AimsDbContext(DatabaseServiceCollectionExtensions.BuildOptions(DatabaseSettings.From(Configuration(
                         Path.GetTempPath(), connection)))))
        {
            await db.Database.MigrateAsync();
        }

        return database;
    }

    private static IConfiguration Configuration(string dataDir, string? postgres)
    {
        var settings = new Dictionary<string, string?> { ["Aims:DataDir"] = dataDir };
        if (postgres is not null)
        {
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Aims"] = postgres;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
