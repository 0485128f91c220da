using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests;

/// <summary>
/// Organization members and API tokens over HTTP, run once per database provider: the life cycle of a membership,
/// the last-Admin rule, roles (403), tenancy (404), tokens shown once and capped, revocation (401), no hashes in
/// listings, and bad input that changes nothing.
/// </summary>
public abstract class MembersAndTokensApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Admin_adds_a_member_changes_the_role_and_removes_them_and_the_ledger_keeps_the_history()
    {
        app.RequireProvider();
        var email = await CreateAccountAsync();
        using var admin = app.ClientWithToken(app.DemoAdminToken);

        var added = await admin.PostAsJsonAsync("/api/v1/orgs/demo/members", new { email = email.ToUpperInvariant(), role = "contributor" }, Ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var member = await added.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var userId = member.GetProperty("userId").GetGuid();
        Assert.Equal("contributor", member.GetProperty("role").GetString());
        Assert.Equal(email, member.GetProperty("email").GetString());
        Assert.Equal("contributor", (await MemberAsync(admin, userId))?.GetProperty("role").GetString());

        var again = await admin.PostAsJsonAsync("/api/v1/orgs/demo/members", new { email, role = "viewer" }, Ct);
        await HttpAssertions.AssertProblemAsync(again, HttpStatusCode.BadRequest, "email");

        var changed = await admin.PutAsJsonAsync($"/api/v1/orgs/demo/members/{userId}", new { role = "auditor" }, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("auditor", (await MemberAsync(admin, userId))?.GetProperty("role").GetString());

        var removed = await admin.DeleteAsync($"/api/v1/orgs/demo/members/{userId}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Null(await MemberAsync(admin, userId));
        await HttpAssertions.AssertProblemAsync(await admin.DeleteAsync($"/api/v1/orgs/demo/members/{userId}", Ct), HttpStatusCode.NotFound);

        await using var db = await app.OpenDbAsync();
        var history = await db.LedgerEntries.Where(e => e.EntityType == "Membership")
            .OrderBy(e => e.Sequence).Select(e => new { e.EntityId, e.Action, e.Payload }).ToListAsync(Ct);
        var membershipId = history.Single(h => h.Action.ToString() == "Created" &&
                                               h.Payload.Contains(userId.ToString("D"), StringComparison.OrdinalIgnoreCase)).EntityId;
        var mine = history.Where(h => h.EntityId == membershipId).ToList();
        Assert.Equal(["Created", "Updated", "Deleted"], mine.Select(h => h.Action.ToString()).ToList());
        Assert.Contains("Auditor", mine[2].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_or_removed_but_one_of_two_admins_can()
    {
        app.RequireProvider();
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        var members = await acme.GetFromJsonAsync<JsonElement>("/api/v1/orgs/acme/members", Ct);
        var onlyAdmin = members.EnumerateArray().Single(m => m.GetProperty("role").GetString() == "admin").GetProperty("userId").GetGuid();
        var before = await CountsAsync();

        var demote = await acme.PutAsJsonAsync($"/api/v1/orgs/acme/members/{onlyAdmin}", new { role = "governanceLead" }, Ct);
        var problem = await HttpAssertions.AssertProblemAsync(demote, HttpStatusCode.BadRequest, "role");
        Assert.Contains("last Admin", problem.GetProperty("errors").GetProperty("role")[0].GetString(), StringComparison.Ordinal);
        await HttpAssertions.AssertProblemAsync(await acme.DeleteAsync($"/api/v1/orgs/acme/members/{onlyAdmin}", Ct),
            HttpStatusCode.BadRequest, "role");
        Assert.Equal(before, await CountsAsync());
        // The refused demotion did not cost the Admin their token either.
        Assert.Equal(HttpStatusCode.OK, (await acme.GetAsync("/api/v1/orgs/acme/tokens", Ct)).StatusCode);

        // With a second Admin, either may step down.
        var email = await CreateAccountAsync();
        using var demo = app.ClientWithToken(app.DemoAdminToken);
        var added = await (await demo.PostAsJsonAsync("/api/v1/orgs/demo/members", new { email, role = "admin" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var second = added.GetProperty("userId").GetGuid();
        var stepDown = await demo.PutAsJsonAsync($"/api/v1/orgs/demo/members/{second}", new { role = "viewer" }, Ct);
        Assert.Equal(HttpStatusCode.OK, stepDown.StatusCode);
    }

    [Fact]
    public async Task A_viewer_gets_403_on_member_and_token_management_and_nothing_changes()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var before = await CountsAsync();
        var anyone = Guid.NewGuid();
        await HttpAssertions.AssertProblemAsync(
            await viewer.PostAsJsonAsync("/api/v1/orgs/demo/members", new { email = "viewer@test.local", role = "admin" }, Ct),
            HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(
            await viewer.PutAsJsonAsync($"/api/v1/orgs/demo/members/{anyone}", new { role = "admin" }, Ct), HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(await viewer.DeleteAsync($"/api/v1/orgs/demo/members/{anyone}", Ct), HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(await viewer.GetAsync("/api/v1/orgs/demo/tokens", Ct), HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(
            await viewer.PostAsJsonAsync("/api/v1/orgs/demo/tokens", new { name = "mine", role = "viewer" }, Ct), HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsync($"/api/v1/orgs/demo/tokens/{anyone}/revoke", null, Ct),
            HttpStatusCode.Forbidden);
        Assert.Equal(before, await CountsAsync());
        // …but everyone may see who is in the organization.
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/orgs/demo/members", Ct)).StatusCode);
    }

    [Fact]
    public async Task Another_organizations_members_and_tokens_are_not_found()
    {
        app.RequireProvider();
        using var acme = await app.SignedInClientAsync("admin@acme.test");
        var created = await acme.PostAsJsonAsync("/api/v1/orgs/acme/tokens", new { name = "Acme CI", role = "viewer", expiresInDays = 1 }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var acmeToken = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var acmeTokenId = acmeToken.GetProperty("record").GetProperty("id").GetGuid();
        var acmeMembers = await acme.GetFromJsonAsync<JsonElement>("/api/v1/orgs/acme/members", Ct);
        var acmeAdmin = acmeMembers[0].GetProperty("userId").GetGuid();

        using var demo = app.ClientWithToken(app.DemoAdminToken);
        var before = await CountsAsync();
        await HttpAssertions.AssertProblemAsync(await demo.PostAsync($"/api/v1/orgs/demo/tokens/{acmeTokenId}/revoke", null, Ct),
            HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await demo.PostAsync($"/api/v1/orgs/acme/tokens/{acmeTokenId}/revoke", null, Ct),
            HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await demo.DeleteAsync($"/api/v1/orgs/demo/members/{acmeAdmin}", Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(
            await demo.PutAsJsonAsync($"/api/v1/orgs/demo/members/{acmeAdmin}", new { role = "viewer" }, Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await acme.GetAsync("/api/v1/orgs/demo/tokens", Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await acme.GetAsync("/api/v1/orgs/demo/members", Ct), HttpStatusCode.NotFound);
        var demoTokens = await demo.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/tokens", Ct);
        Assert.DoesNotContain(demoTokens.EnumerateArray(), t => t.GetProperty("id").GetGuid() == acmeTokenId);
        Assert.Equal(before, await CountsAsync());

        using var stillWorks = app.ClientWithToken(acmeToken.GetProperty("token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await stillWorks.GetAsync("/api/v1/orgs/acme/ai-systems", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_created_token_is_shown_once_works_with_its_capped_role_and_stops_working_when_revoked()
    {
        app.RequireProvider();
        using var admin = await app.SignedInClientAsync(AimsAppFactory.AdminEmail);
        var response = await admin.PostAsJsonAsync("/api/v1/orgs/demo/tokens",
            new { name = "  Nightly export  ", role = "contributor", expiresInDays = 7 }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var value = body.GetProperty("token").GetString()!;
        var record = body.GetProperty("record");
        var id = record.GetProperty("id").GetGuid();
        Assert.StartsWith("aims_", value, StringComparison.Ordinal);
        Assert.Equal("Nightly export", record.GetProperty("name").GetString());
        Assert.Equal("contributor", record.GetProperty("role").GetString());
        Assert.Equal("active", record.GetProperty("state").GetString());
        Assert.Equal(AimsAppFactory.AdminEmail, record.GetProperty("ownerEmail").GetString());
        Assert.StartsWith(record.GetProperty("prefix").GetString()!, value, StringComparison.Ordinal);
        var expires = record.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires - record.GetProperty("createdAt").GetDateTimeOffset(), TimeSpan.FromDays(7), TimeSpan.FromDays(7));

        using var token = app.ClientWithToken(value);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await token.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "Made by a token " + Guid.NewGuid() }, Ct)).StatusCode);
        // Its role is Contributor, not its owner's Admin.
        await HttpAssertions.AssertProblemAsync(await token.GetAsync("/api/v1/orgs/demo/tokens", Ct), HttpStatusCode.Forbidden);

        var revokeResponse = await admin.PostAsync($"/api/v1/orgs/demo/tokens/{id}/revoke", null, Ct);
        Assert.Equal(HttpStatusCode.OK, revokeResponse.StatusCode);
        var revoked = await revokeResponse.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("revoked", revoked.GetProperty("state").GetString());
        await HttpAssertions.AssertProblemAsync(await token.GetAsync("/api/v1/orgs/demo/ai-systems", Ct), HttpStatusCode.Unauthorized);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/tokens", Ct);
        Assert.Equal("revoked", list.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == id).GetProperty("state").GetString());
        // Revoking again is harmless and keeps the first revocation time.
        var again = await (await admin.PostAsync($"/api/v1/orgs/demo/tokens/{id}/revoke", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(revoked.GetProperty("revokedAt").GetDateTimeOffset(),
            again.GetProperty("revokedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_caller_resolved_before_a_demotion_or_removal_cannot_keep_acting()
    {
        app.RequireProvider();
        await using var scope = app.Services.CreateAsyncScope();
        var systems = scope.ServiceProvider.GetRequiredService<Aims.Core.AiSystems.AiSystemService>();
        await using var db = await app.OpenDbAsync();
        var demo = await db.Organizations.SingleAsync(o => o.Slug == "demo", Ct);
        var viewer = await db.Users.SingleAsync(u => u.Email == "viewer@test.local", Ct);
        // A page opened while this person was a Contributor still holds that caller…
        var stale = new Caller(viewer.Id, "viewer@test.local", demo.Id, "demo", Role.Contributor);
        var input = new Aims.Core.AiSystems.AiSystemInput { Name = "Stale rights" };
        var ex = await Assert.ThrowsAsync<ForbiddenException>(() => systems.CreateAsync(stale, input, Ct));
        Assert.Contains("Reload", ex.Message, StringComparison.Ordinal);
        // …and someone who is no longer a member sees nothing at all.
        var outsider = new Caller(Guid.NewGuid(), "gone@test.local", demo.Id, "demo", Role.Admin);
        await Assert.ThrowsAsync<NotFoundException>(() => systems.ListAsync(outsider, new Aims.Core.Registers.RegisterQuery(), Ct));
        Assert.False(await db.AiSystems.IgnoreQueryFilters().AnyAsync(s => s.Name == "Stale rights", Ct));
    }

    [Fact]
    public async Task An_api_token_cannot_mint_further_tokens()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var before = await CountsAsync();
        var problem = await HttpAssertions.AssertProblemAsync(
            await admin.PostAsJsonAsync("/api/v1/orgs/demo/tokens", new { name = "child", role = "viewer" }, Ct), HttpStatusCode.Forbidden);
        Assert.Contains("sign in", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        // Listing and revoking with an Admin token remain possible (incident response from automation).
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/orgs/demo/tokens", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_token_lists_only_its_own_organization_with_the_tokens_role()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var orgs = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs", Ct);
        var only = Assert.Single(orgs.EnumerateArray());
        Assert.Equal("demo", only.GetProperty("slug").GetString());
        Assert.Equal("viewer", only.GetProperty("role").GetString());

        // Also when the owner is a system admin (Admin in every organization): the token is a Viewer in demo only.
        await using var scope = app.Services.CreateAsyncScope();
        var adminViewerToken = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
            .CreateAsync("demo", Role.Viewer, AimsAppFactory.AdminEmail, 1, "test", ct: Ct)).Value;
        using var adminViewer = app.ClientWithToken(adminViewerToken);
        var adminOrgs = await adminViewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs", Ct);
        var single = Assert.Single(adminOrgs.EnumerateArray());
        Assert.Equal("viewer", single.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_token_never_gets_rights_its_owner_lacks_even_when_the_enum_order_suggests_otherwise()
    {
        app.RequireProvider();
        await using var scope = app.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        // A Contributor cannot read the ledger, so may not mint an Auditor token (Auditor is "lower" in the enum).
        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            tokens.CreateAsync("demo", Role.Auditor, "contributor@test.local", 1, "test", ct: Ct));
        Assert.Contains("role", ex.Errors.Keys);
        var contributor = new Caller(Guid.NewGuid(), "c", Guid.NewGuid(), "demo", Role.Contributor);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            tokens.CreateAsync(contributor, new ApiTokenInput { Name = "x", Role = Role.Viewer }, Ct));
    }

    [Fact]
    public async Task Demoting_or_removing_a_member_revokes_their_tokens_that_exceed_the_new_role()
    {
        app.RequireProvider();
        var email = await CreateAccountAsync();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var member = await (await admin.PostAsJsonAsync("/api/v1/orgs/demo/members", new { email, role = "governanceLead" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var userId = member.GetProperty("userId").GetGuid();
        await using var scope = app.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var lead = (await tokens.CreateAsync("demo", Role.GovernanceLead, email, 30, "test", ct: Ct)).Value;
        var viewer = (await tokens.CreateAsync("demo", Role.Viewer, email, 30, "test", ct: Ct)).Value;
        using var leadClient = app.ClientWithToken(lead);
        using var viewerClient = app.ClientWithToken(viewer);
        Assert.Equal(HttpStatusCode.OK, (await leadClient.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK,
            (await admin.PutAsJsonAsync($"/api/v1/orgs/demo/members/{userId}", new { role = "contributor" }, Ct)).StatusCode);
        await HttpAssertions.AssertProblemAsync(await leadClient.GetAsync("/api/v1/orgs/demo/ai-systems", Ct), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await viewerClient.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/orgs/demo/members/{userId}", Ct)).StatusCode);
        await HttpAssertions.AssertProblemAsync(await viewerClient.GetAsync("/api/v1/orgs/demo/ai-systems", Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Listings_never_expose_token_hashes()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var tokensBody = await admin.GetStringAsync("/api/v1/orgs/demo/tokens", Ct);
        var membersBody = await admin.GetStringAsync("/api/v1/orgs/demo/members", Ct);
        await using var db = await app.OpenDbAsync();
        var hashes = await db.ApiTokens.Select(t => t.TokenHash).ToListAsync(Ct);
        Assert.NotEmpty(hashes);
        foreach (var body in new[] { tokensBody, membersBody })
        {
            Assert.DoesNotContain("hash", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("password", body, StringComparison.OrdinalIgnoreCase);
            Assert.All(hashes, h => Assert.DoesNotContain(h, body, StringComparison.OrdinalIgnoreCase));
        }

        Assert.DoesNotContain(app.DemoAdminToken, tokensBody, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(tokensBody).RootElement.GetArrayLength() >= 3);
    }

    public static TheoryData<string, string, string, string> BadBodies => new()
    {
        { "member: missing e-mail", "members", "{\"role\":\"viewer\"}", "email" },
        { "member: not an e-mail", "members", "{\"email\":\"nobody\",\"role\":\"viewer\"}", "email" },
        { "member: unknown account", "members", "{\"email\":\"ghost@nowhere.test\",\"role\":\"viewer\"}", "email" },
        { "member: missing role", "members", "{\"email\":\"viewer@test.local\"}", "role" },
        { "member: unknown role", "members", "{\"email\":\"viewer@test.local\",\"role\":\"owner\"}", "role" },
        { "member: numeric role", "members", "{\"email\":\"viewer@test.local\",\"role\":4}", "role" },
        { "member: malformed JSON", "members", "{\"email\":\"x@y.z\",", "body" },
        { "token: missing name", "tokens", "{\"role\":\"viewer\"}", "name" },
        { "token: blank name", "tokens", "{\"name\":\"   \",\"role\":\"viewer\"}", "name" },
        { "token: 201-character name", "tokens", "{\"name\":\"" + new string('n', 201) + "\",\"role\":\"viewer\"}", "name" },
        { "token: missing role", "tokens", "{\"name\":\"x\"}", "role" },
        { "token: unknown role", "tokens", "{\"name\":\"x\",\"role\":\"root\"}", "role" },
        { "token: zero days", "tokens", "{\"name\":\"x\",\"role\":\"viewer\",\"expiresInDays\":0}", "expiresInDays" },
        { "token: 3651 days", "tokens", "{\"name\":\"x\",\"role\":\"viewer\",\"expiresInDays\":3651}", "expiresInDays" },
        { "token: days as text", "tokens", "{\"name\":\"x\",\"role\":\"viewer\",\"expiresInDays\":\"ten\"}", "expiresInDays" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_answers_400_naming_the_field_and_changes_nothing(string what, string resource, string json, string field)
    {
        app.RequireProvider();
        _ = what;
        // Tokens are created by signed-in people only, so this uses the session cookie.
        using var client = await app.SignedInClientAsync(AimsAppFactory.AdminEmail);
        var before = await CountsAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await client.PostAsync($"/api/v1/orgs/demo/{resource}", content, Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_role_change_without_a_role_answers_400_and_changes_nothing()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var members = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/members", Ct);
        var someone = members[0].GetProperty("userId").GetGuid();
        var before = await CountsAsync();
        await HttpAssertions.AssertProblemAsync(await client.PutAsJsonAsync($"/api/v1/orgs/demo/members/{someone}", new { }, Ct),
            HttpStatusCode.BadRequest, "role");
        await HttpAssertions.AssertProblemAsync(
            await client.PutAsJsonAsync($"/api/v1/orgs/demo/members/{someone}", new { role = "superAdmin" }, Ct), HttpStatusCode.BadRequest, "role");
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(int Memberships, int Tokens, int Revoked, int Ledger)> CountsAsync()
    {
        await using var db = await app.OpenDbAsync();
        return (await db.Memberships.CountAsync(Ct), await db.ApiTokens.CountAsync(Ct),
            await db.ApiTokens.CountAsync(t => t.RevokedAt != null, Ct), await db.LedgerEntries.CountAsync(Ct));
    }

    private static async Task<JsonElement?> MemberAsync(HttpClient client, Guid userId)
    {
        var members = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/members", Ct);
        return members.EnumerateArray().Where(m => m.GetProperty("userId").GetGuid() == userId).Select(m => (JsonElement?)m).FirstOrDefault();
    }

    /// <summary>An account that belongs to no organization yet (accounts are the operator's business, not the API's).</summary>
    private async Task<string> CreateAccountAsync()
    {
        var email = $"person-{Guid.NewGuid():N}@test.local";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var result = await users.CreateAsync(new AimsUser
        {
            UserName = email, Email = email, DisplayName = email.Split('@')[0], CreatedAt = DateTimeOffset.UtcNow,
        }, AimsAppFactory.AdminPassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }
}

public sealed class SqliteMembersAndTokensApiTests(SqliteAppFactory app) : MembersAndTokensApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresMembersAndTokensApiTests(PostgresAppFactory app) : MembersAndTokensApiTests(app), IClassFixture<PostgresAppFactory>;
