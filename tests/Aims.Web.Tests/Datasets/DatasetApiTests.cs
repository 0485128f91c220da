using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Establishment;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Establishment.EstablishmentApiTests;

namespace Aims.Web.Tests.Datasets;

/// <summary>
/// The data register (Annex A.7) over HTTP on both providers: a dataset's gaps say what A.7 expects and it does not
/// record, readiness for A.7.2–A.7.6 follows them, links to AI systems and evidence show in its history, the list
/// filters and exports, and bad input is refused naming the field.
/// </summary>
public abstract class DatasetApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dataset_shows_its_gaps_and_readiness_for_annex_a7_follows_them()
    {
        app.RequireProvider();
        var org = "data-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "A.7.5", controls: true), r => r.Contains("no dataset is recorded", StringComparison.Ordinal));

        var system = (await CreatedAsync(await admin.PostAsJsonAsync($"{api}/ai-systems",
            new { name = "Claims triage", purpose = "Routes claims", lifecycleStage = "designAndDevelopment", initialStageReason = "In service before the AIMS" }, Ct))).GetProperty("id").GetGuid();
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "A.7.2", controls: true),
            r => r.Contains("1 of 1 active AI system(s) without a dataset: 'Claims triage'", StringComparison.Ordinal));

        var labels = await CreateIdAsync(admin, $"{api}/datasets", new
        {
            name = "Fraud labels", purpose = "training", acquisition = "licensed", personalData = "none", aiSystemIds = new[] { system },
        });
        var view = await admin.GetFromJsonAsync<JsonElement>($"{api}/datasets/{labels}", Ct);
        Assert.Equal(["no provenance (A.7.5)", "acquired from outside without its terms (A.7.3)", "quality requirements or results missing (A.7.4)",
            "preparation not recorded (A.7.6)"], [.. view.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()!)]);
        Assert.Equal("Claims triage", view.GetProperty("aiSystems")[0].GetProperty("name").GetString());
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "A.7.3", controls: true),
            r => r.Contains("1 of 1 dataset(s) acquired from outside without their terms: 'Fraud labels'", StringComparison.Ordinal));
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "A.7.2", controls: true),
            r => r.Contains("each of the 1 active AI system(s) has its datasets recorded", StringComparison.Ordinal));

        (await admin.PutAsJsonAsync($"{api}/datasets/{labels}", new
        {
            name = "Fraud labels", purpose = "training", acquisition = "licensed", personalData = "personal", legalBasis = "GDPR Art. 6(1)(b)",
            provenance = "Consortium feed", terms = "Consortium licence 2025", qualityRequirements = "Confirmed within 90 days",
            qualityResults = "96% within 90 days", preparation = "Joined by card token", aiSystemIds = new[] { system },
        }, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"{api}/datasets/{labels}", Ct)).GetProperty("gaps").GetArrayLength());
        foreach (var control in new[] { "A.7.3", "A.7.4", "A.7.5", "A.7.6" })
        {
            Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, control, controls: true),
                r => r.Contains("all 1 dataset(s) it concerns record it", StringComparison.Ordinal));
        }

        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>($"{api}/datasets?purpose=training&personalData=personal", Ct)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"{api}/datasets?purpose=testing", Ct)).GetProperty("total").GetInt32());
        var csv = await admin.GetStringAsync($"{api}/datasets/export?format=csv", Ct);
        Assert.Contains("Consortium licence 2025", csv, StringComparison.Ordinal);
        var history = await admin.GetFromJsonAsync<JsonElement>($"{api}/datasets/{labels}/history", Ct);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("changes").GetString()!.Contains("Consortium feed", StringComparison.Ordinal));
    }

    public static TheoryData<string, string[]> BadInputs() => new()
    {
        { """{}""", ["name", "purpose", "acquisition", "personalData"] },
        { """{"name":"D","purpose":"training","acquisition":"found","personalData":"none"}""", ["acquisition"] },
        { """{"name":"D","purpose":"training","acquisition":"licensed","personalData":"personal"}""", ["legalBasis"] },
        { $$"""{"name":"D","purpose":"training","acquisition":"licensed","personalData":"none","aiSystemIds":["{{Guid.NewGuid()}}"],"evidenceIds":["{{Guid.NewGuid()}}"]}""",
            ["aiSystemIds", "evidenceIds"] },
        { $$"""{"name":"D","purpose":"training","acquisition":"licensed","personalData":"none","provenance":"{{new string('p', 8001)}}","ownerId":"{{Guid.NewGuid()}}"}""",
            ["provenance", "ownerId"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_names_each_field_and_stores_nothing(string json, string[] fields)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await Documents.DocumentsWorld.LedgerCountAsync(app);
        var response = await client.PostAsync("/api/v1/orgs/demo/datasets", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(before, await Documents.DocumentsWorld.LedgerCountAsync(app));
    }

    [Fact]
    public async Task A_viewer_reads_the_data_register_but_cannot_change_it()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var list = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/datasets?q=fraud", Ct);
        Assert.Equal("Fraud labels 2022–2025", list.GetProperty("items")[0].GetProperty("name").GetString());
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsJsonAsync("/api/v1/orgs/demo/datasets",
            new { name = "D", purpose = "training", acquisition = "licensed", personalData = "none" }, Ct), HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteDatasetApiTests(SqliteAppFactory app) : DatasetApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresDatasetApiTests(PostgresAppFactory app) : DatasetApiTests(app), IClassFixture<PostgresAppFactory>;
