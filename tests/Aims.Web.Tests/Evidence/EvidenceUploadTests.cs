using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests.Evidence;

/// <summary>
/// Uploading evidence files over HTTP, on both providers: the bytes come back exactly, refused content (by kind, by
/// size, by a bad field) leaves nothing behind — no row, no ledger entry, no stored or half-written file — and another
/// organization's items and files do not exist for the caller.
/// </summary>
public abstract class EvidenceUploadTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_upload_round_trips_byte_for_byte_and_answers_its_id_and_sha256()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var system = await CreateSystemAsync(client, "demo", "Credit scoring " + Guid.NewGuid().ToString("N")[..6]);
        var pdf = SampleFiles.Pdf();
        using var form = EvidenceForms.Upload(pdf, "validation-report.pdf",
            ("title", "Validation report Q1"), ("controls", "A.6.2.4"), ("controls", "a.6.2.5"), ("clauses", "8.2"),
            ("aiSystemIds", system.ToString()), ("effectiveDate", "2026-01-15"), ("validUntil", "2099-12-31"),
            ("description", "Signed off by the model risk committee."));
        var response = await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct);
        var created = await EvidenceForms.CreatedAsync(response);

        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(EvidenceForms.Sha256(pdf), created.GetProperty("sha256").GetString());
        Assert.EndsWith($"/api/v1/orgs/demo/evidence/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("file", created.GetProperty("kind").GetString());
        Assert.Equal("2026-01-15", created.GetProperty("effectiveDate").GetString());
        Assert.Equal("valid", created.GetProperty("validity").GetProperty("status").GetString());
        Assert.Equal(["A.6.2.4", "A.6.2.5"], created.GetProperty("controls").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(created.GetProperty("controls")[0].GetProperty("name").GetString()));
        Assert.Equal("8.2", created.GetProperty("clauses")[0].GetProperty("id").GetString());
        Assert.StartsWith("Credit scoring", created.GetProperty("aiSystems")[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        var file = created.GetProperty("file");
        Assert.Equal("pdf", file.GetProperty("kind").GetString());
        Assert.Equal("validation-report.pdf", file.GetProperty("fileName").GetString());
        Assert.Equal(pdf.Length, file.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(1, created.GetProperty("fileCount").GetInt32());

        var content = await client.GetAsync($"/api/v1/orgs/demo/evidence/{id}/content", Ct);
        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal(pdf, await content.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("application/pdf", content.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", content.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("validation-report.pdf", content.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", string.Join(",", content.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_text_file_named_pdf_downloads_as_text_under_a_name_that_says_so()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var text = Encoding.UTF8.GetBytes("Review notes: the model passed.\n");
        using var form = EvidenceForms.Upload(text, "notes.pdf", ("title", "Review notes"));
        var created = await EvidenceForms.CreatedAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct));

        var content = await client.GetAsync($"/api/v1/orgs/demo/evidence/{created.GetProperty("id").GetGuid()}/content", Ct);
        Assert.Equal(text, await content.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("text/plain", content.Content.Headers.ContentType?.MediaType);
        Assert.Equal("notes.pdf.txt", content.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "report.pdf")]
    [InlineData("  <svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "chart.png")]
    public async Task A_page_renamed_to_an_accepted_extension_is_refused_415_and_nothing_is_stored(string markup, string fileName)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await EvidenceForms.FootprintAsync(app);
        using var form = EvidenceForms.Upload(Encoding.UTF8.GetBytes(markup), fileName, ("title", "Disguised page"));

        var response = await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct);

        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "file");
        Assert.Contains("not accepted", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await EvidenceForms.FootprintAsync(app));
    }

    [Fact]
    public async Task A_51_MB_upload_is_refused_413_and_nothing_is_stored()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await EvidenceForms.FootprintAsync(app);
        var body = new GeneratedStream(51L * 1024 * 1024); // produced as it is sent, never held in memory
        using var form = EvidenceForms.Upload(new StreamContent(body), "huge.csv", ("title", "Too big"));

        var response = await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct);

        var problem = await HttpAssertions.AssertProblemAsync(response, (HttpStatusCode)413, "file");
        Assert.Contains("52,428,800", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await EvidenceForms.FootprintAsync(app));
    }

    [Theory]
    [InlineData("title=", "title")]
    [InlineData("controls=A.99.1", "controls")]
    [InlineData("clauses=11.1", "clauses")]
    [InlineData("validUntil=2025-12-31", "validUntil")]
    [InlineData("effectiveDate=31.12.2026", "effectiveDate")]
    [InlineData("ownerId=00000000-0000-0000-0000-00000000abcd", "ownerId")]
    [InlineData("aiSystemIds=not-a-guid", "aiSystemIds")]
    [InlineData("titel=Typo", "titel")]
    [InlineData("url=https://example.com", "url")]
    public async Task A_bad_field_answers_400_naming_it_and_nothing_is_stored(string field, string invalid)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await EvidenceForms.FootprintAsync(app);
        var (name, value) = (field[..field.IndexOf('=', StringComparison.Ordinal)], field[(field.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var fields = new List<(string, string)> { ("effectiveDate", "2026-01-01") };
        fields.RemoveAll(f => f.Item1 == name);
        fields.Add(name == "title" ? ("title", value) : ("title", "Checked first"));
        if (name != "title")
        {
            fields.Add((name, value));
        }

        // Fields before the file are refused before the file is read; the same fields after it are refused too.
        using var first = EvidenceForms.Upload(SampleFiles.Png(), "chart.png", [.. fields]);
        await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", first, Ct), HttpStatusCode.BadRequest, invalid);
        using var after = EvidenceForms.FileFirst(SampleFiles.Png(), "chart.png", [.. fields]);
        await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", after, Ct), HttpStatusCode.BadRequest, invalid);
        Assert.Equal(before, await EvidenceForms.FootprintAsync(app));
    }

    [Fact]
    public async Task Another_organizations_AI_system_a_missing_file_and_several_bad_fields_are_all_named()
    {
        app.RequireProvider();
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        var foreign = await CreateSystemAsync(acme, "acme", "Acme vision " + Guid.NewGuid().ToString("N")[..6]);
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await EvidenceForms.FootprintAsync(app);

        using var bad = EvidenceForms.FileFirst(SampleFiles.Png(), "chart.png",
            ("aiSystemIds", foreign.ToString()), ("controls", "A.6.2.4"), ("controls", "B.1"),
            ("effectiveDate", "2026-06-01"), ("validUntil", "2026-05-31"));
        var problem = await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", bad, Ct),
            HttpStatusCode.BadRequest, "title", "aiSystemIds", "controls", "validUntil");
        Assert.Contains(foreign.ToString(), problem.GetProperty("errors").GetProperty("aiSystemIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("'B.1'", problem.GetProperty("errors").GetProperty("controls")[0].GetString(), StringComparison.Ordinal);

        using var noFile = new MultipartFormDataContent { { new StringContent("No file here"), "title" } };
        await HttpAssertions.AssertProblemAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", noFile, Ct), HttpStatusCode.BadRequest, "file");
        Assert.Equal(before, await EvidenceForms.FootprintAsync(app));
    }

    [Fact]
    public async Task A_new_file_supersedes_the_old_one_which_stays_downloadable()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var first = SampleFiles.Png();
        using var form = EvidenceForms.Upload(first, "dashboard-march.png",
            ("title", "Monitoring dashboard"), ("controls", "A.6.2.6"), ("effectiveDate", "2026-03-01"), ("validUntil", "2026-03-31"));
        var created = await EvidenceForms.CreatedAsync(await client.PostAsync("/api/v1/orgs/demo/evidence", form, Ct));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("expired", created.GetProperty("validity").GetProperty("status").GetString());

        var second = SampleFiles.Jpeg();
        using var next = EvidenceForms.Upload(second, "dashboard-april.jpg", ("effectiveDate", "2026-04-01"), ("validUntil", "2099-04-30"));
        var superseded = await client.PostAsync($"/api/v1/orgs/demo/evidence/{id}/files", next, Ct);
        Assert.Equal(HttpStatusCode.OK, superseded.StatusCode);
        var item = await superseded.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(EvidenceForms.Sha256(second), item.GetProperty("sha256").GetString());
        Assert.Equal(2, item.GetProperty("fileCount").GetInt32());
        Assert.Equal("2026-04-01", item.GetProperty("effectiveDate").GetString());
        Assert.Equal("valid", item.GetProperty("validity").GetProperty("status").GetString());
        Assert.Equal("A.6.2.6", item.GetProperty("controls")[0].GetProperty("id").GetString());

        var files = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/evidence/{id}/files", Ct);
        Assert.Equal([2, 1], files.EnumerateArray().Select(f => f.GetProperty("number").GetInt32()));
        Assert.True(files[0].GetProperty("current").GetBoolean());
        Assert.False(files[1].GetProperty("current").GetBoolean());
        Assert.Equal("2026-03-31", files[1].GetProperty("validUntil").GetString());
        Assert.Equal(second, await client.GetByteArrayAsync($"/api/v1/orgs/demo/evidence/{id}/content", Ct));
        var old = await client.GetAsync($"/api/v1/orgs/demo/evidence/{id}/files/{EvidenceForms.Sha256(first)}", Ct);
        Assert.Equal(first, await old.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("image/png", old.Content.Headers.ContentType?.MediaType);
        Assert.Equal("dashboard-march.png", old.Content.Headers.ContentDisposition?.FileNameStar);

        // The item's own history shows the change of file.
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/evidence/{id}/history", Ct);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("changes").GetString()!.Contains(EvidenceForms.Sha256(second), StringComparison.Ordinal));

        var unknown = await client.GetAsync($"/api/v1/orgs/demo/evidence/{id}/files/{new string('a', 64)}", Ct);
        await HttpAssertions.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        var malformed = await client.GetAsync($"/api/v1/orgs/demo/evidence/{id}/files/not-a-hash", Ct);
        await HttpAssertions.AssertProblemAsync(malformed, HttpStatusCode.BadRequest, "sha256");
    }

    [Fact]
    public async Task Another_organizations_item_its_content_and_its_files_are_not_found()
    {
        app.RequireProvider();
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        var bytes = SampleFiles.Docx();
        using var form = EvidenceForms.Upload(bytes, "policy.docx", ("title", "Acme policy"));
        var created = await EvidenceForms.CreatedAsync(await acme.PostAsync("/api/v1/orgs/acme/evidence", form, Ct));
        var id = created.GetProperty("id").GetGuid();

        using var demo = app.ClientWithToken(app.DemoAdminToken);
        foreach (var path in new[] { "", "/content", "/files", $"/files/{EvidenceForms.Sha256(bytes)}", "/history" })
        {
            await HttpAssertions.AssertProblemAsync(await demo.GetAsync($"/api/v1/orgs/demo/evidence/{id}{path}", Ct), HttpStatusCode.NotFound);
        }

        using var next = EvidenceForms.Upload(SampleFiles.Png(), "x.png");
        await HttpAssertions.AssertProblemAsync(await demo.PostAsync($"/api/v1/orgs/demo/evidence/{id}/files", next, Ct), HttpStatusCode.NotFound);
        // The other organization's token does not open this organization at all.
        await HttpAssertions.AssertProblemAsync(await demo.GetAsync($"/api/v1/orgs/acme/evidence/{id}/content", Ct), HttpStatusCode.NotFound);
        Assert.Equal(bytes, await acme.GetByteArrayAsync($"/api/v1/orgs/acme/evidence/{id}/content", Ct));
    }

    [Fact]
    public async Task A_viewer_cannot_upload_and_a_browser_session_needs_the_antiforgery_header()
    {
        app.RequireProvider();
        var before = await EvidenceForms.FootprintAsync(app);
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        using var form = EvidenceForms.Upload(SampleFiles.Png(), "x.png", ("title", "Viewer upload"));
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsync("/api/v1/orgs/demo/evidence", form, Ct), HttpStatusCode.Forbidden);

        using var browser = await app.SignedInClientAsync(AimsAppFactory.AdminEmail);
        using var posted = EvidenceForms.Upload(SampleFiles.Png(), "x.png", ("title", "Cross-site upload"));
        await HttpAssertions.AssertProblemAsync(await browser.PostAsync("/api/v1/orgs/demo/evidence", posted, Ct),
            HttpStatusCode.BadRequest, "RequestVerificationToken");
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orgs/demo/evidence")
        {
            Content = EvidenceForms.Upload(SampleFiles.Png(), "x.png", ("title", "Forged token")),
        };
        forged.Headers.Add("RequestVerificationToken", "not-a-token");
        await HttpAssertions.AssertProblemAsync(await browser.SendAsync(forged, Ct), HttpStatusCode.BadRequest, "RequestVerificationToken");
        Assert.Equal(before, await EvidenceForms.FootprintAsync(app));

        // The page's own token (as the UI would send it) lets the signed-in person upload.
        var page = await browser.GetStringAsync("/", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "the signed-in page carries no antiforgery token");
        using var genuine = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orgs/demo/evidence")
        {
            Content = EvidenceForms.Upload(SampleFiles.Png(), "x.png", ("title", "Uploaded from the page")),
        };
        genuine.Headers.Add("RequestVerificationToken", token);
        await EvidenceForms.CreatedAsync(await browser.SendAsync(genuine, Ct));
    }

    internal static async Task<Guid> CreateSystemAsync(HttpClient client, string org, string name)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/orgs/{org}/ai-systems", new { name }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}

public sealed class SqliteEvidenceUploadTests(SqliteAppFactory app) : EvidenceUploadTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresEvidenceUploadTests(PostgresAppFactory app) : EvidenceUploadTests(app), IClassFixture<PostgresAppFactory>;
