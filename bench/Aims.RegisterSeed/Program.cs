using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;

// Usage: Aims.RegisterSeed PROVIDER CONNECTION ORG_SLUG COUNT [DOCUMENTS [EVIDENCE]]
// Seeds COUNT AI systems into an organization of an already migrated database, through AimsDbContext: every row gets
// its ledger entry in the same transaction, exactly as if it had been created through the API (only faster, in
// batches). Four owners (the organization's first admin plus three seeded members), all seven lifecycle stages, and
// every tenth system archived, so the filters of the benchmark select realistic fractions.
if (args.Length is < 4 or > 6 || !Enum.TryParse<DatabaseProvider>(args[0], ignoreCase: true, out var provider) ||
    !int.TryParse(args[3], out var count) || count < 1)
{
    await Console.Error.WriteLineAsync("usage: Aims.RegisterSeed sqlite|postgres CONNECTION ORG_SLUG COUNT [DOCUMENTS [EVIDENCE]]");
    return 2;
}

// The host's data folder (bench/run-register.sh exports it): secrets are ledgered as digests under the installation's
// digest key, so the seeder must use the same key the host and `aims ledger verify` use.
var dataDir = Environment.GetEnvironmentVariable("Aims__DataDir") ?? Path.GetTempPath();
var settings = new DatabaseSettings(provider, args[1], dataDir);
var digestKey = LedgerDigestKey.LoadOrCreate(Path.Combine(dataDir, "keys", LedgerDigestKey.FileName));
var options = DatabaseServiceCollectionExtensions.BuildOptions(settings, digestKey);
var slug = args[2];
Guid orgId;
List<Guid> owners;
await using (var db = new AimsDbContext(options) { Actor = "bench:seed" })
{
    var org = await db.Organizations.SingleAsync(o => o.Slug == slug);
    orgId = org.Id;
    owners = await db.Memberships.Where(m => m.OrganizationId == orgId).OrderBy(m => m.CreatedAt).Select(m => m.UserId).Take(1).ToListAsync();
    for (var i = 1; i <= 3; i++)
    {
        var email = $"owner{i}-{Guid.NewGuid():N}@bench.local";
        var user = new AimsUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), DisplayName = $"Bench owner {i}", CreatedAt = db.Now(),
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        db.Memberships.Add(new Membership { OrganizationId = orgId, UserId = user.Id, Role = Role.Contributor });
        owners.Add(user.Id);
    }

    await db.SaveChangesAsync();
}

const int Batch = 1_000;
var stages = Enum.GetValues<LifecycleStage>();
var started = System.Diagnostics.Stopwatch.StartNew();
for (var done = 0; done < count; done += Batch)
{
    await using var db = new AimsDbContext(options) { Actor = "bench:seed", TenantId = orgId };
    for (var i = done + 1; i <= Math.Min(count, done + Batch); i++)
    {
        var archived = i % 10 == 0;
        var name = $"Benchmark system {i}";
        db.AiSystems.Add(new AiSystem
        {
            OrganizationId = orgId,
            Name = name,
            NameKey = Aims.Core.Text.NameKeys.For(name),
            Purpose = $"Load test record {i}: scores applications for the {stages[i % stages.Length]} team",
            IntendedUse = "Benchmark data only",
            OwnerId = owners[i % owners.Count],
            LifecycleStage = stages[(i * 3) % stages.Length],
            Status = archived ? AiSystemStatus.Archived : AiSystemStatus.Active,
            ArchivedAt = archived ? db.Now() : null,
            ArchiveReason = archived ? "Seeded as archived" : null,
        });
    }

    await db.SaveChangesAsync();
}

Console.WriteLine($"seeded {count} AI systems into '{slug}' in {started.Elapsed.TotalSeconds:F1} s");
var documents = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 0;
var evidence = args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 0;
if (documents + evidence > 0)
{
    started.Restart();
    await DocumentsAndEvidence.SeedAsync(options, orgId, owners, documents, evidence);
    Console.WriteLine($"seeded {documents} documents and {evidence} evidence items in {started.Elapsed.TotalSeconds:F1} s");
}

if (provider == DatabaseProvider.Postgres)
{
    // Statistics and the visibility map now, as autovacuum would make them a little later on a live server (never on a
    // cluster run with autovacuum off, as CI's throw-away one is).
    await using var db = new AimsDbContext(options);
    await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
}
else
{
    // Data at rest before the timings: otherwise the first cases read the seed's pages through a write-ahead log that
    // 64 concurrent readers keep from being checkpointed, and measure the seeding's aftermath rather than the lists.
    await using var db = new AimsDbContext(options);
    await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
}

return 0;
