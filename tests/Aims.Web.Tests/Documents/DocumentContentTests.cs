using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// A version's content on both providers: a megabyte of Markdown survives exactly (and the ledger still reconciles),
/// the version in force renders to PDF and DOCX with its control block, and to sanitised HTML for reading.
/// </summary>
public abstract class DocumentContentTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_one_mebibyte_body_round_trips_exactly_and_the_ledger_still_reconciles()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var body = MegabyteOfMarkdown();
        Assert.Equal(1024 * 1024, body.Length);
        var id = (await OkAsync(PostAsync(admin, Base, new { title = "Megabyte " + Guid.NewGuid().ToString("N")[..6], type = "plan" }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var created = await OkAsync(PostAsync(admin, $"{Base}/{id}/versions", new { body }), HttpStatusCode.Created);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        Assert.Equal(sha, created.GetProperty("sha256").GetString());
        var read = await admin.GetFromJsonAsync<JsonElement>($"{Base}/{id}/versions/1", Ct);
        Assert.Equal(body, read.GetProperty("body").GetString());
        Assert.Null(await admin.GetFromJsonAsync<JsonElement>($"{Base}/{id}/versions", Ct) is { } list
            ? list[0].GetProperty("body").GetString()
            : "list missing");
        var edited = body[..^1] + "!";
        var put = await OkAsync(SendAsync(admin, HttpMethod.Put, $"{Base}/{id}/versions/1", new { body = edited }));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(edited))), put.GetProperty("sha256").GetString());
        Assert.Equal(edited, (await admin.GetFromJsonAsync<JsonElement>($"{Base}/{id}/versions/1", Ct)).GetProperty("body").GetString());

        var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task The_version_in_force_renders_to_pdf_and_docx_with_its_control_block()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var lead = await AddMemberAsync(app, Role.GovernanceLead);
        using var approver = await app.SignedInClientAsync(lead.Email);
        var title = "Rendered policy " + Guid.NewGuid().ToString("N")[..6];
        var id = await DraftAsync(admin, title, "# Purpose\n\nWe commit to **trustworthy** AI.\n\n- Fairness\n- Transparency\n",
            new { classification = "public", clauses = new[] { "5.2" } });
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{Base}/{id}/render", Ct), HttpStatusCode.NotFound);
        await PublishAsync(admin, approver, id, 1);
        var version = await admin.GetFromJsonAsync<JsonElement>($"{Base}/{id}/versions/1", Ct);
        var sha = version.GetProperty("sha256").GetString()!;

        var pdf = await admin.GetAsync($"{Base}/{id}/render?format=pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("-v1.pdf", pdf.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var text = PdfText.Read(await pdf.Content.ReadAsByteArrayAsync(Ct));
        foreach (var expected in new[] { title, "SHA-256", sha, "Published (in force)", "Approved by", lead.Email[..12], "Classification Public",
                     "Next review", "Clauses 5.2", "We commit to trustworthy AI." })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var docx = await admin.GetAsync($"{Base}/{id}/versions/1/render?format=docx", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct));
        using var word = WordprocessingDocument.Open(stream, isEditable: false);
        var wordText = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains(sha, wordText, StringComparison.Ordinal);
        Assert.Contains("Fairness", wordText, StringComparison.Ordinal);
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{Base}/{id}/render?format=html", Ct), HttpStatusCode.BadRequest, "format");
    }

    [Fact]
    public async Task A_version_reads_as_sanitised_html_with_its_headings()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var id = await DraftAsync(admin, "Html " + Guid.NewGuid().ToString("N")[..6],
            "# Scope\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1))\n\n![logo](https://example.com/logo.png)\n");
        var html = await admin.GetFromJsonAsync<JsonElement>($"{Base}/{id}/versions/1/html", Ct);
        var markup = html.GetProperty("html").GetString()!;
        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", markup, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Scope", html.GetProperty("headings")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(html.GetProperty("warnings").GetArrayLength() > 0);
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{Base}/{id}/versions/7/html", Ct), HttpStatusCode.NotFound);
    }

    // Headings, a table, CRLF and LF line ends, tabs, accents, CJK and an emoji (a surrogate pair), to exactly 1 MiB.
    private static string MegabyteOfMarkdown()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 1024 * 1024; i++)
        {
            text.Append(i % 2 == 0 ? "\r\n" : "\n").Append("## Section ").Append(i)
                .Append("\n\n| a\t| b |\n| --- | --- |\n| Ünïcødé | 管理システム 🤖 |\n\nLorem ipsum dolor sit amet, café.\n");
        }

        var result = text.ToString(0, 1024 * 1024);
        // Never end in half a surrogate pair.
        return char.IsHighSurrogate(result[^1]) ? result[..^1] + "x" : result;
    }
}

public sealed class SqliteDocumentContentTests(SqliteAppFactory app) : DocumentContentTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresDocumentContentTests(PostgresAppFactory app) : DocumentContentTests(app), IClassFixture<PostgresAppFactory>;
