using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests.Input;

/// <summary>
/// AI system names over HTTP, once per provider: unique per organization among non-archived systems on the
/// normalized key (409 naming <c>name</c>, also under concurrent creates), and the character rules (400 naming the
/// field). A rejected request stores nothing and writes nothing to the ledger.
/// </summary>
public abstract class AiSystemNameRulesTests(AimsAppFactory app)
{
    private const string Systems = "/api/v1/orgs/demo/ai-systems";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> SameNames => new()
    {
        { "Straße Monitor", "STRASSE MONITOR" },
        { "Straße Monitor", "ｓｔｒａｓｓｅ monitor" },
        { "Ångström scorer", "\u212Bngström SCORER" },
        { "Ångström scorer", "A\u030Angström scorer" },
        { "Claims triage", "  claims   TRIAGE " },
        { "Claims triage", "Cla\u200Bims triage" },
    };

    [Theory]
    [MemberData(nameof(SameNames))]
    public async Task A_second_system_with_the_same_normalized_name_is_409_naming_name_and_changes_nothing(string first, string second)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var tag = " " + Guid.NewGuid().ToString("N")[..6];
        (await client.PostAsJsonAsync(Systems, new { name = first + tag }, Ct)).EnsureSuccessStatusCode();
        var before = await CountsAsync();
        var response = await client.PostAsJsonAsync(Systems, new { name = second + tag.ToUpperInvariant() }, Ct);
        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.Conflict, "name");
        Assert.Contains("already named", problem.GetProperty("errors").GetProperty("name")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Another_organization_may_use_the_same_name()
    {
        app.RequireProvider();
        var name = "Shared name " + Guid.NewGuid().ToString("N")[..6];
        using var demo = app.ClientWithToken(app.DemoAdminToken);
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        Assert.Equal(HttpStatusCode.Created, (await demo.PostAsJsonAsync(Systems, new { name }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await acme.PostAsJsonAsync("/api/v1/orgs/acme/ai-systems", new { name }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Renaming_onto_a_taken_name_is_409_and_an_archived_name_is_free_until_its_system_is_restored()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var name = "Retiring model " + Guid.NewGuid().ToString("N")[..6];
        var old = await CreateAsync(client, name);
        var other = await CreateAsync(client, name + " other");

        var rename = await client.PutAsJsonAsync($"{Systems}/{other}", new { name = name.ToUpperInvariant() }, Ct);
        await HttpAssertions.AssertProblemAsync(rename, HttpStatusCode.Conflict, "name");

        (await client.PostAsJsonAsync($"{Systems}/{old}/archive", new { reason = "Replaced" }, Ct)).EnsureSuccessStatusCode();
        var successor = await CreateAsync(client, name);
        Assert.NotEqual(old, successor);

        var before = await CountsAsync();
        var restore = await client.PostAsync($"{Systems}/{old}/restore", null, Ct);
        await HttpAssertions.AssertProblemAsync(restore, HttpStatusCode.Conflict, "name");
        Assert.Equal(before, await CountsAsync());
        var stillArchived = await client.GetFromJsonAsync<JsonElement>($"{Systems}/{old}", Ct);
        Assert.Equal("archived", stillArchived.GetProperty("status").GetString());

        // Saving a system under its own name (a case change included) is not a conflict with itself.
        var self = await client.PutAsJsonAsync($"{Systems}/{successor}", new { name = name.ToLowerInvariant() }, Ct);
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
    }

    [Fact]
    public async Task Concurrent_creates_with_one_name_give_one_201_and_409s_never_a_500()
    {
        app.RequireProvider();
        var name = "Race " + Guid.NewGuid().ToString("N")[..6];
        var before = await CountsAsync();
        var tasks = Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = app.ClientWithToken(app.DemoAdminToken);
            // Different spellings of one name, so the key (not the raw text) is what collides.
            var response = await client.PostAsJsonAsync(Systems, new { name = i % 2 == 0 ? name : name.ToUpperInvariant() }, Ct);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Ct));
        }).ToList();
        var results = await Task.WhenAll(tasks);
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(results.Where(r => r.StatusCode != HttpStatusCode.Created), r =>
        {
            Assert.True(r.StatusCode == HttpStatusCode.Conflict, $"{(int)r.StatusCode}: {r.Body}");
            Assert.Contains("\"name\"", r.Body, StringComparison.Ordinal);
        });
        var after = await CountsAsync();
        Assert.Equal(before.Systems + 1, after.Systems);
        Assert.Equal(before.Ledger + 2, after.Ledger); // the system and the first step of its life-cycle timeline
    }

    public static TheoryData<string, string, string> BadText => new()
    {
        { "ESC in name", "{\"name\":\"Model \\u001b[31mred\"}", "name" },
        { "NUL in name", "{\"name\":\"Model\\u0000\"}", "name" },
        { "BEL in name", "{\"name\":\"Model\\u0007\"}", "name" },
        { "RTL override in name", "{\"name\":\"Invoice\\u202Efdp.exe\"}", "name" },
        { "newline in name", "{\"name\":\"Two\\nlines\"}", "name" },
        { "tab in name", "{\"name\":\"Tab\\tname\"}", "name" },
        { "zero-width name", "{\"name\":\"\\u200B\\u200B\"}", "name" },
        { "format characters only", "{\"name\":\"\\u2060\\uFEFF\\u00AD\"}", "name" },
        { "ESC in purpose", "{\"name\":\"Ok name\",\"purpose\":\"a\\u001b[2Jb\"}", "purpose" },
        { "NUL in intended use", "{\"name\":\"Ok name\",\"intendedUse\":\"a\\u0000b\"}", "intendedUse" },
        { "8 001-character purpose", "{\"name\":\"Ok name\",\"purpose\":\"" + new string('p', 8001) + "\"}", "purpose" },
    };

    [Theory]
    [MemberData(nameof(BadText))]
    public async Task Control_bidi_and_invisible_text_is_400_naming_the_field_and_changes_nothing(string what, string json, string field)
    {
        app.RequireProvider();
        _ = what;
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await CountsAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        await HttpAssertions.AssertProblemAsync(await client.PostAsync(Systems, content, Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Multi_line_fields_keep_tabs_line_breaks_and_exactly_8000_characters()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var purpose = "Line one\n\tindented\r\n" + new string('x', 8000 - 20);
        Assert.Equal(8000, purpose.Length);
        var response = await client.PostAsJsonAsync(Systems,
            new { name = "Multi-line " + Guid.NewGuid().ToString("N")[..6], purpose, intendedUse = "مراجعة \u202Bبشرية\u202C" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await using var db = await app.OpenDbAsync();
        var stored = await db.AiSystems.IgnoreQueryFilters().SingleAsync(s => s.Id == id, Ct);
        Assert.Equal(purpose, stored.Purpose);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string name)
    {
        var response = await client.PostAsJsonAsync(Systems, new { name }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private async Task<(int Systems, int Ledger)> CountsAsync()
    {
        await using var db = await app.OpenDbAsync();
        return (await db.AiSystems.IgnoreQueryFilters().CountAsync(Ct), await db.LedgerEntries.CountAsync(Ct));
    }
}

public sealed class SqliteAiSystemNameRulesTests(SqliteAppFactory app) : AiSystemNameRulesTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresAiSystemNameRulesTests(PostgresAppFactory app) : AiSystemNameRulesTests(app), IClassFixture<PostgresAppFactory>;
