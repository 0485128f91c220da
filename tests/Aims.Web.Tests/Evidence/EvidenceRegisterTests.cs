using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests.Evidence;

/// <summary>
/// The evidence register over HTTP, on both providers: link and record-reference items as JSON with their rules; the
/// list's search, filters (kind, control, clause, AI system, owner, validity), sorts, paging and export; editing;
/// and the evidence of a control or clause, where an expired item is flagged and counted apart.
/// </summary>
public abstract class EvidenceRegisterTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_history_of_an_item_shows_links_added_and_removed_by_an_edit()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoContributorToken);
        var created = await EvidenceForms.CreatedAsync(await client.PostAsJsonAsync("/api/v1/orgs/demo/evidence", new
        {
            title = "Model card review " + Guid.NewGuid().ToString("N")[..6], kind = "link", url = "https://wiki.example.com/cards/7",
            controls = new[] { "A.6.2.4" },
        }, Ct));
        var id = created.GetProperty("id").GetGuid();
        (await client.PutAsJsonAsync($"/api/v1/orgs/demo/evidence/{id}", new
        {
            title = created.GetProperty("title").GetString(), url = "https://wiki.example.com/cards/7", controls = new[] { "A.6.2.7" },
        }, Ct)).EnsureSuccessStatusCode();

        var history = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/evidence/{id}/history", Ct)).EnumerateArray()
            .Select(h => (Action: h.GetProperty("action").GetString(), Changes: h.GetProperty("changes").GetString()!)).ToList();
        Assert.Contains(history, h => h.Action == "Created" && h.Changes.Contains("\"TargetId\":\"A.6.2.4\"", StringComparison.Ordinal));
        Assert.Contains(history, h => h.Action == "Deleted" && h.Changes.Contains("A.6.2.4", StringComparison.Ordinal));
        Assert.Contains(history, h => h.Action == "Created" && h.Changes.Contains("\"TargetId\":\"A.6.2.7\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_and_record_references_are_created_as_json_with_names_resolved()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoContributorToken);
        var system = await EvidenceUploadTests.CreateSystemAsync(client, "demo", "Chatbot " + Guid.NewGuid().ToString("N")[..6]);

        var link = await EvidenceForms.CreatedAsync(await client.PostAsJsonAsync("/api/v1/orgs/demo/evidence", new
        {
            title = "Bias test pipeline run",
            kind = "link",
            url = "https://ci.example.com/runs/4711?tab=fairness",
            controls = new[] { "A.6.2.4" },
            aiSystemIds = new[] { system },
        }, Ct));
        Assert.Equal("link", link.GetProperty("kind").GetString());
        Assert.Equal("https://ci.example.com/runs/4711?tab=fairness", link.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, link.GetProperty("sha256").ValueKind);
        Assert.Equal(JsonValueKind.Null, link.GetProperty("file").ValueKind);
        Assert.Equal("contributor", link.GetProperty("ownerName").GetString());
        Assert.Equal(Today(0), link.GetProperty("effectiveDate").GetString());

        var reference = await EvidenceForms.CreatedAsync(await client.PostAsJsonAsync("/api/v1/orgs/demo/evidence", new
        {
            title = "The system's register entry",
            kind = "recordReference",
            reference = new { type = "aiSystem", id = system },
            controls = new[] { "A.4.2" },
        }, Ct));
        Assert.Equal("aiSystem", reference.GetProperty("reference").GetProperty("type").GetString());
        Assert.StartsWith("Chatbot", reference.GetProperty("reference").GetProperty("name").GetString(), StringComparison.Ordinal);

        // A link has no file to download.
        await HttpAssertions.AssertProblemAsync(
            await client.GetAsync($"/api/v1/orgs/demo/evidence/{link.GetProperty("id").GetGuid()}/content", Ct), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"title":"x","kind":"link","url":"ftp://files.example.com/a"}""", "url")]
    [InlineData("""{"title":"x","kind":"link","url":"javascript:alert(1)"}""", "url")]
    [InlineData("""{"title":"x","kind":"link","url":"https://user:secret@example.com/"}""", "url")]
    [InlineData("""{"title":"x","kind":"link","url":"https://example.com/a b"}""", "url")]
    [InlineData("""{"title":"x","kind":"link"}""", "url")]
    [InlineData("""{"title":"x","url":"https://example.com"}""", "kind")]
    [InlineData("""{"title":"x","kind":"file"}""", "kind")]
    [InlineData("""{"title":"x","kind":"photo"}""", "kind")]
    [InlineData("""{"title":"x","kind":"recordReference","reference":{"type":"aiSystem","id":"0190e7b2-5c3e-7c1a-9f00-000000000000"}}""", "reference")]
    [InlineData("""{"title":"x","kind":"recordReference","reference":{"type":"control","id":"0190e7b2-5c3e-7c1a-9f00-000000000000"}}""", "reference")]
    [InlineData("""{"title":"x","kind":"link","url":"https://example.com","reference":{"type":"aiSystem","id":"0190e7b2-5c3e-7c1a-9f00-000000000000"}}""", "reference")]
    [InlineData("""{"title":"x","kind":"link","url":"https://example.com","controls":["A.6.2.4","A.11"]}""", "controls")]
    [InlineData("""{"title":"x","kind":"link","url":"https://example.com","effectiveDate":"2026-02-30"}""", "effectiveDate")]
    [InlineData("""{"title":"x","kind":"link","url":"https://example.com","effectiveDate":"2026-05-01","validUntil":"2026-04-30"}""", "validUntil")]
    [InlineData("""{"title":"x","kind":"link","url":"https://example.com","effectiveDate":"0026-05-01"}""", "effectiveDate")]
    [InlineData("""{"title":"   ","kind":"link","url":"https://example.com"}""", "title")]
    [InlineData("""{"title":"x","kind":"link","url":"https://example.com","documentIds":["0190e7b2-5c3e-7c1a-9f00-000000000000"]}""", "documentIds")]
    public async Task Bad_json_input_answers_400_naming_the_field_and_stores_nothing(string json, string field)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await EvidenceForms.FootprintAsync(app);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", content, Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await EvidenceForms.FootprintAsync(app));
    }

    [Fact]
    public async Task Over_long_text_answers_400_naming_each_field_and_stores_nothing()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await EvidenceForms.FootprintAsync(app);
        var json = await client.PostAsJsonAsync("/api/v1/orgs/demo/evidence", new
        {
            title = new string('t', 201), description = new string('d', 8_001), kind = "link",
            url = "https://example.com/" + new string('u', 2_030),
        }, Ct);
        await HttpAssertions.AssertProblemAsync(json, HttpStatusCode.BadRequest, "title", "description", "url");

        // A form field past its byte limit is refused without reading the rest of it (nor the file after it).
        using var form = EvidenceForms.Upload(SampleFiles.Png(), "chart.png", ("title", "Long"), ("description", new string('d', 70_000)));
        await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct), HttpStatusCode.BadRequest, "description");
        Assert.Equal(before, await EvidenceForms.FootprintAsync(app));
    }

    [Fact]
    public async Task The_list_searches_filters_by_link_and_validity_sorts_pages_and_exports()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var marker = "Listed" + Guid.NewGuid().ToString("N")[..6];
        var system = await EvidenceUploadTests.CreateSystemAsync(client, "demo", "Fraud model " + marker);
        var expired = await CreateLinkAsync(client, $"{marker} penetration test", ["A.6.2.4"], ["8.2"], [system], Today(-60), Today(-1));
        var soon = await CreateLinkAsync(client, $"{marker} bias audit", ["A.6.2.4"], [], [], Today(-30), Today(10));
        var valid = await CreateLinkAsync(client, $"{marker} data sheet", ["A.7.2"], ["8.2"], [], Today(-10), Today(200));
        var open = await CreateLinkAsync(client, $"{marker} model card", [], [], [system], Today(-5), null);

        async Task<List<Guid>> IdsAsync(string query)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/evidence?q={marker}&{query}", Ct);
            return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
        }

        Assert.Equal([soon, valid, open, expired], await IdsAsync("sort=title"));
        Assert.Equal([soon, expired], await IdsAsync("control=a.6.2.4&sort=title"));
        Assert.Equal([valid, expired], await IdsAsync("clause=8.2&sort=-validUntil"));
        Assert.Equal([open, expired], await IdsAsync($"aiSystemId={system}&sort=-effectiveDate"));
        Assert.Equal([expired], await IdsAsync("validity=expired"));
        Assert.Equal([soon], await IdsAsync("validity=expiresSoon"));
        Assert.Equal([valid, open], await IdsAsync("validity=valid&sort=validUntil"));
        Assert.Equal([expired, soon], await IdsAsync("validity=due&sort=validUntil"));
        Assert.Equal([expired, soon, valid, open], await IdsAsync("sort=validUntil"));
        Assert.Equal([open, valid, soon, expired], await IdsAsync("sort=-validUntil"));
        Assert.Equal([soon, valid, open, expired], await IdsAsync("kind=link&sort=title"));
        Assert.Empty(await IdsAsync("kind=file"));

        var page2 = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/evidence?q={marker}&sort=title&pageSize=3&page=2", Ct);
        Assert.Equal(4, page2.GetProperty("total").GetInt32());
        Assert.Equal(expired, page2.GetProperty("items")[0].GetProperty("id").GetGuid());
        var flagged = page2.GetProperty("items")[0].GetProperty("validity");
        Assert.Equal("expired", flagged.GetProperty("status").GetString());
        Assert.Contains($"valid until {Today(-1)}, 1 day ago", flagged.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(-1, flagged.GetProperty("daysLeft").GetInt32());

        var csv = await client.GetStringAsync($"/api/v1/orgs/demo/evidence/export?q={marker}&validity=due&sort=validUntil", Ct);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Title,Kind,Owner,Effective date,Valid until,Validity,Validity reason,Annex A controls,Clauses,AI systems", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains($"{marker} penetration test,Link,Administrator,{Today(-60)},{Today(-1)},Expired,", lines[1], StringComparison.Ordinal);
        Assert.Contains($",A.6.2.4,8.2,Fraud model {marker},", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Expires soon,", lines[2], StringComparison.Ordinal);

        var xlsx = await client.GetAsync($"/api/v1/orgs/demo/evidence/export?format=xlsx&q={marker}&validity=expired", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, isEditable: false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(2, rows.Count); // header and the expired item
        Assert.Equal("Effective date", rows[0].Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().ElementAt(4).InnerText);
    }

    [Theory]
    [InlineData("control=A.99.9", "control")]
    [InlineData("clause=12", "clause")]
    [InlineData("validity=stale", "validity")]
    [InlineData("aiSystemId=abc", "aiSystemId")]
    [InlineData("kind=photo", "kind")]
    [InlineData("status=deleted", "status")]
    [InlineData("sort=size", "sort")]
    public async Task A_bad_list_parameter_answers_400_naming_it(string query, string field)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoViewerToken);
        await HttpAssertions.AssertProblemAsync(await client.GetAsync($"/api/v1/orgs/demo/evidence?{query}", Ct), HttpStatusCode.BadRequest, field);
        await HttpAssertions.AssertProblemAsync(await client.GetAsync($"/api/v1/orgs/demo/evidence/export?{query}", Ct), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_controls_evidence_counts_and_flags_expired_items_and_leaves_out_archived_ones()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var expired = await CreateLinkAsync(client, "Supplier review 2025", ["A.10.3"], ["9.2.1"], [], Today(-400), Today(-35));
        var soon = await CreateLinkAsync(client, "Supplier review 2026", ["A.10.3"], [], [], Today(-330), Today(30));
        var valid = await CreateLinkAsync(client, "Supplier contract", ["A.10.3"], [], [], Today(-3), null);
        var archived = await CreateLinkAsync(client, "Old supplier list", ["A.10.3"], [], [], Today(-900), Today(-800));
        (await client.PostAsJsonAsync($"/api/v1/orgs/demo/evidence/{archived}/archive", new { reason = "Replaced by the contract" }, Ct)).EnsureSuccessStatusCode();

        var coverage = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/controls/a.10.3/evidence?sort=validUntil", Ct);
        Assert.Equal("control", coverage.GetProperty("targetType").GetString());
        Assert.Equal("A.10.3", coverage.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(coverage.GetProperty("title").GetString()));
        var counts = coverage.GetProperty("counts");
        Assert.Equal((3, 1, 1, 1), (counts.GetProperty("active").GetInt32(), counts.GetProperty("valid").GetInt32(),
            counts.GetProperty("expiresSoon").GetInt32(), counts.GetProperty("expired").GetInt32()));
        var items = coverage.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([expired, soon, valid], items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(["expired", "expiresSoon", "valid"], items.Select(i => i.GetProperty("validity").GetProperty("status").GetString()));
        Assert.Equal(3, coverage.GetProperty("total").GetInt32());

        var onlyExpired = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/controls/A.10.3/evidence?validity=expired", Ct);
        Assert.Equal(expired, onlyExpired.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(1, onlyExpired.GetProperty("total").GetInt32());
        Assert.Equal(3, onlyExpired.GetProperty("counts").GetProperty("active").GetInt32());

        var clause = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/clauses/9.2.1/evidence", Ct);
        Assert.Equal(1, clause.GetProperty("counts").GetProperty("expired").GetInt32());
        await HttpAssertions.AssertProblemAsync(await client.GetAsync("/api/v1/orgs/demo/controls/A.42/evidence", Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await client.GetAsync("/api/v1/orgs/demo/clauses/A.10.3/evidence", Ct), HttpStatusCode.NotFound);
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        var elsewhere = await acme.GetFromJsonAsync<JsonElement>("/api/v1/orgs/acme/controls/A.10.3/evidence", Ct);
        Assert.Equal(0, elsewhere.GetProperty("counts").GetProperty("active").GetInt32());
    }

    [Fact]
    public async Task Editing_replaces_fields_and_links_checks_the_version_and_refuses_a_kind_change()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var id = await CreateLinkAsync(client, "Incident drill", ["A.8.4"], ["8.1"], [], Today(-1), null);
        var get = await client.GetAsync($"/api/v1/orgs/demo/evidence/{id}", Ct);
        var etag = get.Headers.ETag!.Tag;

        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/orgs/demo/evidence/{id}")
        {
            Content = JsonContent.Create(new
            {
                title = "Incident drill, June", url = "https://wiki.example.com/drills/june", controls = new[] { "A.8.5", "A.8.4" },
                validUntil = Today(90),
            }),
        };
        edit.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var edited = await client.SendAsync(edit, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var view = await edited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["A.8.4", "A.8.5"], view.GetProperty("controls").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Empty(view.GetProperty("clauses").EnumerateArray());
        Assert.Equal(Today(-1), view.GetProperty("effectiveDate").GetString());
        Assert.Equal(2, view.GetProperty("version").GetInt64());

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/orgs/demo/evidence/{id}")
        {
            Content = JsonContent.Create(new { title = "Lost update", url = "https://example.com" }),
        };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        await HttpAssertions.AssertProblemAsync(await client.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed);
        var kind = await client.PutAsJsonAsync($"/api/v1/orgs/demo/evidence/{id}", new { title = "x", kind = "file" }, Ct);
        await HttpAssertions.AssertProblemAsync(kind, HttpStatusCode.BadRequest, "kind", "url");

        (await client.PostAsJsonAsync($"/api/v1/orgs/demo/evidence/{id}/archive", new { reason = "Drill repeated" }, Ct)).EnsureSuccessStatusCode();
        var archived = await client.PutAsJsonAsync($"/api/v1/orgs/demo/evidence/{id}", new { title = "x", url = "https://example.com" }, Ct);
        await HttpAssertions.AssertProblemAsync(archived, HttpStatusCode.BadRequest, "status");
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        await HttpAssertions.AssertProblemAsync(
            await viewer.PutAsJsonAsync($"/api/v1/orgs/demo/evidence/{id}", new { title = "x", url = "https://example.com" }, Ct), HttpStatusCode.Forbidden);

        // Every evidence row (items, their dates and kinds, added and removed links) replays from the ledger exactly.
        var (code, output, error) = await CliRun.RunAsync(app, "ledger", "verify");
        Assert.True(code == 0, error + output);
        Assert.Contains("Ledger intact", output, StringComparison.Ordinal);
    }

    private static async Task<Guid> CreateLinkAsync(HttpClient client, string title, string[] controls, string[] clauses, Guid[] systems,
        string effectiveDate, string? validUntil)
    {
        var response = await client.PostAsJsonAsync("/api/v1/orgs/demo/evidence", new
        {
            title, kind = "link", url = "https://evidence.example.com/" + Uri.EscapeDataString(title), controls, clauses,
            aiSystemIds = systems, effectiveDate, validUntil,
        }, Ct);
        return (await EvidenceForms.CreatedAsync(response)).GetProperty("id").GetGuid();
    }
}

public sealed class SqliteEvidenceRegisterTests(SqliteAppFactory app) : EvidenceRegisterTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresEvidenceRegisterTests(PostgresAppFactory app) : EvidenceRegisterTests(app), IClassFixture<PostgresAppFactory>;
