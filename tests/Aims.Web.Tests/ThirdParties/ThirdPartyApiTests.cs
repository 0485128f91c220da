using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Establishment;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Establishment.EstablishmentApiTests;

namespace Aims.Web.Tests.ThirdParties;

/// <summary>
/// The third-party register (Annex A.10) over HTTP on both providers: the responsibility matrix is kept in life-cycle
/// order, a relationship's gaps and readiness for A.10.2–A.10.4 follow what it records, the list filters, searches and
/// exports, and a bad matrix row or choice is refused under its own key with nothing stored.
/// </summary>
public abstract class ThirdPartyApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_supplier_shows_its_gaps_and_readiness_for_annex_a10_follows_them()
    {
        app.RequireProvider();
        var org = "tp-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "A.10.3", controls: true),
            r => r.Contains("no third party is recorded", StringComparison.Ordinal));

        var system = (await CreatedAsync(await admin.PostAsJsonAsync($"{api}/ai-systems",
            new { name = "Support assistant", purpose = "Drafts replies", lifecycleStage = "designAndDevelopment", initialStageReason = "In service before the AIMS" }, Ct))).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var supplier = await CreateIdAsync(admin, $"{api}/third-parties", new
        {
            name = "Model vendor", kind = "supplier", aiSystemIds = new[] { system }, reviewDate = today.AddDays(90),
        });
        var view = await admin.GetFromJsonAsync<JsonElement>($"{api}/third-parties/{supplier}", Ct);
        Assert.Equal(["no responsibilities allocated (A.10.2)", "no due-diligence record (A.10.3)"],
            [.. view.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()!)]);
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "A.10.2", controls: true),
            r => r.Contains("1 of 1 third parties involved in an AI system fall short: 'Model vendor' (no responsibilities allocated)", StringComparison.Ordinal));

        (await admin.PutAsJsonAsync($"{api}/third-parties/{supplier}", new
        {
            name = "Model vendor", kind = "supplier", aiSystemIds = new[] { system }, reviewDate = today.AddDays(90),
            responsibilities = new Dictionary<string, string> { ["retirement"] = "organization", ["designAndDevelopment"] = "provider", ["deployment"] = "shared" },
            dueDiligence = "Security questionnaire reviewed; model card read.", contract = "Enterprise API terms 2025",
        }, Ct)).EnsureSuccessStatusCode();
        view = await admin.GetFromJsonAsync<JsonElement>($"{api}/third-parties/{supplier}", Ct);
        Assert.Equal(0, view.GetProperty("gaps").GetArrayLength());
        Assert.Equal(["designAndDevelopment", "deployment", "retirement"],
            [.. view.GetProperty("responsibilities").EnumerateObject().Select(c => c.Name)]);
        Assert.Equal("shared", view.GetProperty("responsibilities").GetProperty("deployment").GetString());
        foreach (var control in new[] { "A.10.2", "A.10.3" })
        {
            Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, control, controls: true),
                r => r.Contains("all 1 third party it concerns record it", StringComparison.Ordinal));
        }

        var csv = await admin.GetStringAsync($"{api}/third-parties/export?format=csv", Ct);
        Assert.Contains("Design and development: the third party; Deployment: shared; Retirement: our organization", csv, StringComparison.Ordinal);
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>($"{api}/third-parties?kind=supplier&q=enterprise", Ct)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"{api}/third-parties?kind=customer", Ct)).GetProperty("total").GetInt32());
        var history = await admin.GetFromJsonAsync<JsonElement>($"{api}/third-parties/{supplier}/history", Ct);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("changes").GetString()!.Contains("Security questionnaire", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_customer_needs_its_requirements_and_a_late_review_shows_as_overdue()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/third-parties?review=overdue", Ct);
        Assert.Equal(["Banking fraud consortium"], [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)]);
        var a103 = await ScopeApiTests.ReasonsAsync(admin, "/api/v1/orgs/demo", "A.10.3", controls: true);
        Assert.Contains(a103, r => r.Contains("'CV screening software vendor' (no due-diligence record)", StringComparison.Ordinal));
        var a104 = await ScopeApiTests.ReasonsAsync(admin, "/api/v1/orgs/demo", "A.10.4", controls: true);
        Assert.Contains(a104, r => r.Contains("all 1 third party it concerns record it", StringComparison.Ordinal));
    }

    public static TheoryData<string, string[]> BadInputs() => new()
    {
        { """{}""", ["name", "kind", "reviewDate"] },
        { """{"name":"V","kind":"vendor","reviewDate":"2027-01-01"}""", ["kind"] },
        { """{"name":"V","kind":"supplier","reviewDate":"2027-01-01","responsibilities":{"marketing":"shared","deployment":"everyone"}}""",
            ["responsibilities.marketing", "responsibilities.deployment"] },
        { """{"name":"V","kind":"supplier","reviewDate":"2027-01-01","responsibilities":{"deployment":null}}""", ["responsibilities.deployment"] },
        { """{"name":"V","kind":"supplier","reviewDate":"2027-01-01","lastReviewedOn":"2999-01-01"}""", ["lastReviewedOn"] },
        { $$"""{"name":"V","kind":"customer","reviewDate":"2027-01-01","aiSystemIds":["{{Guid.NewGuid()}}"],"requirementIds":["{{Guid.NewGuid()}}"],"evidenceIds":["{{Guid.NewGuid()}}"]}""",
            ["aiSystemIds", "requirementIds", "evidenceIds"] },
        { $$"""{"name":"V","kind":"partner","reviewDate":"2027-01-01","contract":"{{new string('c', 8001)}}","ownerId":"{{Guid.NewGuid()}}"}""",
            ["contract", "ownerId"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_names_each_field_and_stores_nothing(string json, string[] fields)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await Documents.DocumentsWorld.LedgerCountAsync(app);
        var response = await client.PostAsync("/api/v1/orgs/demo/third-parties", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(before, await Documents.DocumentsWorld.LedgerCountAsync(app));
    }

    [Fact]
    public async Task A_viewer_reads_the_third_parties_but_cannot_change_them()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var list = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/third-parties?q=bureau", Ct);
        Assert.Equal("National credit bureau", list.GetProperty("items")[0].GetProperty("name").GetString());
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsJsonAsync("/api/v1/orgs/demo/third-parties",
            new { name = "V", kind = "supplier", reviewDate = "2027-01-01" }, Ct), HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(await viewer.GetAsync($"/api/v1/orgs/demo/third-parties/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_command_line_takes_the_matrix_as_activity_pairs_and_names_a_bad_one()
    {
        app.RequireProvider();
        string[] connection = ["--org", "demo", "--api", "http://localhost/", "--token", app.DemoContributorToken];
        string[] party = ["third-parties", "create", .. connection, "--name", "Hosting provider", "--kind", "supplier", "--review-date", "2027-03-31"];
        var (code, output, error) = await CliRun.RunAsync(app, [.. party, "--responsibilities", "deployment=shared", "operationAndMonitoring=provider"]);
        Assert.True(code == 0, error + output);
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/third-parties/{Guid.Parse(output.Trim()):D}", Ct);
        Assert.Equal("provider", view.GetProperty("responsibilities").GetProperty("operationAndMonitoring").GetString());

        var before = await Documents.DocumentsWorld.LedgerCountAsync(app);
        (code, output, error) = await CliRun.RunAsync(app, [.. party, "--responsibilities", "deployment"]);
        Assert.NotEqual(0, code);
        Assert.Contains("--responsibilities: 'deployment' is not row=choice", error + output, StringComparison.Ordinal);
        (code, output, error) = await CliRun.RunAsync(app, [.. party, "--responsibilities", "deployment=everyone"]);
        Assert.NotEqual(0, code);
        Assert.Contains("--responsibilities.deployment: Deployment: 'everyone' is not a choice", error + output, StringComparison.Ordinal);
        Assert.Equal(before, await Documents.DocumentsWorld.LedgerCountAsync(app));
    }
}

public sealed class SqliteThirdPartyApiTests(SqliteAppFactory app) : ThirdPartyApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresThirdPartyApiTests(PostgresAppFactory app) : ThirdPartyApiTests(app), IClassFixture<PostgresAppFactory>;
