using System.Net;
using Aims.Core.Access;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aims.Web.Tests;

/// <summary>Issue 7 §2: sessions end on the server, sign-in says nothing about which accounts exist, bad posts log once.</summary>
public abstract class SessionAndSignInTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_out_ends_the_session_on_the_server_so_a_replayed_cookie_is_refused()
    {
        app.RequireProvider();
        using var browser = new ManualSession(app);
        Assert.Equal("/", (await browser.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword)).Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/orgs")).StatusCode);
        var stolen = new Dictionary<string, string>(browser.Cookies);

        // Sign-out needs the antiforgery token of the signed-in page; without it nothing happens (400) and the session stays.
        var forged = await browser.PostFormAsync("/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/orgs")).StatusCode);

        var token = await browser.AntiforgeryTokenAsync("/");
        var signOut = await browser.PostFormAsync("/account/logout", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/login", signOut.Headers.Location?.ToString());

        using var replay = new ManualSession(app, cookies: stolen);
        await HttpAssertions.AssertProblemAsync(await replay.GetAsync("/api/v1/orgs"), HttpStatusCode.Unauthorized);
        var page = await replay.GetAsync("/o/demo/ai-systems");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Known_and_unknown_addresses_get_the_same_answer_the_same_hashing_work_and_the_same_lockout()
    {
        app.RequireProvider();
        var hasher = new CountingPasswordHasher();
        await using var counted = app.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<AimsUser>>(hasher)));
        var known = $"known-{Guid.NewGuid():N}@test.local";
        var unknown = $"nobody-{Guid.NewGuid():N}@test.local";
        await using (var scope = counted.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
            var created = await users.CreateAsync(new AimsUser { UserName = known, Email = known, CreatedAt = DateTimeOffset.UtcNow },
                AimsAppFactory.AdminPassword);
            Assert.True(created.Succeeded);
        }

        using var browser = new ManualSession(counted);
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var (knownAnswer, knownWork) = await AttemptAsync(browser, hasher, known, "Wrong-Password-1");
            var (unknownAnswer, unknownWork) = await AttemptAsync(browser, hasher, unknown, "Wrong-Password-1");
            Assert.Equal(1, knownWork);
            Assert.Equal(knownWork, unknownWork);
            Assert.Equal(knownAnswer.Replace(Uri.EscapeDataString(known), "EMAIL", StringComparison.Ordinal),
                unknownAnswer.Replace(Uri.EscapeDataString(unknown), "EMAIL", StringComparison.Ordinal));
            // Identity's default: the fifth failure locks, for every address alike.
            Assert.Contains(attempt >= 5 ? "error=locked" : "error=invalid", knownAnswer, StringComparison.Ordinal);
        }

        // Locked means locked, even with the right password, after the same single verification.
        var (correct, work) = await AttemptAsync(browser, hasher, known, AimsAppFactory.AdminPassword);
        Assert.Equal(1, work);
        Assert.Contains("error=locked", correct, StringComparison.Ordinal);
    }

    private static async Task<(string Answer, int Verifications)> AttemptAsync(ManualSession browser, CountingPasswordHasher hasher,
        string email, string password)
    {
        var token = await browser.AntiforgeryTokenAsync("/account/login");
        var before = hasher.Verifications;
        var response = await browser.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token,
        });
        var work = hasher.Verifications - before;
        var body = await response.Content.ReadAsStringAsync(Ct);
        return ($"{(int)response.StatusCode} {response.Headers.Location} [{body}]", work);
    }

    [Fact]
    public async Task Redirects_and_the_api_description_never_take_their_host_from_the_host_header()
    {
        app.RequireProvider();
        using var browser = new ManualSession(app);
        var redirect = await browser.GetAsync("/o/demo/ai-systems", host: "evil.example");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!.ToString();
        Assert.StartsWith("/account/login?ReturnUrl=", location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", location, StringComparison.OrdinalIgnoreCase);

        var openApi = await (await browser.GetAsync("/openapi/v1.json", host: "evil.example")).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("evil.example", openApi, StringComparison.OrdinalIgnoreCase);

        await using var configured = app.WithWebHostBuilder(b => b.UseSetting("Aims:PublicUrl", "https://aims.example.org"));
        using var viaProxy = new ManualSession(configured);
        var absolute = await viaProxy.GetAsync("/o/demo/ai-systems", host: "evil.example");
        Assert.StartsWith("https://aims.example.org/account/login?ReturnUrl=", absolute.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_https_responses_carry_hsts_and_every_cookie_is_secure()
    {
        app.RequireProvider();
        using var plain = new ManualSession(app);
        var http = await plain.GetAsync("/account/login");
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));

        using var tls = new ManualSession(app, new Uri("https://localhost"));
        var page = await tls.GetAsync("/account/login");
        Assert.Equal("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single());
        await tls.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        AssertAllSecure(tls, ".AspNetCore.Antiforgery", "aims.auth");

        // TLS ending at a proxy: the host sees plain HTTP, but the public address says https.
        await using var behindProxy = app.WithWebHostBuilder(b => b.UseSetting("Aims:PublicUrl", "https://aims.example.org"));
        using var proxied = new ManualSession(behindProxy);
        Assert.True((await proxied.GetAsync("/account/login")).Headers.Contains("Strict-Transport-Security"));
        await proxied.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        AssertAllSecure(proxied, ".AspNetCore.Antiforgery", "aims.auth");
    }

    private static void AssertAllSecure(ManualSession session, params string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            var headers = session.SetCookieHeaders.Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            Assert.True(headers.Count > 0, $"no {prefix} cookie was set");
            Assert.All(headers, h => Assert.Contains("; secure", h, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Authenticated_api_answers_are_not_stored_by_caches()
    {
        app.RequireProvider();
        using var token = app.ClientWithToken(app.DemoViewerToken);
        var viaToken = await token.GetAsync("/api/v1/orgs/demo/ai-systems", Ct);
        Assert.Equal(HttpStatusCode.OK, viaToken.StatusCode);
        Assert.True(viaToken.Headers.CacheControl?.NoStore, "token answer lacks Cache-Control: no-store");

        using var browser = new ManualSession(app);
        await browser.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        var viaCookie = await browser.GetAsync("/api/v1/orgs");
        Assert.Equal(HttpStatusCode.OK, viaCookie.StatusCode);
        Assert.True(viaCookie.Headers.CacheControl?.NoStore, "cookie answer lacks Cache-Control: no-store");
    }

    [Fact]
    public async Task A_sign_in_post_without_antiforgery_token_is_a_clear_400_page_and_one_log_line()
    {
        app.RequireProvider();
        var logs = new LogCapture();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(logs))));
        using var client = logged.CreateClient(new() { AllowAutoRedirect = false });
        _ = await client.GetAsync("/health", Ct); // start the host before counting
        logs.Entries.Clear();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "a@b.c", ["password"] = "x" });
        var response = await client.PostAsync("/account/login", form, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Request not accepted", body, StringComparison.Ordinal);
        Assert.Contains("The form has expired", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);

        var visible = logs.Entries.Where(e => e.Level >= LogLevel.Information).ToList();
        var entry = Assert.Single(visible);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Null(entry.Exception);
        Assert.Contains("/account/login", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', entry.Message);
    }
}

public sealed class SqliteSessionAndSignInTests(SqliteAppFactory app) : SessionAndSignInTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresSessionAndSignInTests(PostgresAppFactory app) : SessionAndSignInTests(app), IClassFixture<PostgresAppFactory>;
