using System.Globalization;
using Aims.Core.Bootstrap;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests;

/// <summary>
/// A database from before per-organization chains (one shared chain, unchained v1 checkpoints) is migrated and started;
/// the start closes the shared chain with a signed checkpoint, new chains start from its last hash, and the whole
/// history verifies — per installation, per organization and as an offline export. The signing key lives outside the
/// data folder (<c>Aims:Ledger:SigningKeyPath</c>).
/// </summary>
public sealed class LedgerUpgradeTests : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "aims-upgrade-" + Guid.NewGuid().ToString("N"));
    private readonly string _keyDir = Path.Combine(Path.GetTempPath(), "aims-upgrade-key-" + Guid.NewGuid().ToString("N"));
    private string? _postgresDatabase;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_pre_chain_ledger_is_closed_at_start_and_the_whole_history_verifies(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres && string.IsNullOrEmpty(AimsAppFactory.PostgresBase))
        {
            Assert.Skip("AIMS_TEST_PG is not set.");
        }

        var configuration = Configure(provider);
        Directory.CreateDirectory(_dataDir);
        var settings = DatabaseSettings.From(configuration);
        var keys = LedgerKeySettings.From(configuration, settings.DataDirectory);
        var orgId = Guid.NewGuid();
        await using (var old = new AimsDbContext(DatabaseServiceCollectionExtensions.BuildOptions(settings)))
        {
            await old.GetService<IMigrator>().MigrateAsync("LedgerCheckpoints", Ct);
            await WriteTheOldWayAsync(old, provider, orgId, keys);
        }

        // Start: the host's initializer migrates, bootstraps and signs every head.
        await using (var services = new Aims.Cli.CliContext(TextWriter.Null, TextWriter.Null, configuration).BuildServices())
        {
            await using var scope = services.CreateAsyncScope();
            var init = await scope.ServiceProvider.GetRequiredService<AimsInitializer>().InitializeAsync(Ct);
            Assert.NotNull(init.LedgerKeyId);

            // A change to the old organization after the upgrade starts its own chain.
            await using var db = await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(Ct);
            db.Actor = "test:after-upgrade";
            (await db.Organizations.SingleAsync(o => o.Id == orgId, Ct)).Name = "Upgraded Ltd";
            await db.SaveChangesAsync(Ct);
        }

        Assert.False(File.Exists(Path.Combine(_dataDir, "keys", LedgerKeySettings.PrivateKeyFileName)), "the key must not land in the data folder");
        Assert.True(File.Exists(keys.PrivateKeyPath));
        Assert.Equal(0, (await CliRun.RunAsync(configuration, "ledger", "checkpoint")).Code);

        await using (var db = new AimsDbContext(DatabaseServiceCollectionExtensions.BuildOptions(settings)))
        {
            var legacy = await db.LedgerCheckpoints.Where(c => c.Chain == LedgerChains.Legacy).OrderBy(c => c.Number).ToListAsync(Ct);
            Assert.Equal([1L, 2L], legacy.Select(c => c.Number));
            Assert.True(legacy[0].IsLegacyFormat);
            Assert.False(legacy[1].IsLegacyFormat); // the closing checkpoint, chained to the old one
            Assert.Equal(3, legacy[1].Sequence);
            var orgChain = await db.LedgerEntries.Where(e => e.Chain == LedgerChains.For(orgId)).OrderBy(e => e.Sequence).FirstAsync(Ct);
            Assert.Equal(legacy[1].Hash, orgChain.PreviousHash);
        }

        using var key = keys.LoadPublic()!;
        var (code, output, error) = await CliRun.RunAsync(configuration, "ledger", "verify", "--grace", "0", "--key-id", key.KeyId);
        Assert.True(code == 0, error);
        Assert.Contains("Ledger intact", output, StringComparison.Ordinal);

        (code, _, error) = await CliRun.RunAsync(configuration, "ledger", "verify", "--grace", "0", "--org", "old-org");
        Assert.True(code == 0, error);
        var file = Path.Combine(_dataDir, "old-org.ledger.jsonl");
        (code, _, error) = await CliRun.RunAsync(configuration, "ledger", "export", "--org", "old-org", "--out", file);
        Assert.True(code == 0, error);
        (code, output, error) = await CliRun.RunAsync(new ConfigurationBuilder().Build(), "ledger", "verify", "--file", file,
            "--grace", "0", "--key-id", key.KeyId);
        Assert.True(code == 0, error);
        Assert.Contains("export file of old-org", output, StringComparison.Ordinal);
    }

    /// <summary>What the code before LedgerChains wrote: one sequence for everything, v1 hashes, a v1 checkpoint.</summary>
    private static async Task WriteTheOldWayAsync(AimsDbContext db, DatabaseProvider provider, Guid orgId, LedgerKeySettings keys)
    {
        var at = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);
        object stamp = provider == DatabaseProvider.Sqlite ? at.ToUnixTimeMilliseconds() : at;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Organizations" ("Id", "Name", "Slug", "Sector", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "Version")
            VALUES ({orgId}, {"Old Org Ltd"}, {"old-org"}, {"Finance"}, {stamp}, {"seed"}, {stamp}, {"seed"}, {3L})
            """, Ct);
        // The organization's real history as the old recorder wrote it (created, renamed, given a sector), so the live
        // row is exactly what the replayed ledger implies and reconciliation has nothing to report.
        var createdText = LedgerHasher.FormatTimestamp(at);
        string[] payloads =
        [
            $$"""{"CreatedAt":"{{createdText}}","CreatedBy":"seed","Id":"{{orgId:D}}","Name":"Old Org","Sector":null,"Slug":"old-org","UpdatedAt":"{{createdText}}","UpdatedBy":"seed","Version":"1"}""",
            """{"Name":{"from":"Old Org","to":"Old Org Ltd"},"Version":{"from":"1","to":"2"}}""",
            """{"Sector":{"from":null,"to":"Finance"},"Version":{"from":"2","to":"3"}}""",
        ];
        var previous = LedgerHasher.GenesisHash;
        var entries = new List<LedgerEntry>();
        for (var sequence = 1; sequence <= 3; sequence++)
        {
            var entry = new LedgerEntry
            {
                Chain = LedgerChains.Legacy, Sequence = sequence, Timestamp = at.AddSeconds(sequence), OrganizationId = orgId,
                Actor = "seed", EntityType = "Organization", EntityId = orgId.ToString("D"),
                Action = sequence == 1 ? LedgerAction.Created : LedgerAction.Updated, Payload = payloads[sequence - 1],
                PreviousHash = previous,
            };
            entry.Hash = LedgerHasher.Compute(entry); // the legacy chain keeps the v1 rule
            previous = entry.Hash;
            entries.Add(entry);
        }

        foreach (var e in entries)
        {
            object time = provider == DatabaseProvider.Sqlite ? e.Timestamp.ToUnixTimeMilliseconds() : e.Timestamp;
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO "LedgerEntries" ("Sequence", "Timestamp", "OrganizationId", "Actor", "EntityType", "EntityId", "Action", "Payload", "PreviousHash", "Hash")
                VALUES ({e.Sequence}, {time}, {e.OrganizationId}, {e.Actor}, {e.EntityType}, {e.EntityId}, {e.Action.ToString()}, {e.Payload}, {e.PreviousHash}, {e.Hash})
                """, Ct);
        }

        // The old start-up checkpoint covered entry 2 (entry 3 came after it: the old unprotected tail).
        using var key = keys.LoadOrCreate();
        var v1 = new LedgerCheckpoint { Sequence = 2, Hash = entries[1].Hash, CreatedAt = at.AddSeconds(2), KeyId = key.KeyId };
        v1.Signature = key.Sign(v1.SignedText());
        object created = provider == DatabaseProvider.Sqlite ? v1.CreatedAt.ToUnixTimeMilliseconds() : v1.CreatedAt;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "LedgerCheckpoints" ("Sequence", "Hash", "CreatedAt", "KeyId", "Signature")
            VALUES ({v1.Sequence}, {v1.Hash}, {created}, {v1.KeyId}, {v1.Signature})
            """, Ct);
    }

    private IConfiguration Configure(DatabaseProvider provider)
    {
        var values = new Dictionary<string, string?>
        {
            ["Aims:DataDir"] = _dataDir,
            ["Aims:Ledger:SigningKeyPath"] = Path.Combine(_keyDir, "ledger.pem"),
            ["Aims:Bootstrap:AdminEmail"] = AimsAppFactory.AdminEmail,
            ["Aims:Bootstrap:AdminPassword"] = AimsAppFactory.AdminPassword,
        };
        if (provider == DatabaseProvider.Postgres)
        {
            _postgresDatabase = "aims_upgrade_" + Guid.NewGuid().ToString("N")[..12];
            values["Database:Provider"] = "Postgres";
            values["ConnectionStrings:Aims"] = $"{AimsAppFactory.PostgresBase};Database={_postgresDatabase}";
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            await LedgerDatabaseCopy.DropPostgresAsync(_postgresDatabase);
        }

        foreach (var dir in new[] { _dataDir, _keyDir })
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
