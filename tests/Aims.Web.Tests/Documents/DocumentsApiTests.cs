using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// The document register over HTTP on both providers: create and edit with links, bad input answering 400/404 and
/// storing nothing, tenancy, the list's search, filters, sorts, paging and export, templates and history.
/// </summary>
public abstract class DocumentsApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_answers_201_with_the_id_and_links_and_update_keeps_what_it_leaves_out()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var systems = await admin.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems?pageSize=1", Ct);
        var systemId = systems.GetProperty("items")[0].GetProperty("id").GetGuid();
        var response = await admin.PostAsJsonAsync(Base, new
        {
            title = "Data governance for AI",
            type = "procedure",
            classification = "confidential",
            reviewIntervalMonths = 24,
            retentionMonths = 36,
            clauses = new[] { "7.5.3", "5.2", "5.2" },
            controls = new[] { "A.7.2" },
            aiSystemIds = new[] { systemId },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = created.GetProperty("id").GetGuid();
        Assert.EndsWith($"/api/v1/orgs/demo/documents/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
        Assert.Equal(["5.2", "7.5.3"], created.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()).ToList());
        Assert.Equal(systemId, created.GetProperty("aiSystems")[0].GetProperty("id").GetGuid());
        Assert.False(string.IsNullOrEmpty(created.GetProperty("aiSystems")[0].GetProperty("name").GetString()));
        Assert.Equal("confidential", created.GetProperty("classification").GetString());
        Assert.Equal(36, created.GetProperty("retentionMonths").GetInt32());
        Assert.Equal("admin", created.GetProperty("ownerName").GetString()?.ToLowerInvariant()[..5]);

        var updated = await OkAsync(SendAsync(admin, HttpMethod.Put, $"{Base}/{id}", new { title = "Data governance", type = "procedure", clauses = new[] { "6.1.2" } }));
        Assert.Equal(["6.1.2"], updated.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()).ToList());
        Assert.Equal(["A.7.2"], updated.GetProperty("controls").EnumerateArray().Select(c => c.GetString()).ToList());
        Assert.Equal(1, updated.GetProperty("aiSystems").GetArrayLength());
        Assert.Equal(24, updated.GetProperty("reviewIntervalMonths").GetInt32());

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"{Base}/{id}") { Content = JsonContent.Create(new { title = "Lost", type = "plan" }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        await HttpAssertions.AssertProblemAsync(await admin.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed);

        var history = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/history"));
        var changes = history.EnumerateArray().Select(h => h.GetProperty("changes").GetString()!).ToList();
        // The history of a document includes its link rows: the clause 6.1.2 added, 5.2 removed.
        Assert.Contains(changes, c => c.Contains("\"Target\":\"6.1.2\"", StringComparison.Ordinal));
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("action").GetString() == "Deleted");
    }

    [Theory]
    [InlineData("""{"type":"aiPolicy"}""", "title")]
    [InlineData("""{"title":"x","type":"bogus"}""", "type")]
    [InlineData("""{"title":"x"}""", "type")]
    [InlineData("""{"title":"x","type":"plan","clauses":["5.99"]}""", "clauses")]
    [InlineData("""{"title":"x","type":"plan","controls":["A.99"]}""", "controls")]
    [InlineData("""{"title":"x","type":"plan","reviewIntervalMonths":61}""", "reviewIntervalMonths")]
    [InlineData("""{"title":"x","type":"plan","retentionMonths":0}""", "retentionMonths")]
    [InlineData("""{"title":"x","type":"plan","classification":"secret"}""", "classification")]
    [InlineData("""{"title":"x","type":"plan","ownerId":"0190e7b2-5c3e-7c1a-9f00-000000000000"}""", "ownerId")]
    [InlineData("""{"title":"x","type":"plan","approvers":{"quorum":9}}""", "approvers.quorum")]
    [InlineData("""{"title":"x","type":"plan","approvers":{"roles":["boss"]}}""", "approvers.roles[0]")]
    [InlineData("""{"title":"x","type":"plan","aiSystemIds":["0190e7b2-5c3e-7c1a-9f00-000000000000"]}""", "aiSystemIds")]
    [InlineData("""{"title":"line\nbreak","type":"plan"}""", "title")]
    public async Task Bad_input_answers_400_naming_the_field_and_stores_nothing(string json, string field)
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var before = await CountsAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsync(Base, content, Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Over_long_text_and_another_organizations_ai_system_are_refused_and_nothing_is_stored()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        var foreign = await OkAsync(PostAsync(acme, "/api/v1/orgs/acme/ai-systems", new { name = "Acme secret " + Guid.NewGuid() }),
            HttpStatusCode.Created);
        var before = await CountsAsync();
        await HttpAssertions.AssertProblemAsync(
            await admin.PostAsJsonAsync(Base, new { title = new string('t', 201), type = "plan" }, Ct), HttpStatusCode.BadRequest, "title");
        await HttpAssertions.AssertProblemAsync(
            await admin.PostAsJsonAsync(Base, new { title = "Foreign link", type = "plan", aiSystemIds = new[] { foreign.GetProperty("id").GetGuid() } }, Ct),
            HttpStatusCode.BadRequest, "aiSystemIds");
        var id = (await OkAsync(PostAsync(admin, Base, new { title = "Long draft", type = "plan" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        before = await CountsAsync();
        await HttpAssertions.AssertProblemAsync(
            await admin.PostAsJsonAsync($"{Base}/{id}/versions", new { body = new string('x', 1024 * 1024 + 1) }, Ct), HttpStatusCode.BadRequest, "body");
        await HttpAssertions.AssertProblemAsync(
            await admin.PostAsJsonAsync($"{Base}/{id}/versions", new { body = "ok", changeSummary = new string('s', 2001) }, Ct),
            HttpStatusCode.BadRequest, "changeSummary");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Base}/{id}/versions", new { changeSummary = "no body" }, Ct),
            HttpStatusCode.BadRequest, "body");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Base}/{id}/versions", new { body = "nul \u0000 inside" }, Ct),
            HttpStatusCode.BadRequest, "body");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Another_organization_sees_no_document_and_roles_limit_what_members_do()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var id = await DraftAsync(admin, "Demo only " + Guid.NewGuid().ToString("N")[..6], "Secret body");
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        foreach (var path in new[] { $"/api/v1/orgs/acme/documents/{id}", $"/api/v1/orgs/acme/documents/{id}/versions/1",
                     $"/api/v1/orgs/acme/documents/{id}/versions", $"/api/v1/orgs/acme/documents/{id}/history",
                     $"/api/v1/orgs/demo/documents/{id}", $"/api/v1/orgs/acme/documents/{id}/versions/1/render" })
        {
            await HttpAssertions.AssertProblemAsync(await acme.GetAsync(path, Ct), HttpStatusCode.NotFound);
        }

        await HttpAssertions.AssertProblemAsync(await acme.PutAsJsonAsync($"/api/v1/orgs/acme/documents/{id}/versions/1", new { body = "x" }, Ct),
            HttpStatusCode.NotFound);
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"{Base}/{id}/versions/1", Ct)).StatusCode);
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsJsonAsync(Base, new { title = "Nope", type = "plan" }, Ct), HttpStatusCode.Forbidden);
        using var contributor = app.ClientWithToken(app.DemoContributorToken);
        await OkAsync(PostAsync(contributor, $"{Base}/{id}/versions/1/submit"));
        await HttpAssertions.AssertProblemAsync(await contributor.PostAsync($"{Base}/{id}/versions/1/publish", null, Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_list_searches_filters_sorts_pages_and_exports_the_current_filter()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var marker = "Listed" + Guid.NewGuid().ToString("N")[..6];
        foreach (var (suffix, type, clause) in new[] { ("b", "procedure", "9.2"), ("a", "procedure", "5.2"), ("c", "plan", "5.2") })
        {
            await OkAsync(PostAsync(admin, Base, new { title = $"{marker} {suffix}", type, clauses = new[] { clause } }), HttpStatusCode.Created);
        }

        var page1 = await admin.GetFromJsonAsync<JsonElement>($"{Base}?q={marker}&sort=-title&pageSize=2", Ct);
        Assert.Equal(3, page1.GetProperty("total").GetInt32());
        Assert.Equal([$"{marker} c", $"{marker} b"], Titles(page1));
        var page2 = await admin.GetFromJsonAsync<JsonElement>($"{Base}?q={marker}&sort=-title&pageSize=2&page=2", Ct);
        Assert.Equal([$"{marker} a"], Titles(page2));
        Assert.Equal([$"{marker} a", $"{marker} b"], Titles(await admin.GetFromJsonAsync<JsonElement>($"{Base}?q={marker}&type=procedure", Ct)));
        Assert.Equal([$"{marker} a", $"{marker} c"], Titles(await admin.GetFromJsonAsync<JsonElement>($"{Base}?q={marker}&clause=5.2", Ct)));
        // Types sort in their declared order (procedure before plan), ties by title; descending reverses both.
        Assert.Equal([$"{marker} a", $"{marker} b", $"{marker} c"], Titles(await admin.GetFromJsonAsync<JsonElement>($"{Base}?q={marker}&sort=type", Ct)));
        Assert.Equal([$"{marker} c", $"{marker} b", $"{marker} a"], Titles(await admin.GetFromJsonAsync<JsonElement>($"{Base}?q={marker}&sort=-type", Ct)));
        Assert.Equal(3, (await admin.GetFromJsonAsync<JsonElement>($"{Base}?q={marker}&state=draft&reviewDue=notScheduled&pending=none&archived=false", Ct))
            .GetProperty("total").GetInt32());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"{Base}?q={marker}&control=A.2.2", Ct)).GetProperty("total").GetInt32());
        foreach (var (query, field) in new[] { ("clause=99", "clause"), ("reviewDue=soon", "reviewDue"), ("sort=colour", "sort"),
                     ("state=gone", "state"), ("type=memo", "type"), ("aiSystemId=x", "aiSystemId") })
        {
            await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{Base}?{query}", Ct), HttpStatusCode.BadRequest, field);
        }

        var csv = Encoding.UTF8.GetString(await admin.GetByteArrayAsync($"{Base}/export?q={marker}&type=procedure&sort=-title", Ct)).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Title,Type,State,Version in force,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains($"{marker} b,Procedure,Draft,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",9.2,", lines[1], StringComparison.Ordinal);
        var xlsx = await admin.GetByteArrayAsync($"{Base}/export?q={marker}&format=xlsx", Ct);
        using var stream = new MemoryStream(xlsx);
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Equal(4, workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Count());
    }

    [Fact]
    public async Task An_archived_document_keeps_its_versions_readable_and_refuses_changes_until_restored()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var id = await DraftAsync(admin, "Archived " + Guid.NewGuid().ToString("N")[..6], "Kept");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Base}/{id}/archive", new { reason = "" }, Ct),
            HttpStatusCode.BadRequest, "reason");
        var archived = await OkAsync(PostAsync(admin, $"{Base}/{id}/archive", new { reason = "Merged into the group policy" }));
        Assert.Equal("Merged into the group policy", archived.GetProperty("archiveReason").GetString());
        Assert.Equal("Kept", (await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/1"))).GetProperty("body").GetString());
        await HttpAssertions.AssertProblemAsync(await admin.PutAsJsonAsync($"{Base}/{id}/versions/1", new { body = "Changed" }, Ct),
            HttpStatusCode.Conflict, "status");
        await HttpAssertions.AssertProblemAsync(await admin.PutAsJsonAsync($"{Base}/{id}", new { title = "Renamed", type = "plan" }, Ct),
            HttpStatusCode.Conflict, "status");
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement>($"{Base}?archived=true&pageSize=200", Ct)).GetProperty("items").EnumerateArray(),
            d => d.GetProperty("id").GetGuid() == id);
        await OkAsync(PostAsync(admin, $"{Base}/{id}/restore"));
        await OkAsync(SendAsync(admin, HttpMethod.Put, $"{Base}/{id}/versions/1", new { body = "Changed" }));
    }

    [Fact]
    public async Task Templates_are_listed_and_read_with_their_bodies()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var templates = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/document-templates", Ct);
        Assert.Equal(7, templates.GetArrayLength());
        var policy = templates.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "ai-policy");
        Assert.Equal("aiPolicy", policy.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, policy.GetProperty("body").ValueKind);
        Assert.True(policy.GetProperty("openChoices").GetInt32() > 0);
        var one = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/document-templates/ai-policy", Ct);
        Assert.Contains("[[to decide:", one.GetProperty("body").GetString(), StringComparison.Ordinal);
        await HttpAssertions.AssertProblemAsync(await viewer.GetAsync("/api/v1/orgs/demo/document-templates/nope", Ct), HttpStatusCode.NotFound);
    }

    private static List<string> Titles(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

    private async Task<(int Documents, int Versions, int Links, int Ledger)> CountsAsync()
    {
        await using var db = await app.OpenDbAsync();
        return (await db.Set<Core.Documents.Document>().IgnoreQueryFilters().CountAsync(Ct),
            await db.Set<Core.Documents.DocumentVersion>().IgnoreQueryFilters().CountAsync(Ct),
            await db.Set<Core.Documents.DocumentReference>().IgnoreQueryFilters().CountAsync(Ct),
            await db.LedgerEntries.CountAsync(Ct));
    }
}

public sealed class SqliteDocumentsApiTests(SqliteAppFactory app) : DocumentsApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresDocumentsApiTests(PostgresAppFactory app) : DocumentsApiTests(app), IClassFixture<PostgresAppFactory>;
