using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Ledger;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests;

/// <summary>
/// The ledger is tamper-evident on both providers, and the <c>aims</c> CLI verifies it, issues tokens and drives the
/// register through the API.
/// </summary>
public abstract class LedgerAndCliTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_change_is_ledgered_and_the_chain_verifies()
    {
        app.RequireProvider();
        await using var db = await app.OpenDbAsync();
        Assert.True(await db.LedgerEntries.CountAsync(Ct) > 10);
        // Organizations' records chain apart from installation-level ones (accounts).
        var demo = LedgerChains.For(await db.Organizations.Where(o => o.Slug == "demo").Select(o => o.Id).SingleAsync(Ct));
        Assert.True(await db.LedgerEntries.AnyAsync(e => e.Chain == demo && e.EntityType == "AiSystem", Ct));
        Assert.True(await db.LedgerEntries.AnyAsync(e => e.Chain == LedgerChains.Installation && e.EntityType == "AimsUser", Ct));
        Assert.False(await db.LedgerEntries.AnyAsync(e => e.Chain == LedgerChains.Installation && e.OrganizationId != null, Ct));
        // Secrets never reach the ledger.
        Assert.False(await db.LedgerEntries.AnyAsync(e => e.Payload.Contains("AQAAAA"), Ct), "a password hash leaked into the ledger");
        var (code, output, error) = await RunCliAsync("ledger", "verify");
        Assert.True(code == 0, error);
        Assert.Contains("Ledger intact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Altering_one_ledger_row_makes_verify_fail_and_name_it()
    {
        app.RequireProvider();
        await using var db = await app.OpenDbAsync();
        var victim = await db.LedgerEntries.AsNoTracking().OrderBy(e => e.Id).Skip(3).FirstAsync(Ct);
        var original = victim.Actor;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"LedgerEntries\" SET \"Actor\" = {"mallory"} WHERE \"Id\" = {victim.Id}", Ct);
        try
        {
            var (code, _, error) = await RunCliAsync("ledger", "verify");
            Assert.Equal(1, code);
            Assert.Contains($"entry #{victim.Sequence}: content does not match its hash (the row was altered)", error, StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"LedgerEntries\" SET \"Actor\" = {original} WHERE \"Id\" = {victim.Id}", Ct);
        }

        Assert.Equal(0, (await RunCliAsync("ledger", "verify")).Code);
    }

    [Fact]
    public async Task Signed_checkpoints_catch_a_rewrite_of_the_whole_chain()
    {
        app.RequireProvider();
        using (var client = app.ClientWithToken(app.DemoAdminToken))
        {
            (await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "Checkpointed " + Guid.NewGuid() }, Ct)).EnsureSuccessStatusCode();
        }

        var (code, _, error) = await RunCliAsync("ledger", "checkpoint");
        Assert.True(code == 0, error);

        // An attacker with database access alters entry 2 of a chain and recomputes every later hash…
        await using var db = await app.OpenDbAsync();
        var chain = LedgerChains.For(await db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync(Ct));
        var entries = await db.LedgerEntries.Where(e => e.Chain == chain).OrderBy(e => e.Sequence).ToListAsync(Ct);
        var originals = entries.Select(e => (e.Actor, e.PreviousHash, e.Hash)).ToList();
        try
        {
            entries[1].Actor = "mallory";
            for (var i = 1; i < entries.Count; i++)
            {
                entries[i].PreviousHash = entries[i - 1].Hash;
                entries[i].Hash = LedgerHasher.Compute(entries[i]);
            }

            await db.SaveChangesAsync(Ct);

            // …but the signed checkpoint no longer matches.
            (code, _, error) = await RunCliAsync("ledger", "verify");
            Assert.Equal(1, code);
            Assert.Contains("(the chain was rewritten)", error, StringComparison.Ordinal);
            Assert.Contains("(acme)", error, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var (entry, original) in entries.Zip(originals))
            {
                entry.Actor = original.Actor;
                entry.PreviousHash = original.PreviousHash;
                entry.Hash = original.Hash;
            }

            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(0, (await RunCliAsync("ledger", "verify")).Code);
    }

    [Fact]
    public async Task Cli_tokens_create_prints_only_a_working_token()
    {
        app.RequireProvider();
        var (code, output, error) = await RunCliAsync("tokens", "create", "--org", "demo", "--role", "Viewer", "--user",
            AimsAppFactory.AdminEmail, "--expires", "1");
        Assert.True(code == 0, error);
        var token = output.Trim();
        Assert.Matches("^aims_[A-Za-z0-9_-]{43}$", token);
        using var client = app.ClientWithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
        // The role is the token's, not the user's: this Viewer token cannot create.
        var denied = await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "x" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Cli_rejects_bad_token_requests_with_a_message_per_field()
    {
        app.RequireProvider();
        var (code, _, error) = await RunCliAsync("tokens", "create", "--org", "nowhere", "--role", "Viewer", "--user", "ghost@x", "--expires", "0");
        Assert.Equal(2, code);
        Assert.Contains("--org", error, StringComparison.Ordinal);
        Assert.Contains("--user", error, StringComparison.Ordinal);
        Assert.Contains("--expires", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoked_and_expired_tokens_are_refused()
    {
        app.RequireProvider();
        var (_, output, _) = await RunCliAsync("tokens", "create", "--org", "demo", "--role", "Viewer", "--user", AimsAppFactory.AdminEmail);
        var token = output.Trim();
        using var client = app.ClientWithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
        await using (var db = await app.OpenDbAsync())
        {
            var id = (await db.ApiTokens.SingleAsync(t => t.Prefix == token.Substring(0, 12), Ct)).Id;
            Assert.Equal(0, (await RunCliAsync("tokens", "revoke", id.ToString())).Code);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
    }

    [Fact]
    public async Task Cli_systems_create_and_list_go_through_the_api()
    {
        app.RequireProvider();
        var name = "CLI system " + Guid.NewGuid().ToString("N")[..6];
        var (code, output, error) = await RunCliAsync("systems", "create", "--org", "demo", "--name", name, "--stage", "Deployment", "--stage-reason", "In service before the AIMS",
            "--api", "http://localhost/", "--token", app.DemoContributorToken);
        Assert.True(code == 0, error);
        var id = Guid.Parse(output.Trim());
        (code, output, error) = await RunCliAsync("systems", "list", "--org", "demo", "--search", name, "--api", "http://localhost/",
            "--token", app.DemoContributorToken);
        Assert.True(code == 0, error);
        Assert.Contains(id.ToString(), output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 shown", output, StringComparison.Ordinal);

        (code, _, error) = await RunCliAsync("systems", "create", "--org", "demo", "--name", " ", "--api", "http://localhost/",
            "--token", app.DemoContributorToken);
        Assert.Equal(1, code);
        Assert.Contains("name: Name is required.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_creates_a_client_organization_an_account_and_a_membership()
    {
        app.RequireProvider();
        var slug = "client-" + Guid.NewGuid().ToString("N")[..6];
        var email = $"lead@{slug}.test";
        var (code, _, error) = await RunCliAsync("orgs", "create", "--name", "Client", "--slug", "Bad Slug!");
        Assert.Equal(2, code);
        Assert.Contains("--slug", error, StringComparison.Ordinal);

        (code, _, error) = await RunCliAsync("orgs", "create", "--name", "Client Co", "--slug", slug, "--sector", "Insurance");
        Assert.True(code == 0, error);
        (code, var output, error) = await RunCliAsync("users", "create", "--email", email, "--name", "Client Lead");
        Assert.True(code == 0, error);
        Assert.Contains("One-time password: ", output, StringComparison.Ordinal);
        (code, _, error) = await RunCliAsync("members", "add", "--org", slug, "--user", email, "--role", "GovernanceLead");
        Assert.True(code == 0, error);

        (code, output, error) = await RunCliAsync("tokens", "create", "--org", slug, "--role", "GovernanceLead", "--user", email);
        Assert.True(code == 0, error);
        using var client = app.ClientWithToken(output.Trim());
        var created = await client.PostAsJsonAsync($"/api/v1/orgs/{slug}/ai-systems", new { name = "Client model" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // The new organization's people see nothing of the demo organization.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
        (code, _, _) = await RunCliAsync("orgs", "create", "--name", "Again", "--slug", slug);
        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Operator_demoting_a_member_revokes_their_tokens_that_exceed_the_new_role()
    {
        app.RequireProvider();
        var email = $"demoted-{Guid.NewGuid():N}@test.local";
        var (code, _, error) = await RunCliAsync("users", "create", "--email", email);
        Assert.True(code == 0, error);
        (code, _, error) = await RunCliAsync("members", "add", "--org", "demo", "--user", email, "--role", "GovernanceLead");
        Assert.True(code == 0, error);
        (code, var leadToken, error) = await RunCliAsync("tokens", "create", "--org", "demo", "--role", "GovernanceLead", "--user", email);
        Assert.True(code == 0, error);
        (code, var viewerToken, error) = await RunCliAsync("tokens", "create", "--org", "demo", "--role", "Viewer", "--user", email);
        Assert.True(code == 0, error);
        using var lead = app.ClientWithToken(leadToken.Trim());
        using var viewer = app.ClientWithToken(viewerToken.Trim());
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);

        (code, _, error) = await RunCliAsync("members", "add", "--org", "demo", "--user", email, "--role", "Viewer");
        Assert.True(code == 0, error);
        Assert.Equal(HttpStatusCode.Unauthorized, (await lead.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
    }

    [Fact]
    public async Task Cli_tokens_create_applies_the_same_name_rule_as_the_api()
    {
        app.RequireProvider();
        var (code, output, error) = await RunCliAsync("tokens", "create", "--org", "demo", "--role", "Viewer", "--user",
            AimsAppFactory.AdminEmail, "--name", new string('n', 201));
        Assert.Equal(2, code);
        Assert.Contains("--name", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    private Task<(int Code, string Output, string Error)> RunCliAsync(params string[] args) => CliRun.RunAsync(app, args);
}

public sealed class SqliteLedgerAndCliTests(SqliteAppFactory app) : LedgerAndCliTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresLedgerAndCliTests(PostgresAppFactory app) : LedgerAndCliTests(app), IClassFixture<PostgresAppFactory>;
