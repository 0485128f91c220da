using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Establishment.EstablishmentApiTests;

namespace Aims.Web.Tests.AiSystems;

/// <summary>
/// An AI system's profile over HTTP on both providers: <c>PUT …/profile</c> replaces it, <c>GET …/ai-systems/{id}</c>
/// carries every field with the documents and evidence it links and the datasets and third parties that link to it,
/// the history shows the change, and bad input is refused per field with nothing stored.
/// </summary>
public abstract class AiSystemProfileApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_profile_is_replaced_as_a_whole_and_read_back_with_its_links()
    {
        app.RequireProvider();
        var org = "prof-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        var system = await CreateIdAsync(admin, $"{api}/ai-systems", new { name = "Support assistant", purpose = "Drafts replies" });
        var dataset = await CreateIdAsync(admin, $"{api}/datasets", new
        {
            name = "Support e-mails", purpose = "testing", acquisition = "collectedInHouse", personalData = "none", aiSystemIds = new[] { system },
        });
        await CreateIdAsync(admin, $"{api}/ai-roles", new { role = "aiCustomer", operatorRole = "deployer", aiSystemId = system });
        await CreateIdAsync(admin, $"{api}/third-parties", new { name = "LLM vendor", kind = "supplier", reviewDate = "2027-06-30", aiSystemIds = new[] { system } });

        Assert.Contains(await Establishment.ScopeApiTests.ReasonsAsync(admin, api, "A.9.2", controls: true),
            r => r.Contains("1 of 1 active AI system(s) without their autonomy level and who oversees them and how: 'Support assistant'", StringComparison.Ordinal));
        var response = await admin.PutAsJsonAsync($"{api}/ai-systems/{system}/profile", new
        {
            systemType = "generativeApplication", description = "Drafts replies to customer e-mails.", intendedUsers = "Support agents",
            affectedPersons = "Customers who write to us", foreseeableMisuse = "Agents sending drafts unread", autonomyLevel = "humanInTheLoop",
            humanOversightWho = "The support agent", humanOversightHow = "Reads and edits every draft", humanOversightWhen = "Before sending",
            geographies = new[] { " Ireland ", "Germany" },
            languages = new[] { "English", "German" }, channels = new[] { "E-mail" },
            components = new object[] { new { name = "Hosted LLM", version = "2025-06", provenance = "Vendor API", supplier = "LLM vendor" }, new { name = "Prompt templates" } },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}", Ct);
        Assert.Equal("generativeApplication", view.GetProperty("systemType").GetString());
        Assert.Equal("humanInTheLoop", view.GetProperty("autonomyLevel").GetString());
        Assert.Equal("deployer", view.GetProperty("operatorRole").GetString());
        Assert.Equal(["aiCustomer"], [.. view.GetProperty("aiRoles").EnumerateArray().Select(r => r.GetString()!)]);
        Assert.Equal(["Ireland", "Germany"], [.. view.GetProperty("geographies").EnumerateArray().Select(r => r.GetString()!)]);
        Assert.Equal("thirdParty", view.GetProperty("components")[0].GetProperty("origin").GetString());
        Assert.Equal("inHouse", view.GetProperty("components")[1].GetProperty("origin").GetString());
        Assert.Equal(dataset.ToString("D"), view.GetProperty("datasets")[0].GetProperty("id").GetString());
        Assert.Equal("LLM vendor", view.GetProperty("thirdParties")[0].GetProperty("name").GetString());
        Assert.Equal("Drafts replies", view.GetProperty("purpose").GetString());
        Assert.Contains(await Establishment.ScopeApiTests.ReasonsAsync(admin, api, "A.9.2", controls: true),
            r => r.Contains("each of the 1 active AI system(s) records it in its profile", StringComparison.Ordinal));
        Assert.Contains(await Establishment.ScopeApiTests.ReasonsAsync(admin, api, "A.6.1.2", controls: true),
            r => r.Contains("1 of 1 active AI system(s) without objectives for responsible development and use: 'Support assistant'", StringComparison.Ordinal));
        Assert.Contains(await Establishment.ScopeApiTests.ReasonsAsync(admin, api, "A.9.4", controls: true),
            r => r.Contains("without their intended use, users and foreseeable misuse: 'Support assistant'", StringComparison.Ordinal));

        // The basic edit leaves the profile alone; a profile without a field clears it.
        (await admin.PutAsJsonAsync($"{api}/ai-systems/{system}", new { name = "Support assistant", purpose = "Drafts e-mail replies" }, Ct)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"{api}/ai-systems/{system}/profile", new { systemType = "generativeApplication" }, Ct)).EnsureSuccessStatusCode();
        view = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}", Ct);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("autonomyLevel").ValueKind);
        Assert.Equal("deployer", view.GetProperty("operatorRole").GetString()); // from the AI roles register, not the profile
        Assert.Equal(0, view.GetProperty("components").GetArrayLength());
        var history = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}/history", Ct);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("changes").GetString()!.Contains("Reads and edits every draft", StringComparison.Ordinal));
        var csv = await admin.GetStringAsync($"{api}/ai-systems/export?format=csv", Ct);
        Assert.Contains("Support e-mails", csv, StringComparison.Ordinal);
    }

    public static TheoryData<string, string[]> BadInputs() => new()
    {
        // An unknown value stops the reading of the body, so each case has one.
        { """{"systemType":"quantum"}""", ["systemType"] },
        { """{"autonomyLevel":"total"}""", ["autonomyLevel"] },
        { """{"components":[{"version":"1"},{"name":"M","supplier":"a\u0000b"}]}""", ["components[0].name", "components[1].supplier"] },
        { $$"""{"description":"{{new string('d', 8001)}}","geographies":["EU","eu"],"documentIds":["{{Guid.NewGuid()}}"]}""", ["description", "geographies", "documentIds"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_names_each_field_and_stores_nothing(string json, string[] fields)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems?q=fraud", Ct);
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        var before = await Documents.DocumentsWorld.LedgerCountAsync(app);
        var response = await client.PutAsync($"/api/v1/orgs/demo/ai-systems/{id}/profile", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(before, await Documents.DocumentsWorld.LedgerCountAsync(app));
    }

    [Fact]
    public async Task A_viewer_reads_the_profile_but_cannot_change_it_and_an_unknown_system_is_not_found()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var list = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems?q=screening", Ct);
        var cv = list.GetProperty("items")[0];
        Assert.Equal("deployer", cv.GetProperty("operatorRole").GetString());
        await HttpAssertions.AssertProblemAsync(await viewer.PutAsJsonAsync($"/api/v1/orgs/demo/ai-systems/{cv.GetProperty("id").GetGuid()}/profile",
            new { systemType = "ruleBased" }, Ct), HttpStatusCode.Forbidden);
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        await HttpAssertions.AssertProblemAsync(await admin.PutAsJsonAsync($"/api/v1/orgs/demo/ai-systems/{Guid.NewGuid()}/profile",
            new { systemType = "ruleBased" }, Ct), HttpStatusCode.NotFound);
    }
}

public sealed class SqliteAiSystemProfileApiTests(SqliteAppFactory app) : AiSystemProfileApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresAiSystemProfileApiTests(PostgresAppFactory app) : AiSystemProfileApiTests(app), IClassFixture<PostgresAppFactory>;
