using Aims.Cli;
using Aims.Core.AiSystems;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Core.Organizations;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Aims.Web.Tests.Input;

/// <summary>
/// Upgrading a deployed database whose register already holds duplicate names: at the migration before
/// AiSystemNameKey it has "Fraud model" three times (one archived) and "Straße"/"STRASSE"; after migrate + start the
/// names are unique, the later duplicates are renamed "… (2)", each rename is a warning in the log and an entry in
/// the system's history with its reason, and the ledger still verifies.
/// </summary>
public abstract class NameKeyUpgradeTests : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "aims-upgrade-" + Guid.NewGuid().ToString("N"));
    private readonly string _database = "aims_upgrade_" + Guid.NewGuid().ToString("N")[..12];

    protected abstract bool UsePostgres { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Dictionary<string, string?> Settings => UsePostgres
        ? new() { ["Aims:DataDir"] = _dataDir, ["Database:Provider"] = "Postgres", ["ConnectionStrings:Aims"] = $"{AimsAppFactory.PostgresBase};Database={_database}" }
        : new() { ["Aims:DataDir"] = _dataDir, ["Database:Provider"] = "Sqlite" };

    [Fact]
    public async Task Migrate_and_start_make_names_unique_and_show_each_rename_in_log_and_history()
    {
        if (UsePostgres && string.IsNullOrEmpty(AimsAppFactory.PostgresBase))
        {
            Assert.Skip("AIMS_TEST_PG is not set.");
        }

        var ids = await CreateDatabaseAtPreviousMigrationWithDuplicatesAsync();

        var logs = new LogCapture();
        await using (var host = new UpgradedHost(Settings, logs))
        {
            _ = host.Services; // start: migrate, backfill
        }

        await using var services = new CliContext(TextWriter.Null, TextWriter.Null, Configuration()).BuildServices();
        await using var db = await services.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(Ct);
        var systems = await db.AiSystems.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(s => s.Id, Ct);
        Assert.Equal("Fraud model", systems[ids["first"]].Name);
        Assert.Equal("FRAUD MODEL (2)", systems[ids["second"]].Name);
        Assert.Equal("fraud model (3)", systems[ids["third"]].Name);
        Assert.Equal("Fraud model", systems[ids["archived"]].Name); // archived systems do not compete for names
        Assert.Equal("Straße", systems[ids["strasse"]].Name);
        Assert.Equal("STRASSE (2)", systems[ids["STRASSE"]].Name);
        Assert.All(systems.Values, s => Assert.Equal(Aims.Core.Text.NameKeys.For(s.Name), s.NameKey));
        var active = systems.Values.Where(s => s.Status == AiSystemStatus.Active).ToList();
        Assert.Equal(active.Count, active.Select(s => (s.OrganizationId, s.NameKey)).Distinct().Count());

        var warnings = logs.Lines.Where(l => l.Level == LogLevel.Warning && l.Message.Contains("AiSystemNameKey", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Message.Contains($"{ids["second"]}", StringComparison.Ordinal)
                                       && w.Message.Contains("'FRAUD MODEL (2)'", StringComparison.Ordinal)
                                       && w.Message.Contains($"{ids["first"]}", StringComparison.Ordinal));

        var history = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(AiSystem) && e.EntityId == ids["second"].ToString("D"))
            .OrderBy(e => e.Sequence).ToListAsync(Ct);
        var rename = Assert.Single(history, e => e.Action == LedgerAction.Updated && e.Payload.Contains("FRAUD MODEL (2)", StringComparison.Ordinal));
        Assert.Contains("duplicate name", rename.Actor, StringComparison.Ordinal);
        Assert.Contains(ids["first"].ToString("D"), rename.Actor, StringComparison.Ordinal);
        var verified = await LedgerVerifier.VerifyAsync(db, Ct);
        Assert.True(verified.IsIntact, verified.Problem);

        // A second start finds nothing left to do.
        var again = new LogCapture();
        await using (var host = new UpgradedHost(Settings, again))
        {
            _ = host.Services;
        }

        Assert.DoesNotContain(again.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("AiSystemNameKey", StringComparison.Ordinal));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (UsePostgres && !string.IsNullOrEmpty(AimsAppFactory.PostgresBase))
        {
            await LedgerDatabaseCopy.DropPostgresAsync(_database);
        }

        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();

    /// <summary>
    /// Builds the register through AimsDbContext (so it is ledgered as real use would have), with keys left NULL as
    /// before the migration, then migrates down to the migration before AiSystemNameKey, which drops the column.
    /// </summary>
    private async Task<Dictionary<string, Guid>> CreateDatabaseAtPreviousMigrationWithDuplicatesAsync()
    {
        Directory.CreateDirectory(_dataDir);
        await using var services = new CliContext(TextWriter.Null, TextWriter.Null, Configuration()).BuildServices();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AimsDbContext>();
        await db.Database.MigrateAsync(Ct);
        var admin = scope.ServiceProvider.GetRequiredService<Aims.Core.Administration.InstallationAdminService>();
        var (owner, _) = await admin.CreateUserAsync("test:old-version", "owner@upgrade.test", "Owner", "Upgrade-Pa55word", false, Ct);
        var org = await admin.CreateOrganizationAsync("test:old-version", "Upgraded Ltd", "upgraded", null, Ct);
        db.Actor = "test:old-version";
        db.Memberships.Add(new Membership { OrganizationId = org.Id, UserId = owner.Id, Role = Aims.Core.Access.Role.Admin });
        var ids = new Dictionary<string, Guid>();
        var clock = DateTimeOffset.UtcNow;
        foreach (var (label, name, archived) in new[]
                 {
                     ("first", "Fraud model", false), ("archived", "Fraud model", true), ("second", "FRAUD MODEL", false),
                     ("third", "fraud model", false), ("strasse", "Straße", false), ("STRASSE", "STRASSE", false),
                 })
        {
            // One save each, so creation order (which decides who keeps the name) is the order above.
            db.Clock = new FixedClock(clock = clock.AddSeconds(1));
            var system = new AiSystem
            {
                OrganizationId = org.Id, Name = name, OwnerId = owner.Id, Status = archived ? AiSystemStatus.Archived : AiSystemStatus.Active,
                ArchiveReason = archived ? "Old" : null, ArchivedAt = archived ? clock : null,
            };
            db.AiSystems.Add(system);
            await db.SaveChangesAsync(Ct);
            ids[label] = system.Id;
        }

        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_AiSystemNameKey", StringComparison.Ordinal));
        Assert.True(index > 0, "the AiSystemNameKey migration is missing");
        await db.GetService<IMigrator>().MigrateAsync(migrations[index - 1], cancellationToken: Ct);
        Assert.Equal(migrations[index - 1], (await db.Database.GetAppliedMigrationsAsync(Ct)).Last());
        return ids;
    }


    private sealed class UpgradedHost(Dictionary<string, string?> settings, LogCapture logs) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Aims:Bootstrap:SeedDemo", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(l => l.AddProvider(logs));
        }
    }
}

public sealed class SqliteNameKeyUpgradeTests : NameKeyUpgradeTests
{
    protected override bool UsePostgres => false;
}

public sealed class PostgresNameKeyUpgradeTests : NameKeyUpgradeTests
{
    protected override bool UsePostgres => true;
}
