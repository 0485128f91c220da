using System.Net;
using System.Net.Http.Json;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests;

/// <summary>
/// Tokens and callers are remembered between requests (validated against the ledger heads), so these tests make each
/// answer cached first and then change the rows behind it the way another process would — a second context writing
/// straight to the database, not through the cache — and expect the very next request to see the change.
/// </summary>
public abstract class AccessCacheTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_revoked_elsewhere_is_refused_on_the_next_request()
    {
        app.RequireProvider();
        using var token = app.ClientWithToken(app.DemoViewerToken);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
        }

        await using (var db = await app.OpenDbAsync())
        {
            var viewerToken = await db.ApiTokens.SingleAsync(t => t.Role == Aims.Core.Access.Role.Viewer && t.RevokedAt == null, Ct);
            viewerToken.RevokedAt = DateTimeOffset.UtcNow;
            db.Actor = "another process";
            await db.SaveChangesAsync(Ct);
        }

        await HttpAssertions.AssertProblemAsync(await token.GetAsync("/api/v1/orgs/demo/ai-systems", Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_member_demoted_elsewhere_loses_the_right_on_the_next_request()
    {
        app.RequireProvider();
        using var contributor = await app.SignedInClientAsync("contributor@test.local");
        for (var i = 0; i < 2; i++)
        {
            var made = await contributor.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "Cached rights " + Guid.NewGuid() }, Ct);
            Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        }

        await using (var db = await app.OpenDbAsync())
        {
            var user = await db.Users.SingleAsync(u => u.Email == "contributor@test.local", Ct);
            var membership = await db.Memberships.SingleAsync(m => m.UserId == user.Id, Ct);
            membership.Role = Aims.Core.Access.Role.Viewer;
            await db.SaveChangesAsync(Ct);
        }

        await HttpAssertions.AssertProblemAsync(
            await contributor.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "After the demotion" }, Ct),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_operator_whose_rights_end_elsewhere_stops_seeing_an_organization_on_the_next_request()
    {
        app.RequireProvider();
        // The bootstrap administrator is an operator (system admin) and no member of acme: it sees acme as Admin.
        using var operatorClient = await app.SignedInClientAsync(AimsAppFactory.AdminEmail);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("/api/v1/orgs/acme/ai-systems", Ct)).StatusCode);
        }

        await using (var db = await app.OpenDbAsync())
        {
            var admin = await db.Users.SingleAsync(u => u.Email == AimsAppFactory.AdminEmail, Ct);
            admin.IsSystemAdmin = false;
            await db.SaveChangesAsync(Ct);
        }

        try
        {
            await HttpAssertions.AssertProblemAsync(await operatorClient.GetAsync("/api/v1/orgs/acme/ai-systems", Ct), HttpStatusCode.NotFound);
        }
        finally
        {
            await using var db = await app.OpenDbAsync();
            (await db.Users.SingleAsync(u => u.Email == AimsAppFactory.AdminEmail, Ct)).IsSystemAdmin = true;
            await db.SaveChangesAsync(Ct);
        }
    }

    [Fact]
    public async Task An_organization_that_starts_requiring_two_factor_sign_in_applies_it_on_the_next_request()
    {
        app.RequireProvider();
        using var viewer = await app.SignedInClientAsync("viewer@test.local");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
        await SetRequireMfaAsync(true);
        try
        {
            await HttpAssertions.AssertProblemAsync(await viewer.GetAsync("/api/v1/orgs/demo/ai-systems", Ct), HttpStatusCode.Forbidden);
        }
        finally
        {
            await SetRequireMfaAsync(false);
        }

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
    }

    private async Task SetRequireMfaAsync(bool require)
    {
        await using var db = await app.OpenDbAsync();
        (await db.Organizations.SingleAsync(o => o.Slug == "demo", Ct)).RequireMfa = require;
        await db.SaveChangesAsync(Ct);
    }
}

public sealed class SqliteAccessCacheTests(SqliteAppFactory app) : AccessCacheTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresAccessCacheTests(PostgresAppFactory app) : AccessCacheTests(app), IClassFixture<PostgresAppFactory>;
