using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Web.Tests.Evidence;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// A version whose content is an uploaded file (a policy signed as a PDF), on both providers: the file replaces the
/// draft's Markdown, the version's SHA-256 becomes the file's so approval signs the exact bytes, it downloads byte for
/// byte as an attachment, reads and compares as a description naming the file, and once submitted it cannot change.
/// A refused upload changes nothing.
/// </summary>
public abstract class DocumentVersionFileTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_pdf_becomes_the_drafts_content_is_approved_by_its_hash_and_downloads_byte_for_byte()
    {
        app.RequireProvider();
        using var author = app.ClientWithToken(app.DemoAdminToken);
        var id = await DraftAsync(author, "Signed AI policy " + Guid.NewGuid().ToString("N")[..6], "# Draft to be replaced\n");
        var pdf = SampleFiles.Pdf();
        var sha = EvidenceForms.Sha256(pdf);

        var uploaded = await UploadAsync(author, id, 1, pdf, "AI policy (signed).pdf", ("changeSummary", "Signed by the board"));
        Assert.Equal(HttpStatusCode.OK, uploaded.Status);
        var version = uploaded.Body;
        Assert.Equal(sha, version.GetProperty("sha256").GetString());
        Assert.Equal("", version.GetProperty("body").GetString());
        Assert.Equal("Signed by the board", version.GetProperty("changeSummary").GetString());
        var file = version.GetProperty("file");
        Assert.Equal("AI policy (signed).pdf", file.GetProperty("fileName").GetString());
        Assert.Equal(pdf.Length, file.GetProperty("size").GetInt64());
        Assert.Equal("pdf", file.GetProperty("kind").GetString());
        Assert.Equal("application/pdf", file.GetProperty("contentType").GetString());

        using (var download = await author.GetAsync($"{Base}/{id}/versions/1/file", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        }

        var html = await OkAsync(SendAsync(author, HttpMethod.Get, $"{Base}/{id}/versions/1/html"));
        Assert.Contains("AI policy (signed).pdf", html.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains(sha, html.GetProperty("html").GetString(), StringComparison.Ordinal);

        // Approval signs the file's hash; the submitted version can no longer take another file.
        var lead = await AddMemberAsync(app, Role.GovernanceLead);
        using var approver = await app.SignedInClientAsync(lead.Email);
        await OkAsync(PostAsync(author, $"{Base}/{id}/versions/1/submit"));
        var approved = await OkAsync(PostAsync(approver, $"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword, sha256 = sha }));
        Assert.Equal(sha, approved.GetProperty("approvals")[0].GetProperty("sha256").GetString());
        var refused = await UploadAsync(author, id, 1, SampleFiles.Docx(), "other.docx");
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        await OkAsync(PostAsync(author, $"{Base}/{id}/versions/1/publish"));
        Assert.Equal(sha, (await OkAsync(SendAsync(author, HttpMethod.Get, $"{Base}/{id}/versions/1"))).GetProperty("sha256").GetString());

        // The next version goes back to Markdown; the comparison says which file it replaced.
        await OkAsync(PostAsync(author, $"{Base}/{id}/versions", new { body = "# AI policy\n\nNow kept in OpenAIMS.\n" }), HttpStatusCode.Created);
        var diff = await author.GetStringAsync($"{Base}/{id}/versions/compare?from=1&to=2&format=diff", Ct);
        Assert.Contains("-File: AI policy (signed).pdf", diff, StringComparison.Ordinal);
        Assert.Contains("-SHA-256: " + sha, diff, StringComparison.Ordinal);
        Assert.Contains("+Now kept in OpenAIMS.", diff, StringComparison.Ordinal);
        var markdownFile = await author.GetAsync($"{Base}/{id}/versions/2/file", Ct);
        await HttpAssertions.AssertProblemAsync(markdownFile, HttpStatusCode.NotFound);

        using var rendered = await author.GetAsync($"{Base}/{id}/versions/1/render?format=pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        var text = PdfText.Read(await rendered.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("AI policy (signed).pdf", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_upload_leaves_the_draft_as_it_was()
    {
        app.RequireProvider();
        using var author = app.ClientWithToken(app.DemoAdminToken);
        const string body = "# Procedure\n\nStep one.\n";
        var id = await DraftAsync(author, "Procedure " + Guid.NewGuid().ToString("N")[..6], body);
        var before = await OkAsync(SendAsync(author, HttpMethod.Get, $"{Base}/{id}/versions/1"));

        var page = System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await UploadAsync(author, id, 1, page, "policy.pdf")).Status);
        var twice = await UploadAsync(author, id, 1, SampleFiles.Pdf(), "policy.pdf", ("changeSummary", "one"), ("changeSummary", "two"));
        Assert.Equal(HttpStatusCode.BadRequest, twice.Status);
        Assert.True(twice.Body.GetProperty("errors").TryGetProperty("changeSummary", out _));
        var unknown = await UploadAsync(author, id, 1, SampleFiles.Pdf(), "policy.pdf", ("title", "not a field here"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(viewer, id, 1, SampleFiles.Pdf(), "policy.pdf")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(author, id, 7, SampleFiles.Pdf(), "policy.pdf")).Status);

        var after = await OkAsync(SendAsync(author, HttpMethod.Get, $"{Base}/{id}/versions/1"));
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.Equal(body, after.GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("file").ValueKind);

        // Saving Markdown again makes a file draft a Markdown draft.
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(author, id, 1, SampleFiles.Docx(), "procedure.docx")).Status);
        var markdown = await OkAsync(SendAsync(author, HttpMethod.Put, $"{Base}/{id}/versions/1", new { body = "# Back to text\n" }));
        Assert.Equal(JsonValueKind.Null, markdown.GetProperty("file").ValueKind);
        Assert.Equal("# Back to text\n", markdown.GetProperty("body").GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient client, Guid id, int number, byte[] file,
        string fileName, params (string Name, string Value)[] fields)
    {
        using var form = EvidenceForms.Upload(file, fileName, fields);
        using var response = await client.PutAsync($"{Base}/{id}/versions/{number}/file", form, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}

public sealed class SqliteDocumentVersionFileTests(SqliteAppFactory app) : DocumentVersionFileTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresDocumentVersionFileTests(PostgresAppFactory app) : DocumentVersionFileTests(app), IClassFixture<PostgresAppFactory>;
