using System.Net;
using Aims.Core.Access;
using Aims.Core.Administration;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Aims.Web.Tests;

/// <summary>Two-factor sign-in over HTTP, the organization rule that requires it, and its secrets kept out of the ledger.</summary>
public abstract class MfaTests(AimsAppFactory app)
{
    [Fact]
    public async Task Password_alone_is_not_enough_and_a_code_or_a_recovery_code_once_completes_the_sign_in()
    {
        app.RequireProvider();
        var (email, key, recoveryCodes) = await CreateEnrolledUserAsync();

        using var browser = new ManualSession(app);
        var password = await browser.SignInAsync(email, AimsAppFactory.AdminPassword, returnUrl: "/catalog");
        Assert.Equal("/account/login/mfa?returnUrl=%2Fcatalog", password.Headers.Location?.ToString());
        await HttpAssertions.AssertProblemAsync(await browser.GetAsync("/api/v1/orgs"), HttpStatusCode.Unauthorized);

        var wrong = await PostCodeAsync(browser, "/account/login/mfa", "000000");
        Assert.StartsWith("/account/login/mfa?error=invalid", wrong.Headers.Location?.ToString(), StringComparison.Ordinal);
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
        Assert.Equal("/catalog", (await PostCodeAsync(browser, "/account/login/mfa", code, "/catalog")).Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/orgs")).StatusCode);

        using var lostPhone = new ManualSession(app);
        await lostPhone.SignInAsync(email, AimsAppFactory.AdminPassword);
        Assert.Equal("/", (await PostCodeAsync(lostPhone, "/account/login/recovery", recoveryCodes[0])).Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await lostPhone.GetAsync("/api/v1/orgs")).StatusCode);

        using var reuse = new ManualSession(app);
        await reuse.SignInAsync(email, AimsAppFactory.AdminPassword);
        var reused = await PostCodeAsync(reuse, "/account/login/recovery", recoveryCodes[0]);
        Assert.StartsWith("/account/login/recovery?error=invalid", reused.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organization_requiring_mfa_turns_away_sessions_without_it_while_its_tokens_keep_working()
    {
        app.RequireProvider();
        var slug = "mfa-" + Guid.NewGuid().ToString("N")[..8];
        var email = $"admin-{slug}@test.local";
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
            Assert.True((await users.CreateAsync(new AimsUser { UserName = email, Email = email, CreatedAt = DateTimeOffset.UtcNow },
                AimsAppFactory.AdminPassword)).Succeeded);
            var admin = scope.ServiceProvider.GetRequiredService<InstallationAdminService>();
            await admin.CreateOrganizationAsync("test", "MFA org", slug, null, TestContext.Current.CancellationToken);
            await admin.SetMembershipAsync("test", slug, email, Role.Admin, TestContext.Current.CancellationToken);
            token = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                .CreateAsync(slug, Role.Viewer, email, 30, "test", ct: TestContext.Current.CancellationToken)).Value;
        }

        using var viewer = new ManualSession(app);
        await viewer.SignInAsync("viewer@test.local", AimsAppFactory.AdminPassword);
        await HttpAssertions.AssertProblemAsync(await viewer.SendAsync(Put("/api/v1/orgs/demo/settings", true)), HttpStatusCode.Forbidden);

        using var session = new ManualSession(app);
        await session.SignInAsync(email, AimsAppFactory.AdminPassword);
        await HttpAssertions.AssertProblemAsync(await session.SendAsync(Put($"/api/v1/orgs/{slug}/settings", null)),
            HttpStatusCode.BadRequest, "requireMfa");
        var saved = await session.SendAsync(Put($"/api/v1/orgs/{slug}/settings", true));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("\"requireMfa\":true", await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);

        var refused = await HttpAssertions.AssertProblemAsync(await session.GetAsync($"/api/v1/orgs/{slug}/ai-systems"),
            HttpStatusCode.Forbidden);
        Assert.Equal("Two-factor sign-in required", refused.GetProperty("title").GetString());
        using (var automation = app.ClientWithToken(token))
        {
            Assert.Equal(HttpStatusCode.OK,
                (await automation.GetAsync($"/api/v1/orgs/{slug}/ai-systems", TestContext.Current.CancellationToken)).StatusCode);
        }

        var (code, _, error) = await CliRun.RunAsync(app, "tokens", "create", "--org", slug, "--role", "Viewer", "--user", email);
        Assert.Equal(2, code);
        Assert.Contains("two-factor", error, StringComparison.Ordinal);

        await EnrolAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/api/v1/orgs/{slug}/ai-systems")).StatusCode);
        var created = await session.PostJsonAsync($"/api/v1/orgs/{slug}/tokens", """{"name":"ci","role":"Viewer","expiresInDays":1}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task The_ledger_never_holds_an_authenticator_key_or_recovery_code()
    {
        app.RequireProvider();
        var (email, key, codes) = await CreateEnrolledUserAsync();
        await using var db = await app.OpenDbAsync();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        var entries = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.EntityType == "IdentityUserToken`1" && e.EntityId.StartsWith(userId.ToString()))
            .Select(e => e.Payload).ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(entries);
        Assert.All(entries, payload =>
        {
            Assert.DoesNotContain(key, payload, StringComparison.OrdinalIgnoreCase);
            Assert.All(codes, c => Assert.DoesNotContain(c, payload, StringComparison.OrdinalIgnoreCase));
        });
    }

    private static HttpRequestMessage Put(string path, bool? requireMfa) => new(HttpMethod.Put, path)
    {
        Content = new StringContent(requireMfa is null ? "{}" : $$"""{"requireMfa":{{(requireMfa.Value ? "true" : "false")}}}""",
            System.Text.Encoding.UTF8, "application/json"),
    };

    private static async Task<HttpResponseMessage> PostCodeAsync(ManualSession session, string path, string code, string returnUrl = "/")
    {
        var token = await session.AntiforgeryTokenAsync(path);
        return await session.PostFormAsync(path, new Dictionary<string, string>
        {
            ["code"] = code, ["returnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        });
    }

    private async Task<(string Email, string Key, IReadOnlyList<string> RecoveryCodes)> CreateEnrolledUserAsync()
    {
        var email = $"mfa-{Guid.NewGuid():N}@test.local";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
            Assert.True((await users.CreateAsync(new AimsUser { UserName = email, Email = email, CreatedAt = DateTimeOffset.UtcNow },
                AimsAppFactory.AdminPassword)).Succeeded);
        }

        var (key, codes) = await EnrolAsync(email);
        return (email, key, codes);
    }

    /// <summary>What the enrolment page does, through Identity's authenticator API.</summary>
    private async Task<(string Key, IReadOnlyList<string> Codes)> EnrolAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        Assert.True(await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider,
            new Totp(Base32Encoding.ToBytes(key)).ComputeTotp()));
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        return (key, codes);
    }
}

public sealed class SqliteMfaTests(SqliteAppFactory app) : MfaTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresMfaTests(PostgresAppFactory app) : MfaTests(app), IClassFixture<PostgresAppFactory>;
