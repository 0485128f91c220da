using System.Net;
using System.Text.RegularExpressions;
using Aims.Core.Access;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests;

/// <summary>Users change their own password; passwords chosen by someone else must be changed at first sign-in.</summary>
public abstract partial class PasswordChangeTests(AimsAppFactory app)
{
    private const string OwnPassword = "My-Own-Choice-2026";

    [Fact]
    public async Task An_operator_created_account_must_replace_its_one_time_password_before_anything_else()
    {
        app.RequireProvider();
        var email = $"new-{Guid.NewGuid():N}@test.local";
        var (code, output, _) = await CliRun.RunAsync(app, "users", "create", "--email", email);
        Assert.Equal(0, code);
        var oneTime = OneTimePassword().Match(output).Groups[1].Value;

        using var browser = new ManualSession(app);
        Assert.Equal("/", (await browser.SignInAsync(email, oneTime)).Headers.Location?.ToString());
        var page = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/password?returnUrl=%2F", page.Headers.Location?.ToString());
        var api = await HttpAssertions.AssertProblemAsync(await browser.GetAsync("/api/v1/orgs"), HttpStatusCode.Forbidden);
        Assert.Equal("Password change required", api.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/password")).StatusCode);

        await HttpAssertions.AssertProblemAsync(await ChangeAsync(browser, "wrong-one", OwnPassword), HttpStatusCode.BadRequest,
            "currentPassword");
        await HttpAssertions.AssertProblemAsync(await ChangeAsync(browser, oneTime, "short"), HttpStatusCode.BadRequest, "newPassword");
        Assert.Equal(HttpStatusCode.NoContent, (await ChangeAsync(browser, oneTime, OwnPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/orgs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        app.RequireProvider();
        var email = await CreateUserAsync();
        using var here = new ManualSession(app);
        using var elsewhere = new ManualSession(app);
        await here.SignInAsync(email, AimsAppFactory.AdminPassword);
        await elsewhere.SignInAsync(email, AimsAppFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.NoContent, (await ChangeAsync(here, AimsAppFactory.AdminPassword, OwnPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/v1/orgs")).StatusCode);
        await HttpAssertions.AssertProblemAsync(await elsewhere.GetAsync("/api/v1/orgs"), HttpStatusCode.Unauthorized);
        using var again = new ManualSession(app);
        Assert.Contains("error=invalid", (await again.SignInAsync(email, AimsAppFactory.AdminPassword)).Headers.Location?.ToString(),
            StringComparison.Ordinal);
        Assert.Equal("/", (await again.SignInAsync(email, OwnPassword)).Headers.Location?.ToString());
    }

    [Fact]
    public async Task Reset_password_ends_open_sessions_and_the_new_password_must_be_changed()
    {
        app.RequireProvider();
        var email = await CreateUserAsync();
        using var before = new ManualSession(app);
        await before.SignInAsync(email, AimsAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/api/v1/orgs")).StatusCode);

        var (code, output, _) = await CliRun.RunAsync(app, "users", "reset-password", "--email", email);
        Assert.Equal(0, code);
        Assert.Contains("must be changed at the next sign-in", output, StringComparison.Ordinal);
        await HttpAssertions.AssertProblemAsync(await before.GetAsync("/api/v1/orgs"), HttpStatusCode.Unauthorized);

        using var after = new ManualSession(app);
        Assert.Equal("/", (await after.SignInAsync(email, OneTimePassword().Match(output).Groups[1].Value)).Headers.Location?.ToString());
        await HttpAssertions.AssertProblemAsync(await after.GetAsync("/api/v1/orgs"), HttpStatusCode.Forbidden);

        var (unknownCode, _, error) = await CliRun.RunAsync(app, "users", "reset-password", "--email", "nobody@test.local");
        Assert.Equal(2, unknownCode);
        Assert.Contains("email", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_token_cannot_change_its_owners_password()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        using var body = new StringContent("""{"currentPassword":"x","newPassword":"Another-Pa55word"}""", System.Text.Encoding.UTF8,
            "application/json");
        await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/me/password", body, TestContext.Current.CancellationToken),
            HttpStatusCode.Forbidden);
    }

    private async Task<string> CreateUserAsync()
    {
        var email = $"user-{Guid.NewGuid():N}@test.local";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        Assert.True((await users.CreateAsync(new AimsUser { UserName = email, Email = email, CreatedAt = DateTimeOffset.UtcNow },
            AimsAppFactory.AdminPassword)).Succeeded);
        return email;
    }

    private static Task<HttpResponseMessage> ChangeAsync(ManualSession session, string current, string next) =>
        session.PostJsonAsync("/api/v1/me/password",
            System.Text.Json.JsonSerializer.Serialize(new { currentPassword = current, newPassword = next }));

    [GeneratedRegex("One-time password: (\\S+)")]
    private static partial Regex OneTimePassword();
}

public sealed class SqlitePasswordChangeTests(SqliteAppFactory app) : PasswordChangeTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresPasswordChangeTests(PostgresAppFactory app) : PasswordChangeTests(app), IClassFixture<PostgresAppFactory>;
