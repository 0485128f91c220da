using System.Globalization;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// Writes a SQLite installation with N ledger entries spread over several organization chains, hash-chained exactly as
// AimsDbContext writes them, with a signed, chained checkpoint every --every entries of a chain and at each head.
// `aims ledger verify` is then timed against it (bench/run-ledger.sh). Rows go in through one prepared statement in
// one transaction: the point is the verifier, not EF's insert path.
var options = ParseArguments(args);
var data = Path.GetFullPath(options.GetValueOrDefault("--data") ?? "/tmp/aims-ledger-bench");
var total = long.Parse(options.GetValueOrDefault("--entries") ?? "1000000", CultureInfo.InvariantCulture);
var chainCount = int.Parse(options.GetValueOrDefault("--orgs") ?? "10", CultureInfo.InvariantCulture);
var every = int.Parse(options.GetValueOrDefault("--every") ?? "100", CultureInfo.InvariantCulture);
if (total < 1 || chainCount < 1 || every < 1)
{
    Console.Error.WriteLine("--entries, --orgs and --every must be at least 1.");
    return 2;
}

Directory.CreateDirectory(data);
var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(data, "aims.db")}", data);
await using (var db = new AimsDbContext(DatabaseServiceCollectionExtensions.BuildOptions(settings)))
{
    await db.Database.MigrateAsync();
    if (await db.LedgerEntries.AnyAsync())
    {
        Console.Error.WriteLine($"{data} already holds a ledger; use an empty folder.");
        return 2;
    }
}

using var key = LedgerKeySettings.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), data).LoadOrCreate();
var chains = Enumerable.Range(0, chainCount).Select(_ => new BenchChain(Guid.CreateVersion7())).ToArray();
var start = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_000);
var clock = System.Diagnostics.Stopwatch.StartNew();
await using var connection = new SqliteConnection(settings.ConnectionString);
await connection.OpenAsync();
await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
await using var insert = connection.CreateCommand();
insert.CommandText = """
    INSERT INTO "LedgerEntries" ("Chain", "Sequence", "Timestamp", "OrganizationId", "Actor", "EntityType", "EntityId", "Action", "Payload", "PreviousHash", "Hash")
    VALUES ($c, $s, $t, $o, $a, $et, $ei, $ac, $p, $ph, $h)
    """;
string[] entryColumns = ["$c", "$s", "$t", "$o", "$a", "$et", "$ei", "$ac", "$p", "$ph", "$h"];
var parameters = entryColumns.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
await using var checkpointInsert = connection.CreateCommand();
checkpointInsert.CommandText = """
    INSERT INTO "LedgerCheckpoints" ("Chain", "Number", "Sequence", "Hash", "CreatedAt", "KeyId", "PreviousHash", "Signature")
    VALUES ($c, $n, $s, $h, $t, $k, $p, $sig)
    """;
string[] checkpointColumns = ["$c", "$n", "$s", "$h", "$t", "$k", "$p", "$sig"];
var checkpointParameters = checkpointColumns.Select(n => checkpointInsert.Parameters.Add(n, SqliteType.Text)).ToArray();
insert.Prepare();
checkpointInsert.Prepare();
var checkpoints = 0;
for (long i = 0; i < total; i++)
{
    var c = (int)(i % chainCount);
    var chain = chains[c];
    var entry = new LedgerEntry
    {
        Chain = LedgerChains.For(chain.Org), Sequence = ++chain.Sequence, Timestamp = start.AddMilliseconds(i * 10),
        OrganizationId = chain.Org, Actor = "bench@openaims.local", EntityType = "AiSystem", EntityId = Guid.CreateVersion7().ToString("D"),
        Action = i % 3 == 0 ? LedgerAction.Created : LedgerAction.Updated,
        Payload = string.Create(CultureInfo.InvariantCulture,
            $"{{\"IntendedUse\":\"Decision support for underwriters; a human approves every limit.\",\"LifecycleStage\":\"Deployment\",\"Name\":\"Benchmark system {i}\",\"Purpose\":\"Suggests credit-card limits for new applicants from bureau and application data.\",\"Status\":\"Active\"}}"),
        PreviousHash = chain.Head,
    };
    entry.Hash = LedgerHasher.Compute(entry);
    chain.Head = entry.Hash;
    object[] values = [entry.Chain, entry.Sequence, entry.Timestamp.ToUnixTimeMilliseconds(), chain.Org.ToString("D").ToUpperInvariant(),
        entry.Actor, entry.EntityType, entry.EntityId, entry.Action.ToString(), entry.Payload, entry.PreviousHash, entry.Hash];
    for (var p = 0; p < values.Length; p++)
    {
        parameters[p].Value = values[p];
    }

    insert.ExecuteNonQuery();
    var last = i + chainCount >= total;
    if (chain.Sequence % every == 0 || last)
    {
        var checkpoint = new LedgerCheckpoint
        {
            Chain = entry.Chain, Number = (chain.Checkpoint?.Number ?? 0) + 1, Sequence = entry.Sequence, Hash = entry.Hash,
            CreatedAt = entry.Timestamp, KeyId = key.KeyId, PreviousHash = chain.Checkpoint?.ComputeHash() ?? LedgerHasher.GenesisHash,
        };
        checkpoint.Signature = key.Sign(checkpoint.SignedText());
        object[] cpValues = [checkpoint.Chain, checkpoint.Number, checkpoint.Sequence, checkpoint.Hash, checkpoint.CreatedAt.ToUnixTimeMilliseconds(),
            checkpoint.KeyId, checkpoint.PreviousHash, checkpoint.Signature];
        for (var p = 0; p < cpValues.Length; p++)
        {
            checkpointParameters[p].Value = cpValues[p];
        }

        checkpointInsert.ExecuteNonQuery();
        chain.Checkpoint = checkpoint;
        checkpoints++;
    }
}

await transaction.CommitAsync();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {total} entries in {chainCount} chains and {checkpoints} checkpoints to {data} in {clock.Elapsed.TotalSeconds:F1} s (key {key.KeyId})"));
return 0;

static Dictionary<string, string> ParseArguments(string[] args)
{
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        result[args[i]] = args[i + 1];
    }

    return result;
}

/// <summary>Where one generated chain stands.</summary>
internal sealed class BenchChain(Guid org)
{
    public Guid Org { get; } = org;
    public string Head { get; set; } = LedgerHasher.GenesisHash;
    public long Sequence { get; set; }
    public LedgerCheckpoint? Checkpoint { get; set; }
}
