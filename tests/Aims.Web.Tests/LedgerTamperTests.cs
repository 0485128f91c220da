using Aims.Core.Ledger;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests;

/// <summary>
/// Issue 7 §1's tampering cases, each done directly on a copy of the database (as someone with access to the file or
/// the server would), each caught by <c>aims ledger verify</c> with exit 1 and a message naming the problem. The copy
/// is of a stopped installation, so verify runs with <c>--grace 0</c>: no entry may be left unsigned.
/// </summary>
public abstract class LedgerTamperTests<TApp>(LedgerWorld<TApp> world) where TApp : AimsAppFactory, new()
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private AimsAppFactory App => world.App;

    [Fact]
    public async Task An_untouched_copy_verifies_clean_with_the_pinned_key_and_the_witness()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var (code, output, error) = await VerifyAsync(copy, "--key-id", await KeyIdAsync(copy), "--witness", world.WitnessFile);
        Assert.True(code == 0, error);
        Assert.Contains("Ledger intact", output, StringComparison.Ordinal);
        Assert.Contains("pinned by --key-id", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0 witness", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public async Task Deleting_the_last_rows_is_caught_by_the_checkpoint_that_covered_them(int rows)
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        var head = await HeadAsync(copy, chain);
        await copy.ExecuteAsync($"DELETE FROM \"LedgerEntries\" WHERE \"Chain\" = {chain} AND \"Sequence\" > {head - rows}");
        var (code, _, error) = await VerifyAsync(copy);
        Assert.Equal(1, code);
        Assert.Contains($"the chain ends at entry #{head - rows}", error, StringComparison.Ordinal);
        Assert.Contains("entries were deleted", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewriting_entries_after_the_last_remaining_checkpoint_leaves_an_unsigned_tail()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        // Drop the newest checkpoint (numbers stay contiguous), then rewrite what only it covered, hashes recomputed.
        await using (var db = copy.Open())
        {
            var newest = await db.LedgerCheckpoints.Where(c => c.Chain == chain).OrderByDescending(c => c.Number).FirstAsync(Ct);
            db.LedgerCheckpoints.Remove(newest);
            await db.SaveChangesAsync(Ct);
        }

        var covered = await NewestCheckpointSequenceAsync(copy, chain);
        await RewriteAsync(copy, chain, covered + 1, e => e.Actor = "mallory");
        var (code, _, error) = await VerifyAsync(copy);
        Assert.Equal(1, code);
        Assert.Contains($"entries after entry #{covered} are not covered by any signed checkpoint", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_and_renumbering_entries_is_caught_even_with_recomputed_hashes()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        const long victim = 5;
        await copy.ExecuteAsync($"DELETE FROM \"LedgerEntries\" WHERE \"Chain\" = {chain} AND \"Sequence\" = {victim}");
        // Two steps, so no intermediate state collides with the unique (chain, sequence) index.
        await copy.ExecuteAsync($"UPDATE \"LedgerEntries\" SET \"Sequence\" = 1 - \"Sequence\" WHERE \"Chain\" = {chain} AND \"Sequence\" > {victim}");
        await copy.ExecuteAsync($"UPDATE \"LedgerEntries\" SET \"Sequence\" = -\"Sequence\" WHERE \"Chain\" = {chain} AND \"Sequence\" <= 0");
        await RewriteAsync(copy, chain, victim, _ => { });
        var (code, _, error) = await VerifyAsync(copy);
        Assert.Equal(1, code);
        Assert.Contains("(the chain was rewritten)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewriting_the_whole_chain_and_deleting_every_checkpoint_is_caught()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        await RewriteAsync(copy, chain, 1, e => e.Actor = "mallory");
        await copy.ExecuteAsync($"DELETE FROM \"LedgerCheckpoints\"");
        var (code, _, error) = await VerifyAsync(copy);
        Assert.Equal(1, code);
        Assert.Contains("no signed checkpoint exists", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_public_key_is_not_a_way_around_the_signatures()
    {
        App.RequireProvider();
        // An auditor's copy: the public key only, no private key to derive it from.
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App, withPrivateKey: false);
        File.Delete(Path.Combine(copy.KeysDirectory, "ledger-signing.pub.pem"));
        var (code, _, error) = await VerifyAsync(copy);
        Assert.Equal(1, code);
        Assert.Contains("no public key was given to check them", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_signing_with_the_private_key_is_caught_only_by_a_witness()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        await RewriteAsync(copy, chain, 2, e => e.Actor = "mallory");
        await copy.ExecuteAsync($"DELETE FROM \"LedgerCheckpoints\" WHERE \"Chain\" = {chain}");
        using (var key = LedgerKeySettings.From(copy.Configuration, copy.DataDirectory).LoadOrCreate())
        await using (var db = copy.Open())
        {
            await LedgerCheckpointService.SignPendingAsync(db, key, [chain], ct: Ct);
        }

        // Whoever holds the database and the key can make the ledger consistent again (docs/security.md says so)…
        Assert.Equal(0, (await VerifyAsync(copy)).Code);
        // …but not make it contain the head a witness saw before the rewrite.
        var (code, _, error) = await VerifyAsync(copy, "--witness", world.WitnessFile);
        Assert.Equal(1, code);
        Assert.Contains("the chain no longer contains the witnessed head", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_appended_forged_entry_is_not_covered_by_a_signature()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        await using (var db = copy.Open())
        {
            var head = await db.LedgerEntries.AsNoTracking().Where(e => e.Chain == chain).OrderByDescending(e => e.Sequence).FirstAsync(Ct);
            var forged = new LedgerEntry
            {
                Chain = chain, Sequence = head.Sequence + 1, Timestamp = head.Timestamp, OrganizationId = head.OrganizationId,
                Actor = "admin@test.local", EntityType = "ApiToken", EntityId = Guid.NewGuid().ToString("D"),
                Action = LedgerAction.Created, Payload = "{\"Role\":\"Admin\"}", PreviousHash = head.Hash,
            };
            forged.Hash = LedgerHasher.Compute(forged);
            db.LedgerEntries.Add(forged);
            await db.SaveChangesAsync(Ct);
        }

        var (code, _, error) = await VerifyAsync(copy);
        Assert.Equal(1, code);
        Assert.Contains("1 entries after entry", error, StringComparison.Ordinal);
        Assert.Contains("not covered by any signed checkpoint", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_entry_dated_in_the_future_is_not_hidden_by_the_grace_period()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        await using (var db = copy.Open())
        {
            var head = await db.LedgerEntries.AsNoTracking().Where(e => e.Chain == chain).OrderByDescending(e => e.Sequence).FirstAsync(Ct);
            var forged = new LedgerEntry
            {
                Chain = chain, Sequence = head.Sequence + 1, Timestamp = DateTimeOffset.UtcNow.AddYears(5),
                OrganizationId = head.OrganizationId, Actor = "admin@test.local", EntityType = "ApiToken",
                EntityId = Guid.NewGuid().ToString("D"), Action = LedgerAction.Created, Payload = "{\"Role\":\"Admin\"}",
                PreviousHash = head.Hash,
            };
            forged.Hash = LedgerHasher.Compute(forged);
            db.LedgerEntries.Add(forged);
            await db.SaveChangesAsync(Ct);
        }

        // The default grace period, as on a live installation: a future date must not count as "just written".
        var (code, _, error) = await CliRun.RunAsync(copy.Configuration, ["ledger", "verify", "--grace", "3600"]);
        Assert.Equal(1, code);
        Assert.Contains("not covered by any signed checkpoint", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_middle_row_is_named()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        await copy.ExecuteAsync($"DELETE FROM \"LedgerEntries\" WHERE \"Chain\" = {chain} AND \"Sequence\" = 3");
        var (code, _, error) = await VerifyAsync(copy);
        Assert.Equal(1, code);
        Assert.Contains("entry #3 is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swapped_rows_are_named()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        await copy.ExecuteAsync($"UPDATE \"LedgerEntries\" SET \"Sequence\" = -1 WHERE \"Chain\" = {chain} AND \"Sequence\" = 4");
        await copy.ExecuteAsync($"UPDATE \"LedgerEntries\" SET \"Sequence\" = 4 WHERE \"Chain\" = {chain} AND \"Sequence\" = 5");
        await copy.ExecuteAsync($"UPDATE \"LedgerEntries\" SET \"Sequence\" = 5 WHERE \"Chain\" = {chain} AND \"Sequence\" = -1");
        var (code, _, error) = await VerifyAsync(copy);
        Assert.Equal(1, code);
        Assert.Contains("entry #4", error, StringComparison.Ordinal);
        Assert.Contains("reordered", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_signature_is_named()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var chain = await DemoChainAsync(copy);
        var forged = Convert.ToBase64String(new byte[64]);
        await using (var db = copy.Open())
        {
            var newest = await db.LedgerCheckpoints.Where(c => c.Chain == chain).OrderByDescending(c => c.Number).FirstAsync(Ct);
            newest.Signature = forged;
            await db.SaveChangesAsync(Ct);
        }

        var (code, _, error) = await VerifyAsync(copy);
        Assert.Equal(1, code);
        Assert.Contains("(forged signature)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replaced_key_is_caught_by_the_fingerprint_the_auditor_noted()
    {
        App.RequireProvider();
        await using var copy = await LedgerDatabaseCopy.CreateAsync(App);
        var noted = await KeyIdAsync(copy);
        var chain = await DemoChainAsync(copy);
        await RewriteAsync(copy, chain, 2, e => e.Actor = "mallory");
        // The attacker makes a key of their own, re-signs every chain with it and swaps the key files.
        foreach (var file in Directory.GetFiles(copy.KeysDirectory, "ledger-signing*"))
        {
            File.Delete(file);
        }

        await copy.ExecuteAsync($"DELETE FROM \"LedgerCheckpoints\"");
        using (var key = LedgerKeySettings.From(copy.Configuration, copy.DataDirectory).LoadOrCreate())
        await using (var db = copy.Open())
        {
            Assert.NotEqual(noted, key.KeyId);
            await LedgerCheckpointService.SignPendingAsync(db, key, ct: Ct);
        }

        var (code, _, error) = await VerifyAsync(copy, "--key-id", noted);
        Assert.Equal(1, code);
        Assert.Contains("(the signing key was replaced)", error, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Output, string Error)> VerifyAsync(LedgerDatabaseCopy copy, params string[] extra) =>
        CliRun.RunAsync(copy.Configuration, ["ledger", "verify", "--grace", "0", .. extra]);

    private static Task<string> KeyIdAsync(LedgerDatabaseCopy copy)
    {
        using var key = LedgerKeySettings.From(copy.Configuration, copy.DataDirectory).LoadPublic();
        return Task.FromResult(key!.KeyId);
    }

    private static async Task<string> DemoChainAsync(LedgerDatabaseCopy copy)
    {
        await using var db = copy.Open();
        return LedgerChains.For(await db.Organizations.Where(o => o.Slug == "demo").Select(o => o.Id).SingleAsync(Ct));
    }

    private static async Task<long> HeadAsync(LedgerDatabaseCopy copy, string chain)
    {
        await using var db = copy.Open();
        return await db.LedgerEntries.Where(e => e.Chain == chain).MaxAsync(e => e.Sequence, Ct);
    }

    private static async Task<long> NewestCheckpointSequenceAsync(LedgerDatabaseCopy copy, string chain)
    {
        await using var db = copy.Open();
        return await db.LedgerCheckpoints.Where(c => c.Chain == chain).MaxAsync(c => c.Sequence, Ct);
    }

    /// <summary>What an attacker with write access does: change entries from <paramref name="from"/> on and recompute every hash.</summary>
    private static async Task RewriteAsync(LedgerDatabaseCopy copy, string chain, long from, Action<LedgerEntry> change)
    {
        await using var db = copy.Open();
        var entries = await db.LedgerEntries.Where(e => e.Chain == chain).OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.True(entries.Count >= from, $"chain {chain} has only {entries.Count} entries");
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Sequence < from)
            {
                continue;
            }

            change(entries[i]);
            if (i > 0)
            {
                entries[i].PreviousHash = entries[i - 1].Hash;
            }

            entries[i].Hash = LedgerHasher.Compute(entries[i]);
        }

        await db.SaveChangesAsync(Ct);
    }
}

public sealed class SqliteLedgerTamperTests(LedgerWorld<SqliteAppFactory> world)
    : LedgerTamperTests<SqliteAppFactory>(world), IClassFixture<LedgerWorld<SqliteAppFactory>>;

public sealed class PostgresLedgerTamperTests(LedgerWorld<PostgresAppFactory> world)
    : LedgerTamperTests<PostgresAppFactory>(world), IClassFixture<LedgerWorld<PostgresAppFactory>>;
