using System.Diagnostics;
using System.Globalization;
using Aims.Cli;
using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Bootstrap;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Reconciliation at scale: seeds a database through the real save path (recorder, digests, chain) up to --entries
// ledger entries (AI systems created, then updated round after round), then times the chain walk, the reconciliation
// and the whole `aims ledger verify`. Reuses an already seeded data folder.
// Usage: aims-reconcile-bench --data DIR [--entries 1000000] [--systems 50000] [--postgres "Host=…;Database=…"]
var options = Args.Parse(args);
var settings = new Dictionary<string, string?> { ["Aims:DataDir"] = options.Data };
if (options.Postgres is not null)
{
    settings["Database:Provider"] = "Postgres";
    settings["ConnectionStrings:Aims"] = options.Postgres;
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddSingleton<IConfiguration>(configuration);
services.AddAimsCore(configuration);
await using var provider = services.BuildServiceProvider();
var factory = provider.GetRequiredService<IDbContextFactory<AimsDbContext>>();
await using (var db = await factory.CreateDbContextAsync())
{
    await db.Database.MigrateAsync();
}

await Seeder.SeedAsync(factory, options.Entries, options.Systems);
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DatabaseSettings.From(configuration).Describe()}");

await using (var db = await factory.CreateDbContextAsync())
{
    var entries = await db.LedgerEntries.LongCountAsync();
    var watch = Stopwatch.StartNew();
    var cpu = Cpu();
    var chain = await LedgerVerifier.VerifyAsync(db);
    Report("chain walk (hash recompute)", watch.Elapsed, Cpu() - cpu, entries, chain.IsIntact ? "intact" : chain.Problem!);
    watch.Restart();
    cpu = Cpu();
    var reconciliation = await LedgerReconciler.ReconcileAsync(db, LedgerDigestKey.Find(configuration, options.Data));
    Report("reconciliation (replay + compare)", watch.Elapsed, Cpu() - cpu, entries,
        $"{reconciliation.RowsCompared} rows, {reconciliation.Differences.Count} differences, {reconciliation.SecretsChecked} secrets checked");
}

var cli = Stopwatch.StartNew();
var cliCpu = Cpu();
using var output = new StringWriter();
var code = await AimsCli.RunAsync(["ledger", "verify"], new CliContext(output, output, configuration));
Console.WriteLine($"aims ledger verify (in-process, total): {cli.Elapsed.TotalSeconds:F2} s wall, {(Cpu() - cliCpu).TotalSeconds:F2} s CPU, exit {code}");
Console.Write(output.ToString());
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
return code;

// CPU time next to wall time: on a shared machine the wall clock also measures the neighbours.
static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

static void Report(string what, TimeSpan elapsed, TimeSpan cpu, long entries, string outcome) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: {elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU for {entries:N0} entries ({entries / elapsed.TotalSeconds:N0}/s wall) — {outcome}"));

internal sealed record Args(string Data, long Entries, int Systems, string? Postgres)
{
    public static Args Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var data = Value("--data") ?? throw new ArgumentException("--data DIR is required");
        return new Args(Path.GetFullPath(data), long.Parse(Value("--entries") ?? "1000000", CultureInfo.InvariantCulture),
            int.Parse(Value("--systems") ?? "50000", CultureInfo.InvariantCulture), Value("--postgres"));
    }
}

internal static class Seeder
{
    private const int Batch = 2000;

    public static async Task SeedAsync(IDbContextFactory<AimsDbContext> factory, long target, int systems)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Actor = "bench:seed";
        var have = await db.LedgerEntries.LongCountAsync();
        if (have >= target)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Slug == "bench");
        if (org is null)
        {
            org = new Organization { Name = "Bench", Slug = "bench" };
            var owner = new AimsUser { UserName = "owner@bench.test", Email = "owner@bench.test", DisplayName = "Owner", SecurityStamp = "s" };
            db.Organizations.Add(org);
            db.Users.Add(owner);
            db.Memberships.Add(new Membership { OrganizationId = org.Id, UserId = owner.Id, Role = Role.Admin });
            await db.SaveChangesAsync();
            for (var i = 0; i < systems; i += Batch)
            {
                db.ChangeTracker.Clear();
                for (var j = i; j < Math.Min(systems, i + Batch); j++)
                {
                    db.AiSystems.Add(new AiSystem { OrganizationId = org.Id, OwnerId = owner.Id, Name = $"System {j:D6}", Purpose = "Benchmark" });
                }

                await db.SaveChangesAsync();
            }
        }

        db.TenantId = org.Id;
        var round = 0;
        while ((have = await db.LedgerEntries.LongCountAsync()) < target)
        {
            round++;
            var ids = await db.AiSystems.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
            foreach (var chunk in ids.Take((int)Math.Min(ids.Count, target - have)).Chunk(Batch))
            {
                db.ChangeTracker.Clear();
                foreach (var system in await db.AiSystems.Where(s => chunk.Contains(s.Id)).ToListAsync())
                {
                    system.Purpose = $"Benchmark round {round}";
                    system.LifecycleStage = (LifecycleStage)(round % 3);
                }

                await db.SaveChangesAsync();
            }

            Console.WriteLine($"seeded {await db.LedgerEntries.LongCountAsync():N0} entries ({watch.Elapsed.TotalSeconds:F0} s)");
        }
    }
}
