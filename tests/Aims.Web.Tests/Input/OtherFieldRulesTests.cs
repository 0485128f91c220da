using System.Net;
using System.Text;
using Aims.Core.AiSystems;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests.Input;

/// <summary>
/// Token lifetimes validate instead of clamping (API and CLI), the same character rules hold for token, organization
/// and user names, and the CLI prints stored text with visible escapes. Nothing is stored or ledgered on rejection.
/// </summary>
public abstract class OtherFieldRulesTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("99999")]
    [InlineData("\"abc\"")]
    [InlineData("1.5")]
    public async Task Api_token_expiry_outside_1_to_3650_days_is_400_naming_expiresInDays_and_creates_nothing(string days)
    {
        app.RequireProvider();
        using var client = await app.SignedInClientAsync(AimsAppFactory.AdminEmail);
        var before = await CountsAsync();
        using var content = new StringContent($"{{\"name\":\"Expiry probe\",\"role\":\"viewer\",\"expiresInDays\":{days}}}",
            Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/v1/orgs/demo/tokens", content, Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "expiresInDays");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Api_tokens_expire_after_90_days_unless_null_is_sent_explicitly()
    {
        app.RequireProvider();
        using var client = await app.SignedInClientAsync(AimsAppFactory.AdminEmail);
        using var absent = new StringContent("{\"name\":\"Default expiry\",\"role\":\"viewer\"}", Encoding.UTF8, "application/json");
        using var explicitNull = new StringContent("{\"name\":\"No expiry\",\"role\":\"viewer\",\"expiresInDays\":null}",
            Encoding.UTF8, "application/json");
        var byDefault = await ReadRecordAsync(await client.PostAsync("/api/v1/orgs/demo/tokens", absent, Ct));
        var never = await ReadRecordAsync(await client.PostAsync("/api/v1/orgs/demo/tokens", explicitNull, Ct));
        Assert.Equal(TimeSpan.FromDays(90),
            byDefault.GetProperty("expiresAt").GetDateTimeOffset() - byDefault.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, never.GetProperty("expiresAt").ValueKind);
    }

    [Theory]
    [InlineData("RTL override", "CI\u202Epipeline")]
    [InlineData("ESC", "CI \u001b[31m")]
    [InlineData("zero-width only", "\u200B\u200C")]
    public async Task Api_token_names_follow_the_character_rules(string what, string name)
    {
        app.RequireProvider();
        _ = what;
        using var client = await app.SignedInClientAsync(AimsAppFactory.AdminEmail);
        var before = await CountsAsync();
        using var content = JsonBody(new { name, role = "viewer", expiresInDays = 30 });
        await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/orgs/demo/tokens", content, Ct),
            HttpStatusCode.BadRequest, "name");
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("99999")]
    [InlineData("abc")]
    [InlineData("")]
    public async Task Cli_token_expiry_errors_name_the_option_and_create_nothing(string expires)
    {
        app.RequireProvider();
        var before = await CountsAsync();
        var (code, output, error) = await RunCliAsync("tokens", "create", "--org", "demo", "--role", "Viewer", "--user",
            AimsAppFactory.AdminEmail, "--expires", expires);
        Assert.Equal(2, code);
        Assert.Contains("--expires", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Cli_tokens_expire_after_90_days_unless_never_is_chosen_explicitly()
    {
        app.RequireProvider();
        var (code, defaultToken, error) = await RunCliAsync("tokens", "create", "--org", "demo", "--role", "Viewer", "--user",
            AimsAppFactory.AdminEmail);
        Assert.True(code == 0, error);
        (code, var neverToken, error) = await RunCliAsync("tokens", "create", "--org", "demo", "--role", "Viewer", "--user",
            AimsAppFactory.AdminEmail, "--expires", "never");
        Assert.True(code == 0, error);
        await using var db = await app.OpenDbAsync();
        var byDefault = await db.ApiTokens.SingleAsync(t => t.Prefix == defaultToken.Trim().Substring(0, 12), Ct);
        var never = await db.ApiTokens.SingleAsync(t => t.Prefix == neverToken.Trim().Substring(0, 12), Ct);
        Assert.Equal(TimeSpan.FromDays(90), byDefault.ExpiresAt - byDefault.CreatedAt);
        Assert.Null(never.ExpiresAt);
    }

    [Theory]
    [InlineData("orgs", "ESC in organization name", "--name", "Acme \u001b[2J")]
    [InlineData("orgs", "zero-width organization name", "--name", "\u200B")]
    [InlineData("orgs", "RTL override in sector", "--sector", "Bank\u202E")]
    [InlineData("users", "BEL in display name", "--name", "Ann\u0007")]
    [InlineData("users", "invisible display name", "--name", "\u3164")]
    public async Task Organization_and_user_names_follow_the_character_rules(string command, string what, string option, string value)
    {
        app.RequireProvider();
        _ = what;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        string[] args = (command, option) switch
        {
            ("orgs", "--name") => ["orgs", "create", "--slug", "rules-" + suffix, "--name", value],
            ("orgs", _) => ["orgs", "create", "--slug", "rules-" + suffix, "--name", "Rules " + suffix, option, value],
            _ => ["users", "create", "--email", $"rules-{suffix}@test.local", option, value],
        };

        var before = await CountsAsync();
        var (code, _, error) = await RunCliAsync(args);
        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        await using var db = await app.OpenDbAsync();
        Assert.False(await db.Organizations.AnyAsync(o => o.Slug == "rules-" + suffix, Ct));
        Assert.False(await db.Users.AnyAsync(u => u.Email == $"rules-{suffix}@test.local", Ct));
    }

    [Fact]
    public async Task Cli_systems_list_prints_stored_control_and_bidi_characters_as_escapes()
    {
        app.RequireProvider();
        // Rows from before these rules existed may hold such names; write one directly, as an old version could have.
        var marker = Guid.NewGuid().ToString("N")[..6];
        var name = $"L{marker}\u001b[2J\u0007\u202Ex";
        await using (var db = await app.OpenDbAsync())
        {
            db.Actor = "test:legacy";
            var demo = await db.Organizations.SingleAsync(o => o.Slug == "demo", Ct);
            var owner = await db.Users.SingleAsync(u => u.Email == AimsAppFactory.AdminEmail, Ct);
            db.AiSystems.Add(new AiSystem
            {
                OrganizationId = demo.Id, Name = name, NameKey = "legacy-" + marker, OwnerId = owner.Id, Status = AiSystemStatus.Active,
            });
            await db.SaveChangesAsync(Ct);
        }

        var (code, output, error) = await RunCliAsync("systems", "list", "--org", "demo", "--search", marker, "--api", "http://localhost/",
            "--token", app.DemoAdminToken);
        Assert.True(code == 0, error);
        Assert.Contains($@"L{marker}\u001b[2J\u0007\u202ex", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u202E', output);
    }

    private static async Task<System.Text.Json.JsonElement> ReadRecordAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("record").Clone();
    }

    private static StringContent JsonBody(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private Task<(int Code, string Output, string Error)> RunCliAsync(params string[] args) => CliRun.RunAsync(app, args);

    private async Task<(int Tokens, int Organizations, int Users, int Ledger)> CountsAsync()
    {
        await using var db = await app.OpenDbAsync();
        return (await db.ApiTokens.CountAsync(Ct), await db.Organizations.CountAsync(Ct), await db.Users.CountAsync(Ct),
            await db.LedgerEntries.CountAsync(Ct));
    }
}

public sealed class SqliteOtherFieldRulesTests(SqliteAppFactory app) : OtherFieldRulesTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresOtherFieldRulesTests(PostgresAppFactory app) : OtherFieldRulesTests(app), IClassFixture<PostgresAppFactory>;
