using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Core.AiSystems;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests;

/// <summary>
/// The AI system register over HTTP, run once per database provider: CRUD, paging, concurrency, tenancy, roles,
/// bad input (nothing stored, nothing ledgered) and history.
/// </summary>
public abstract class AiSystemsApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_returns_201_with_the_record_and_it_appears_in_the_list()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var response = await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems",
            new { name = "Loan default predictor", purpose = "Predicts default risk", lifecycleStage = "designAndDevelopment", initialStageReason = "In service before the AIMS" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("designAndDevelopment", created.GetProperty("lifecycleStage").GetString());
        Assert.Equal("Loan default predictor", created.GetProperty("name").GetString());
        Assert.EndsWith($"/api/v1/orgs/demo/ai-systems/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems?q=default%20predictor", Ct);
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task List_searches_filters_sorts_and_pages_with_a_total()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var prefix = "Paging-" + Guid.NewGuid().ToString("N")[..6];
        foreach (var (suffix, stage) in new[] { ("b", "deployment"), ("a", "deployment"), ("c", "inception") })
        {
            var r = await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = $"{prefix}-{suffix}", lifecycleStage = stage, initialStageReason = stage == "inception" ? null : "In service before the AIMS" }, Ct);
            r.EnsureSuccessStatusCode();
        }

        var page1 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/ai-systems?q={prefix}&pageSize=2&sort=-name", Ct);
        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        var names = page1.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.Equal([$"{prefix}-c", $"{prefix}-b"], names);
        var page2 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/ai-systems?q={prefix}&pageSize=2&page=2&sort=-name", Ct);
        Assert.Equal($"{prefix}-a", page2.GetProperty("items")[0].GetProperty("name").GetString());

        var deployed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/ai-systems?q={prefix}&stage=deployment", Ct);
        Assert.Equal(2, deployed.GetProperty("total").GetInt32());

        var badSort = await client.GetAsync("/api/v1/orgs/demo/ai-systems?sort=password", Ct);
        await HttpAssertions.AssertProblemAsync(badSort, HttpStatusCode.BadRequest, "sort");
    }

    [Fact]
    public async Task Update_with_a_stale_etag_answers_412_and_history_records_each_change()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var created = await (await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "Versioned" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = created.GetProperty("id").GetGuid();
        var get = await client.GetAsync($"/api/v1/orgs/demo/ai-systems/{id}", Ct);
        var etag = get.Headers.ETag!.Tag;
        Assert.Equal("\"1\"", etag);

        using var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/orgs/demo/ai-systems/{id}")
        {
            Content = JsonContent.Create(new { name = "Versioned v2", purpose = "Second version" }),
        };
        first.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var ok = await client.SendAsync(first, Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("\"2\"", ok.Headers.ETag!.Tag);

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/orgs/demo/ai-systems/{id}")
        {
            Content = JsonContent.Create(new { name = "Lost update" }),
        };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        await HttpAssertions.AssertProblemAsync(await client.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed);

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/ai-systems/{id}/history", Ct);
        // The system's record, then the first step of its life-cycle timeline (same transaction), then the edit.
        Assert.Equal(["Created", "Created", "Updated"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList());
        Assert.Contains("Registered", history[1].GetProperty("changes").GetString(), StringComparison.Ordinal);
        Assert.Contains("Versioned v2", history[2].GetProperty("changes").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_needs_a_reason_and_removes_the_system_from_the_active_list()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var created = await (await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "To retire " + Guid.NewGuid() }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = created.GetProperty("id").GetGuid();
        var noReason = await client.PostAsJsonAsync($"/api/v1/orgs/demo/ai-systems/{id}/archive", new { reason = " " }, Ct);
        await HttpAssertions.AssertProblemAsync(noReason, HttpStatusCode.BadRequest, "reason");

        var archived = await client.PostAsJsonAsync($"/api/v1/orgs/demo/ai-systems/{id}/archive", new { reason = "Replaced by vendor model" }, Ct);
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        var body = await archived.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("archived", body.GetProperty("status").GetString());
        Assert.Equal("Replaced by vendor model", body.GetProperty("archiveReason").GetString());

        var active = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems?status=active&pageSize=200", Ct);
        Assert.DoesNotContain(active.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Without_credentials_the_api_answers_401_problem()
    {
        app.RequireProvider();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await HttpAssertions.AssertProblemAsync(await client.GetAsync("/api/v1/orgs/demo/ai-systems", Ct), HttpStatusCode.Unauthorized);
        await HttpAssertions.AssertProblemAsync(await client.GetAsync("/api/v1/catalogs/iso42001", Ct), HttpStatusCode.Unauthorized);
        using var bogus = app.ClientWithToken("aims_not-a-real-token");
        await HttpAssertions.AssertProblemAsync(await bogus.GetAsync("/api/v1/orgs/demo/ai-systems", Ct), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_viewer_cannot_create_and_nothing_is_stored()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoViewerToken);
        var (systems, ledger) = await CountsAsync();
        var response = await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "Sneaky" }, Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal((systems, ledger), await CountsAsync());
        // …but can read.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/orgs/demo/ai-systems", Ct)).StatusCode);
    }

    [Fact]
    public async Task Another_organizations_token_gets_404_for_our_records()
    {
        app.RequireProvider();
        using var demo = app.ClientWithToken(app.DemoAdminToken);
        var created = await (await demo.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "Demo secret" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = created.GetProperty("id").GetGuid();

        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        await HttpAssertions.AssertProblemAsync(await acme.GetAsync($"/api/v1/orgs/demo/ai-systems/{id}", Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await acme.GetAsync($"/api/v1/orgs/acme/ai-systems/{id}", Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await acme.GetAsync("/api/v1/orgs/demo/ai-systems", Ct), HttpStatusCode.NotFound);
        var acmeList = await acme.GetFromJsonAsync<JsonElement>("/api/v1/orgs/acme/ai-systems", Ct);
        Assert.DoesNotContain(acmeList.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        var put = await acme.PutAsJsonAsync($"/api/v1/orgs/acme/ai-systems/{id}", new { name = "Hijacked" }, Ct);
        await HttpAssertions.AssertProblemAsync(put, HttpStatusCode.NotFound);
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "missing name", "{\"purpose\":\"x\"}", "name" },
        { "100 000-character name", "{\"name\":\"" + new string('n', 100_000) + "\"}", "name" },
        { "unknown lifecycle stage", "{\"name\":\"X\",\"lifecycleStage\":\"launched\"}", "lifecycleStage" },
        { "numeric lifecycle stage", "{\"name\":\"X\",\"lifecycleStage\":3}", "lifecycleStage" },
        { "later stage without its reason", "{\"name\":\"X\",\"lifecycleStage\":\"deployment\"}", "initialStageReason" },
        { "malformed JSON", "{\"name\": \"X\",", "body" },
        { "owner outside the organization", "{\"name\":\"X\",\"ownerId\":\"" + Guid.NewGuid() + "\"}", "ownerId" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_input_answers_400_naming_the_field_and_changes_nothing(string what, string json, string field)
    {
        app.RequireProvider();
        _ = what;
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await CountsAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/v1/orgs/demo/ai-systems", content, Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Wrong_content_type_answers_400_naming_it_and_changes_nothing()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await CountsAsync();
        using var content = new StringContent("name=X", Encoding.UTF8, "text/plain");
        var response = await client.PostAsync("/api/v1/orgs/demo/ai-systems", content, Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, "Content-Type");
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(int Systems, int Ledger)> CountsAsync()
    {
        await using var db = await app.OpenDbAsync();
        return (await db.AiSystems.IgnoreQueryFilters().CountAsync(Ct), await db.LedgerEntries.CountAsync(Ct));
    }
}

public sealed class SqliteAiSystemsApiTests(SqliteAppFactory app) : AiSystemsApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresAiSystemsApiTests(PostgresAppFactory app) : AiSystemsApiTests(app), IClassFixture<PostgresAppFactory>;
