using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.AiSystems;
using Aims.Core.Ledger;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests;

/// <summary>
/// Changes made on the database directly, never through the ledger, are found by <c>aims ledger verify</c>, which
/// names entity, id and field; an untouched database verifies clean. Each test puts the database back as it was.
/// </summary>
public abstract class LedgerContentTamperTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Untouched_database_reconciles_clean_with_secrets_checked()
    {
        app.RequireProvider();
        var (code, output, error) = await CliRun.RunAsync(app, "ledger", "verify");
        Assert.True(code == 0, error);
        Assert.Contains("Tables match the ledger", output, StringComparison.Ordinal);
        Assert.Contains("secret field(s) checked by digest", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_an_ai_system_in_the_database_is_named_with_entity_id_and_field()
    {
        app.RequireProvider();
        var id = await CreateSystemAsync("Tamper target");
        await using var db = await app.OpenDbAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AiSystems\" SET \"Name\" = {"Renamed quietly"} WHERE \"Id\" = {id}", Ct);
        try
        {
            var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
            Assert.Equal(1, code);
            Assert.Contains($"AiSystem {id} field Name: ledger has 'Tamper target', table has 'Renamed quietly'", error, StringComparison.Ordinal);

            // Asked to check the chains only, verify passes (the chain is intact) but says the tables were not compared.
            var (chainsCode, chainsOutput, chainsError) = await CliRun.RunAsync(app, "ledger", "verify", "--chains-only");
            Assert.True(chainsCode == 0, chainsError);
            Assert.Contains("Tables NOT compared with the ledger (--chains-only).", chainsOutput, StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AiSystems\" SET \"Name\" = {"Tamper target"} WHERE \"Id\" = {id}", Ct);
        }

        await AssertCleanAsync();
    }

    [Fact]
    public async Task Reviving_a_revoked_token_as_admin_is_named_field_by_field()
    {
        app.RequireProvider();
        var (_, tokenText, _) = await CliRun.RunAsync(app, "tokens", "create", "--org", "demo", "--role", "Viewer", "--user", "viewer@test.local");
        await using var db = await app.OpenDbAsync();
        var token = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Prefix == tokenText.Trim().Substring(0, 12), Ct);
        Assert.Equal(0, (await CliRun.RunAsync(app, "tokens", "revoke", token.Id.ToString())).Code);
        var revokedAt = (await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == token.Id, Ct)).RevokedAt;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"ApiTokens\" SET \"Role\" = {"Admin"}, \"RevokedAt\" = NULL WHERE \"Id\" = {token.Id}", Ct);
        try
        {
            var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
            Assert.Equal(1, code);
            Assert.Contains($"ApiToken {token.Id} field Role: ledger has 'Viewer', table has 'Admin'", error, StringComparison.Ordinal);
            Assert.Contains($"ApiToken {token.Id} field RevokedAt: ledger has '", error, StringComparison.Ordinal);
        }
        finally
        {
            // The tampering undone the same way, without the ledger, so table and ledger agree again.
            var stored = db.Database.IsSqlite() ? (object)revokedAt!.Value.ToUnixTimeMilliseconds() : revokedAt!.Value;
            await db.Database.ExecuteSqlRawAsync("UPDATE \"ApiTokens\" SET \"Role\" = 'Viewer', \"RevokedAt\" = {0} WHERE \"Id\" = {1}",
                [stored, token.Id], Ct);
        }

        await AssertCleanAsync();
    }

    [Fact]
    public async Task Swapping_a_token_hash_is_caught_by_its_keyed_digest_and_never_printed()
    {
        app.RequireProvider();
        await using var db = await app.OpenDbAsync();
        var token = await db.ApiTokens.AsNoTracking().OrderBy(t => t.Id).FirstAsync(Ct);
        var forged = new string('f', 64);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"ApiTokens\" SET \"TokenHash\" = {forged} WHERE \"Id\" = {token.Id}", Ct);
        try
        {
            var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
            Assert.Equal(1, code);
            Assert.Contains($"ApiToken {token.Id} field TokenHash: the secret's digest does not match the ledger", error, StringComparison.Ordinal);
            Assert.DoesNotContain(forged, error, StringComparison.Ordinal);
            Assert.DoesNotContain(token.TokenHash, error, StringComparison.Ordinal);

            // Without the digest key the verifier cannot see it, and says so instead of passing silently.
            var elsewhere = CliRun.With(app.CliConfiguration, ("Aims:Ledger:DigestKeyPath", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
            var (blindCode, output, _) = await CliRun.RunAsync(elsewhere, "ledger", "verify");
            Assert.Equal(0, blindCode);
            Assert.Contains("secret field(s) NOT checked because no ledger digest key was given", output, StringComparison.Ordinal);
            Assert.Contains("WARNING: secrets were not verified", output, StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"ApiTokens\" SET \"TokenHash\" = {token.TokenHash} WHERE \"Id\" = {token.Id}", Ct);
        }

        await AssertCleanAsync();
    }

    [Fact]
    public async Task Making_a_user_system_admin_in_the_database_is_named()
    {
        app.RequireProvider();
        await using var db = await app.OpenDbAsync();
        var viewer = await db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == "VIEWER@TEST.LOCAL", Ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AspNetUsers\" SET \"IsSystemAdmin\" = {true} WHERE \"Id\" = {viewer.Id}", Ct);
        try
        {
            var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
            Assert.Equal(1, code);
            Assert.Contains($"AimsUser {viewer.Id} field IsSystemAdmin: ledger has 'False', table has 'True'", error, StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"AspNetUsers\" SET \"IsSystemAdmin\" = {false} WHERE \"Id\" = {viewer.Id}", Ct);
        }

        await AssertCleanAsync();
    }

    [Fact]
    public async Task A_row_inserted_behind_the_ledger_is_named_as_extra()
    {
        app.RequireProvider();
        await using var db = await app.OpenDbAsync();
        var viewer = await db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == "VIEWER@TEST.LOCAL", Ct);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO \"AspNetUserClaims\" (\"UserId\", \"ClaimType\", \"ClaimValue\") VALUES ({viewer.Id}, {"role"}, {"Admin"})", Ct);
        var claimId = await db.UserClaims.AsNoTracking().Where(c => c.UserId == viewer.Id).Select(c => c.Id).SingleAsync(Ct);
        try
        {
            var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
            Assert.Equal(1, code);
            Assert.Contains($"IdentityUserClaim`1 {claimId}: row not in the ledger", error, StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"AspNetUserClaims\" WHERE \"Id\" = {claimId}", Ct);
        }

        await AssertCleanAsync();
    }

    [Fact]
    public async Task A_row_deleted_behind_the_ledger_is_named_as_missing()
    {
        app.RequireProvider();
        var id = await CreateSystemAsync("Deleted quietly");
        await using var db = await app.OpenDbAsync();
        db.TenantId = (await db.Organizations.SingleAsync(o => o.Slug == "demo", Ct)).Id;
        var copy = await db.AiSystems.AsNoTracking().SingleAsync(s => s.Id == id, Ct);
        // Its timeline step refers to it, so the quiet delete takes that row too (and the restore puts both back).
        var steps = await db.Set<Core.AiSystems.Lifecycle.LifecycleGateEvent>().AsNoTracking().Where(e => e.AiSystemId == id).ToListAsync(Ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"LifecycleGateEvents\" WHERE \"AiSystemId\" = {id}", Ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"AiSystems\" WHERE \"Id\" = {id}", Ct);
        try
        {
            var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
            Assert.Equal(1, code);
            Assert.Contains($"AiSystem {id}: row missing from the table", error, StringComparison.Ordinal);
        }
        finally
        {
            // Put it back through the context: the ledger records the row as created again, so both agree.
            db.Actor = "test:restore";
            db.AiSystems.Add(copy);
            await db.SaveChangesAsync(Ct);
            db.AddRange(steps);
            await db.SaveChangesAsync(Ct);
        }

        await AssertCleanAsync();
    }

    [Fact]
    public async Task A_forged_entry_with_a_recomputed_hash_disagrees_with_the_table()
    {
        app.RequireProvider();
        var id = await CreateSystemAsync("Forgery target");
        await using var db = await app.OpenDbAsync();
        var head = await db.LedgerEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        var forged = new LedgerEntry
        {
            Sequence = head.Sequence + 1, Timestamp = head.Timestamp, OrganizationId = head.OrganizationId, Actor = head.Actor,
            EntityType = nameof(AiSystem), EntityId = id.ToString("D"), Action = LedgerAction.Updated,
            Payload = """{"Status":{"from":"Active","to":"Archived"}}""", PreviousHash = head.Hash,
        };
        forged.Hash = LedgerHasher.Compute(forged);
        db.LedgerEntries.Add(forged);
        await db.SaveChangesAsync(Ct);
        try
        {
            var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
            Assert.Equal(1, code);
            Assert.Contains($"AiSystem {id} field Status: ledger has 'Archived', table has 'Active'", error, StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"LedgerEntries\" WHERE \"Sequence\" = {forged.Sequence}", Ct);
        }

        await AssertCleanAsync();
    }

    [Fact]
    public async Task Rejected_requests_write_nothing_to_the_ledger()
    {
        app.RequireProvider();
        var before = await LedgerCountAsync();
        using (var contributor = app.ClientWithToken(app.DemoContributorToken))
        {
            var invalid = await contributor.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = " " }, Ct);
            await HttpAssertions.AssertProblemAsync(invalid, HttpStatusCode.BadRequest, "name");
            var tooLong = await contributor.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = new string('x', 5000) }, Ct);
            await HttpAssertions.AssertProblemAsync(tooLong, HttpStatusCode.BadRequest, "name");
        }

        using (var viewer = app.ClientWithToken(app.DemoViewerToken))
        {
            var denied = await viewer.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "Not allowed" }, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        Assert.Equal(before, await LedgerCountAsync());
    }

    private async Task<long> LedgerCountAsync()
    {
        await using var db = await app.OpenDbAsync();
        return await db.LedgerEntries.LongCountAsync(Ct);
    }

    private async Task<Guid> CreateSystemAsync(string name)
    {
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var response = await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = $"{name}" }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private async Task AssertCleanAsync()
    {
        var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
        Assert.True(code == 0, error);
    }
}

public sealed class SqliteLedgerContentTamperTests(SqliteAppFactory app) : LedgerContentTamperTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresLedgerContentTamperTests(PostgresAppFactory app) : LedgerContentTamperTests(app), IClassFixture<PostgresAppFactory>;
