using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Reporting.Tables;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests.Registers;

/// <summary>
/// Bulk import of datasets, AI systems and third parties on both providers: a file with bad rows is refused with one
/// precise problem per bad row (line, field, reason) and stores nothing, ledger included; the fixed file imports every
/// row, each ledgered as a create; xlsx reads like CSV (dates included); the CLI prints file, line and field.
/// </summary>
public abstract class RegisterImportTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string DatasetHeader = "name,Purpose,provenance,acquisition,Personal data,legalBasis,ownerId,aiSystemIds";

    [Fact]
    public async Task Five_thousand_rows_with_twelve_bad_ones_are_refused_with_twelve_problems_and_the_fixed_file_imports()
    {
        app.RequireProvider();
        var org = "imp-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        (await admin.PostAsJsonAsync($"{api}/ai-systems", new { name = "Credit scorer", purpose = "Scores applications" }, Ct)).EnsureSuccessStatusCode();
        var bad = new Dictionary<int, (string Field, string Reason)>();
        var rows = new List<string>();
        for (var i = 1; i <= 5000; i++)
        {
            var line = i + 1;
            string[] cells = [$"Loan book {i:D5}", "training", "\"Core banking export, 2019-2025\"", "collectedInHouse", "personal", "GDPR Art. 6(1)(b)",
                AimsAppFactory.AdminEmail, "Credit scorer"];
            if (i % 400 == 0)
            {
                switch (i / 400 % 4)
                {
                    case 0: cells[1] = "trainingg"; bad[line] = ("purpose", "'trainingg' is not a value of Purpose"); break;
                    case 1: cells[5] = ""; bad[line] = ("legalBasis", "Legal basis is required"); break;
                    case 2: cells[6] = "nobody@example.com"; bad[line] = ("ownerId", "nobody@example.com"); break;
                    default: cells[7] = "No such system"; bad[line] = ("aiSystemIds", "'No such system'"); break;
                }
            }

            rows.Add(string.Join(',', cells));
        }

        Assert.Equal(12, bad.Count);
        var file = DatasetHeader + "\n" + string.Join("\n", rows) + "\n";
        var ledger = await Documents.DocumentsWorld.LedgerCountAsync(app);

        var preview = await admin.PostAsync($"{api}/datasets/import?preview=true", Csv(file), Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var checkedOnly = await preview.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(5000, checkedOnly.GetProperty("rows").GetInt32());
        Assert.False(checkedOnly.GetProperty("committed").GetBoolean());
        AssertProblems(bad, checkedOnly.GetProperty("errors"));

        var refused = await HttpAssertions.AssertProblemAsync(await admin.PostAsync($"{api}/datasets/import", Csv(file), Ct), HttpStatusCode.BadRequest);
        AssertProblems(bad, refused.GetProperty("importErrors"));
        Assert.True(refused.GetProperty("errors").TryGetProperty("line 401: legalBasis", out _), refused.ToString());
        Assert.Equal(ledger, await Documents.DocumentsWorld.LedgerCountAsync(app));
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"{api}/datasets", Ct)).GetProperty("total").GetInt32());

        var fixedFile = file.Replace("trainingg", "training", StringComparison.Ordinal).Replace("nobody@example.com", AimsAppFactory.AdminEmail, StringComparison.Ordinal)
            .Replace("No such system", "Credit scorer", StringComparison.Ordinal).Replace(",personal,,", ",personal,GDPR Art. 6(1)(b),", StringComparison.Ordinal);
        var imported = await admin.PostAsync($"{api}/datasets/import", Csv(fixedFile), Ct);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(Ct));
        var result = await imported.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(5000, result.GetProperty("imported").GetInt32());
        Assert.Equal(5000, (await admin.GetFromJsonAsync<JsonElement>($"{api}/datasets", Ct)).GetProperty("total").GetInt32());
        // One created dataset and one link per row, each in the ledger.
        Assert.Equal(ledger + 10_000, await Documents.DocumentsWorld.LedgerCountAsync(app));
        var one = (await admin.GetFromJsonAsync<JsonElement>($"{api}/datasets?q=Loan%20book%2004000", Ct)).GetProperty("items")[0];
        Assert.Equal("Core banking export, 2019-2025", one.GetProperty("provenance").GetString());
        Assert.Equal("Credit scorer", one.GetProperty("aiSystems")[0].GetProperty("name").GetString());
        Assert.Equal("personal", one.GetProperty("personalData").GetString());
        // The rows were written in multi-row statements: every column must still equal what its ledger entry says.
        await AssertTablesMatchTheLedgerAsync();
    }

    private async Task AssertTablesMatchTheLedgerAsync()
    {
        var (code, output, error) = await CliRun.RunAsync(app, "ledger", "verify");
        Assert.True(code == 0, error + output);
        Assert.Contains("Tables match the ledger", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ai_systems_import_from_xlsx_with_names_unique_in_the_file_and_the_register_and_a_reason_for_a_later_stage()
    {
        app.RequireProvider();
        var org = "imp-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        (await admin.PostAsJsonAsync($"{api}/ai-systems", new { name = "Claims triage" }, Ct)).EnsureSuccessStatusCode();
        string[][] rows =
        [
            ["Fraud scorer", "Flags card fraud", "machineLearningModel", "Human in the loop", "Germany\nFrance", "", ""],
            ["claims TRIAGE", "Routes claims", "", "", "", "", ""],
            ["Fraud scorer", "A second one", "", "", "", "", ""],
            ["Chat assistant", "Answers customers", "generativeApplication", "", "", "operationAndMonitoring", ""],
        ];
        var bytes = await XlsxAsync(["Name", "Purpose", "systemType", "Level of autonomy", "geographies", "lifecycleStage", "initialStageReason"], rows);
        var refused = await HttpAssertions.AssertProblemAsync(await admin.PostAsync($"{api}/ai-systems/import", Xlsx(bytes), Ct), HttpStatusCode.BadRequest);
        var problems = refused.GetProperty("importErrors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Equal([(3, "name"), (4, "name"), (5, "initialStageReason")], problems);
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems", Ct)).GetProperty("total").GetInt32());

        rows[1][0] = "Claims triage v2";
        rows[2][0] = "Fraud scorer (cards)";
        rows[3][6] = "Live since 2024, before the AIMS";
        var imported = await admin.PostAsync($"{api}/ai-systems/import", Xlsx(await XlsxAsync(
            ["Name", "Purpose", "systemType", "Level of autonomy", "geographies", "lifecycleStage", "initialStageReason"], rows)), Ct);
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync(Ct));
        var list = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems?q=fraud%20scorer&sort=name", Ct);
        var fraud = list.GetProperty("items")[0];
        Assert.Equal("humanInTheLoop", fraud.GetProperty("autonomyLevel").GetString());
        Assert.Equal(["Germany", "France"], fraud.GetProperty("geographies").EnumerateArray().Select(g => g.GetString()));
        var chat = (await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems?q=chat", Ct)).GetProperty("items")[0];
        Assert.Equal("operationAndMonitoring", chat.GetProperty("lifecycleStage").GetString());
        var lifecycle = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{chat.GetProperty("id").GetGuid()}/lifecycle", Ct);
        var step = lifecycle.GetProperty("timeline")[0];
        Assert.Equal("exception", step.GetProperty("outcome").GetString());
        Assert.Equal("Live since 2024, before the AIMS", step.GetProperty("reason").GetString());
        await AssertTablesMatchTheLedgerAsync();
    }

    [Fact]
    public async Task The_cli_imports_third_parties_and_names_the_file_line_and_field_of_each_problem()
    {
        app.RequireProvider();
        var dir = Directory.CreateTempSubdirectory("aims-import-");
        var name = "Vendor " + Guid.NewGuid().ToString("N")[..6];
        var path = Path.Combine(dir.FullName, "suppliers.csv");
        await File.WriteAllTextAsync(path, "name,kind,responsibilities,reviewDate\n" +
            $"{name} A,supplier,\"deployment=shared; operationAndMonitoring=provider\",2027-12-31\n" +
            $"{name} B,supplier,deployment=nobody,31/12/2027\n", Ct);
        string[] api = ["--org", "demo", "--api", "http://localhost/", "--token", app.DemoAdminToken];
        var ledger = await Documents.DocumentsWorld.LedgerCountAsync(app);

        var (code, _, error) = await CliRun.RunAsync(app, ["third-parties", "import", path, .. api]);
        Assert.Equal(1, code);
        Assert.Contains("suppliers.csv line 3: responsibilities: 'nobody' is not a value of Responsibilities", error, StringComparison.Ordinal);
        Assert.Contains("suppliers.csv line 3: reviewDate: '31/12/2027' is not a date", error, StringComparison.Ordinal);
        Assert.Equal(ledger, await Documents.DocumentsWorld.LedgerCountAsync(app));

        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path, Ct)).Replace("deployment=nobody,31/12/2027", "deployment=organization,2027-12-31",
            StringComparison.Ordinal), Ct);
        (code, var output, error) = await CliRun.RunAsync(app, ["third-parties", "import", path, "--preview", .. api]);
        Assert.True(code == 0, error);
        Assert.Contains("2 row(s) checked, no problems", output, StringComparison.Ordinal);
        (code, output, error) = await CliRun.RunAsync(app, ["third-parties", "import", path, .. api]);
        Assert.True(code == 0, error);
        Assert.Contains("Imported 2 third party(s)", output, StringComparison.Ordinal);
        await using var db = await app.OpenDbAsync();
        var stored = await db.Set<Core.ThirdParties.ThirdParty>().IgnoreQueryFilters().Where(t => t.Name.StartsWith(name)).OrderBy(t => t.Name).ToListAsync(Ct);
        Assert.Equal(2, stored.Count);
        Assert.Equal(new DateOnly(2027, 12, 31), stored[1].ReviewDate);
        dir.Delete(recursive: true);
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "", "text/csv", "file" },
        { "name,colour\nA,red\n", "text/csv", "line 1: colour" },
        { "purpose\nScores\n", "text/csv", "line 1: name" },
        { "name\n", "text/csv", "line 1: file" },
        { "name,purpose\nA,B,C\n", "text/csv", "line 2: column 3" },
        { "PK\u0003\u0004 not really a zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "file" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_cannot_be_imported_is_refused_naming_where_and_stores_nothing(string body, string type, string field)
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var ledger = await Documents.DocumentsWorld.LedgerCountAsync(app);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        await HttpAssertions.AssertProblemAsync(await admin.PostAsync("/api/v1/orgs/demo/ai-systems/import", content, Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(ledger, await Documents.DocumentsWorld.LedgerCountAsync(app));
    }

    [Fact]
    public async Task A_viewer_cannot_import_and_the_template_names_every_column()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsync("/api/v1/orgs/demo/datasets/import", Csv("name\nA\n"), Ct), HttpStatusCode.Forbidden);
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var template = await admin.GetStringAsync("/api/v1/orgs/demo/datasets/import/template", Ct);
        Assert.StartsWith("name,purpose,aiSystemIds,description,provenance,", template, StringComparison.Ordinal);
    }

    private static void AssertProblems(Dictionary<int, (string Field, string Reason)> expected, JsonElement errors)
    {
        var found = errors.EnumerateArray().ToList();
        Assert.Equal(expected.Count, found.Count);
        foreach (var error in found)
        {
            var line = error.GetProperty("line").GetInt32();
            Assert.True(expected.TryGetValue(line, out var want), $"unexpected problem on line {line}: {error}");
            Assert.Equal(want.Field, error.GetProperty("field").GetString());
            Assert.Contains(want.Reason, error.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static ByteArrayContent Xlsx(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return content;
    }

    private static async Task<byte[]> XlsxAsync(string[] headers, string[][] rows)
    {
        var table = new TableDefinition<string[]>();
        for (var i = 0; i < headers.Length; i++)
        {
            var at = i;
            table = table.Column("c" + i, headers[i], r => r[at].Length == 0 ? CellValue.Null : CellValue.Text(r[at]));
        }

        using var output = new MemoryStream();
        await TableExport.WriteAsync(ExportFormat.Xlsx, table, rows.ToAsyncEnumerable(), output, "Systems", Ct);
        return output.ToArray();
    }
}

public sealed class SqliteRegisterImportTests(SqliteAppFactory app) : RegisterImportTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRegisterImportTests(PostgresAppFactory app) : RegisterImportTests(app), IClassFixture<PostgresAppFactory>;
