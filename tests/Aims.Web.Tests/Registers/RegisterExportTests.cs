using System.Net;
using System.Net.Http.Json;
using System.Text;
using Aims.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Aims.Web.Tests.Registers;

/// <summary>
/// The shared register endpoints, through the AI system register: an export holds exactly the current filter with
/// the list's columns (CSV and xlsx), and a bad filter, sort or format answers 400 naming it before any file is written.
/// </summary>
public abstract class RegisterExportTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_export_holds_the_current_filter_with_the_lists_columns_as_csv_and_xlsx()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var marker = "Exportable " + Guid.NewGuid().ToString("N")[..8];
        foreach (var (suffix, stage) in new[] { ("one", "deployment"), ("two", "deployment"), ("three", "inception") })
        {
            var made = await admin.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems",
                new { name = $"{marker} {suffix}", purpose = "=HYPERLINK(\"x\") scores, with a comma", lifecycleStage = stage, initialStageReason = stage == "inception" ? null : "In service before the AIMS" }, Ct);
            Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        }

        var csvResponse = await admin.GetAsync($"/api/v1/orgs/demo/ai-systems/export?q={Uri.EscapeDataString(marker)}&stage=deployment&sort=-name", Ct);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csvResponse.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("nosniff", string.Join(",", csvResponse.Headers.GetValues("X-Content-Type-Options")), StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(await csvResponse.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id,Name,Purpose,Intended use,Owner,Lifecycle stage,Status,Type,Autonomy,Oversight by,Our role (ISO/IEC 22989),EU AI Act role,Affected persons,Components,EU AI Act tier,Datasets,Third parties,Archived at,Archive reason,Created at,Created by,Updated at,Updated by,Version", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains($"{marker} two", lines[1], StringComparison.Ordinal); // -name: "two" before "one"
        Assert.Contains($"{marker} one", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\") scores, with a comma\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Deployment,Active,", lines[1], StringComparison.Ordinal);

        var xlsxResponse = await admin.GetAsync($"/api/v1/orgs/demo/ai-systems/export?format=xlsx&q={Uri.EscapeDataString(marker)}", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsxResponse.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsxResponse.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsxResponse.Content.ReadAsByteArrayAsync(Ct));
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(4, rows.Count); // header + the three systems of the search (no stage filter this time)
        Assert.Equal("Name", rows[0].Elements<Cell>().ElementAt(1).InnerText);
        Assert.Equal($"{marker} one", rows[1].Elements<Cell>().ElementAt(1).InnerText); // default sort: name
    }

    [Theory]
    [InlineData("format=pdf", "format")]
    [InlineData("stage=launch", "stage")]
    [InlineData("ownerId=not-an-id", "ownerId")]
    [InlineData("sort=colour", "sort")]
    [InlineData("q=ab", "q")]
    public async Task A_bad_export_request_answers_400_naming_the_parameter(string query, string field)
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"/api/v1/orgs/demo/ai-systems/export?{query}", Ct),
            HttpStatusCode.BadRequest, field);
        if (field != "format")
        {
            // The list takes the same parameters with the same answers.
            await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"/api/v1/orgs/demo/ai-systems?{query}", Ct),
                HttpStatusCode.BadRequest, field);
        }
    }

    [Fact]
    public async Task An_export_of_another_organizations_register_is_not_found()
    {
        app.RequireProvider();
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        await HttpAssertions.AssertProblemAsync(await acme.GetAsync("/api/v1/orgs/demo/ai-systems/export", Ct), HttpStatusCode.NotFound);
    }
}

public sealed class SqliteRegisterExportTests(SqliteAppFactory app) : RegisterExportTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRegisterExportTests(PostgresAppFactory app) : RegisterExportTests(app), IClassFixture<PostgresAppFactory>;
