using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Bootstrap;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Web.Hosting;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests;

/// <summary>
/// Per-organization chains and what is built on them: the host signs each head right after a commit, the CLI before it
/// exits, an organization's chain verifies alone and as an offline export that holds nothing of anyone else, witness
/// statements (printed or appended to a file) pin heads, and the key may come from configuration instead of a file.
/// </summary>
public abstract class LedgerChainTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_host_signs_the_head_of_the_chain_a_commit_touched_within_seconds()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.AcmeAdminToken);
        (await client.PostAsJsonAsync("/api/v1/orgs/acme/ai-systems", new { name = "Signed soon " + Guid.NewGuid() }, Ct)).EnsureSuccessStatusCode();
        await using var db = await app.OpenDbAsync();
        var chain = LedgerChains.For(await db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync(Ct));
        var head = await db.LedgerEntries.Where(e => e.Chain == chain).MaxAsync(e => e.Sequence, Ct);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        long covered = 0;
        while (covered < head && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
            covered = await db.LedgerCheckpoints.Where(c => c.Chain == chain).Select(c => (long?)c.Sequence).MaxAsync(Ct) ?? 0;
        }

        Assert.Equal(head, covered);
        var (code, _, error) = await CliRun.RunAsync(app.CliConfiguration, "ledger", "verify", "--org", "acme", "--grace", "0");
        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task Concurrent_writers_of_one_organization_each_get_their_own_sequence_and_the_chain_verifies()
    {
        // Each writer takes the chain's lock and reads its head in one round trip (LedgerLocks): the head must be read
        // after the lock is granted, or two writers would number the same entry and one create would fail.
        app.RequireProvider();
        using var client = app.ClientWithToken(app.AcmeAdminToken);
        var batch = Guid.NewGuid().ToString("N")[..8];
        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
            (await client.PostAsJsonAsync("/api/v1/orgs/acme/ai-systems", new { name = $"Concurrent {batch} {i}" }, Ct)).StatusCode, Ct)));
        Assert.All(answers, code => Assert.Equal(System.Net.HttpStatusCode.Created, code));

        await using var db = await app.OpenDbAsync();
        var chain = LedgerChains.For(await db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync(Ct));
        var created = await db.LedgerEntries.Where(e => e.Chain == chain && e.EntityType == "AiSystem" && e.Action == LedgerAction.Created &&
                                                        e.Payload.Contains($"Concurrent {batch} ")).CountAsync(Ct);
        Assert.Equal(24, created);
        var sequences = await db.LedgerEntries.Where(e => e.Chain == chain).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync(Ct);
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => (long)n), sequences);
        var (code, _, error) = await CliRun.RunAsync(app.CliConfiguration, "ledger", "verify", "--org", "acme", "--grace", "60");
        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task An_organization_export_verifies_offline_and_holds_no_other_organization()
    {
        app.RequireProvider();
        var dir = Directory.CreateTempSubdirectory("aims-export-").FullName;
        try
        {
            var file = Path.Combine(dir, "demo.jsonl");
            var witness = Path.Combine(dir, "demo-head.json");
            var (code, output, error) = await CliRun.RunAsync(app.CliConfiguration, "ledger", "export", "--org", "demo", "--out", file);
            Assert.True(code == 0, error);
            Assert.Contains("Exported", output, StringComparison.Ordinal);
            (code, output, error) = await CliRun.RunAsync(app.CliConfiguration, "ledger", "head", "--org", "demo");
            Assert.True(code == 0, error);
            await File.WriteAllTextAsync(witness, output, Ct);
            Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("checkpoints").EnumerateArray());

            await using (var db = await app.OpenDbAsync())
            {
                var acme = await db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync(Ct);
                var text = await File.ReadAllTextAsync(file, Ct);
                Assert.DoesNotContain(acme.ToString("D"), text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("\"AimsUser\"", text, StringComparison.Ordinal); // installation-level records stay out
            }

            // No database at all: only the file, the fingerprint and the witness.
            var offline = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
            var keyId = JsonDocument.Parse(output).RootElement.GetProperty("keyId").GetString()!;
            (code, output, error) = await CliRun.RunAsync(offline, "ledger", "verify", "--file", file, "--key-id", keyId, "--witness", witness);
            Assert.True(code == 0, error);
            Assert.Contains("1 witness statement(s)", output, StringComparison.Ordinal);

            // One altered line of the export is named.
            var lines = await File.ReadAllLinesAsync(file, Ct);
            var victim = Array.FindIndex(lines, l => l.Contains("\"sequence\":2,", StringComparison.Ordinal) && l.StartsWith("{\"entry\"", StringComparison.Ordinal));
            lines[victim] = lines[victim].Replace("\"actor\":\"", "\"actor\":\"x", StringComparison.Ordinal);
            await File.WriteAllLinesAsync(file, lines, Ct);
            (code, _, error) = await CliRun.RunAsync(offline, "ledger", "verify", "--file", file, "--key-id", keyId);
            Assert.Equal(1, code);
            Assert.Contains("entry #2: content does not match its hash", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_cli_write_is_signed_before_the_cli_exits_and_appended_to_the_witness_file()
    {
        app.RequireProvider();
        var witness = Path.Combine(Path.GetTempPath(), "aims-witness-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            var configuration = CliRun.With(app.CliConfiguration, ("Aims:Ledger:WitnessPath", witness));
            var slug = "w-" + Guid.NewGuid().ToString("N")[..8];
            var (code, _, error) = await CliRun.RunAsync(configuration, "orgs", "create", "--name", "Witnessed", "--slug", slug);
            Assert.True(code == 0, error);

            await using var db = await app.OpenDbAsync();
            var chain = LedgerChains.For(await db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync(Ct));
            var head = await db.LedgerEntries.Where(e => e.Chain == chain).MaxAsync(e => e.Sequence, Ct);
            Assert.Equal(head, await db.LedgerCheckpoints.Where(c => c.Chain == chain).MaxAsync(c => c.Sequence, Ct));
            var lines = LedgerWitness.Read(witness);
            Assert.Contains(lines, s => s.Chain == chain && s.Sequence == head);

            (code, _, error) = await CliRun.RunAsync(configuration, "ledger", "verify", "--org", slug, "--witness", witness, "--grace", "0");
            Assert.True(code == 0, error);
        }
        finally
        {
            File.Delete(witness);
        }
    }

    [Fact]
    public async Task The_signing_key_can_come_from_configuration_and_is_never_written_to_disk()
    {
        app.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(app);
        using var fresh = LedgerSigningKey.Generate();
        var configuration = CliRun.With(copy.Configuration, ("Aims:Ledger:SigningKeyPem", fresh.ExportPrivatePem()));
        var filesBefore = FilesOtherThanSqliteJournals(copy.DataDirectory);
        await copy.ExecuteAsync($"DELETE FROM \"LedgerCheckpoints\"");

        var (code, output, error) = await CliRun.RunAsync(configuration, "ledger", "checkpoint");
        Assert.True(code == 0, error);
        Assert.Contains(LedgerCheckpointVerifier.Abbreviate(fresh.KeyId), output, StringComparison.Ordinal);
        (code, output, error) = await CliRun.RunAsync(configuration, "ledger", "verify", "--grace", "0", "--key-id", fresh.KeyId);
        Assert.True(code == 0, error);
        Assert.Contains("pinned by --key-id", output, StringComparison.Ordinal);
        Assert.Equal(filesBefore, FilesOtherThanSqliteJournals(copy.DataDirectory));
    }

    // SQLite in WAL mode adds its -wal and -shm files beside the database on first open; they are not key files.
    private static string[] FilesOtherThanSqliteJournals(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_start_up_banner_prints_the_key_fingerprint()
    {
        using var output = new StringWriter();
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=x.db", "/tmp");
        StartupBanner.Print(output, "http://localhost:5000", settings, new InitializationResult(null, null, false, "ab12cd34ef56ab12cd34ef56"));
        Assert.Contains("Ledger key fingerprint: ab12cd34ef56ab12cd34ef56", output.ToString(), StringComparison.Ordinal);
    }
}

public sealed class SqliteLedgerChainTests(SqliteAppFactory app) : LedgerChainTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresLedgerChainTests(PostgresAppFactory app) : LedgerChainTests(app), IClassFixture<PostgresAppFactory>;
