using System.Net.Http.Json;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;

namespace Aims.Web.Tests.Registers;

/// <summary>The generic register verbs of the CLI (<c>aims &lt;register&gt; list|get|export</c>), through the AI systems.</summary>
public abstract class RegisterCliTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_get_and_export_go_through_the_api_with_the_registers_filters()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var marker = "Cli register " + Guid.NewGuid().ToString("N")[..8];
        var created = await (await admin.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems",
            new { name = marker, purpose = "Ranks support tickets", lifecycleStage = "deployment", initialStageReason = "In service before the AIMS" }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = created.GetProperty("id").GetGuid();
        string[] api = ["--org", "demo", "--api", "http://localhost/", "--token", app.DemoViewerToken];

        var (code, output, error) = await CliRun.RunAsync(app, ["ai-systems", "list", "--search", marker, "--stage", "deployment", .. api]);
        Assert.True(code == 0, error);
        Assert.StartsWith("ID", output, StringComparison.Ordinal);
        Assert.Contains(id.ToString("D"), output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 shown", output, StringComparison.Ordinal);
        (code, output, _) = await CliRun.RunAsync(app, ["ai-systems", "list", "--search", marker, "--stage", "inception", .. api]);
        Assert.Equal(0, code);
        Assert.Contains("0 of 0 shown", output, StringComparison.Ordinal);

        (code, output, error) = await CliRun.RunAsync(app, ["systems", "get", id.ToString("D"), .. api]);
        Assert.True(code == 0, error);
        Assert.Contains("Ranks support tickets", output, StringComparison.Ordinal);
        Assert.Contains("Deployment", output, StringComparison.Ordinal);

        (code, output, error) = await CliRun.RunAsync(app, ["ai-systems", "export", "--search", marker, .. api]);
        Assert.True(code == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Id,Name,", lines[0], StringComparison.Ordinal);

        var file = Path.Combine(Path.GetTempPath(), $"aims-export-{Guid.NewGuid():N}.xlsx");
        try
        {
            (code, _, error) = await CliRun.RunAsync(app, ["ai-systems", "export", "--format", "xlsx", "-o", file, "--search", marker, .. api]);
            Assert.True(code == 0, error);
            using var workbook = SpreadsheetDocument.Open(file, isEditable: false);
            Assert.Contains(marker, workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText, StringComparison.Ordinal);
            Assert.False(File.Exists(file + ".partial"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_bad_filter_value_is_named_and_the_exit_code_says_it_failed()
    {
        app.RequireProvider();
        var (code, _, error) = await CliRun.RunAsync(app, "ai-systems", "list", "--stage", "launch", "--org", "demo",
            "--api", "http://localhost/", "--token", app.DemoViewerToken);
        Assert.Equal(1, code);
        Assert.Contains("stage: Unknown value 'launch'", error, StringComparison.Ordinal);
        (code, _, error) = await CliRun.RunAsync(app, "ai-systems", "get", Guid.NewGuid().ToString("D"), "--org", "demo",
            "--api", "http://localhost/", "--token", app.DemoViewerToken);
        Assert.Equal(1, code);
        Assert.Contains("404", error, StringComparison.Ordinal);
        (code, _, error) = await CliRun.RunAsync(app, "ai-systems", "export", "--format", "xlsx", "--org", "demo",
            "--api", "http://localhost/", "--token", app.DemoViewerToken);
        Assert.NotEqual(0, code);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }
}

public sealed class SqliteRegisterCliTests(SqliteAppFactory app) : RegisterCliTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRegisterCliTests(PostgresAppFactory app) : RegisterCliTests(app), IClassFixture<PostgresAppFactory>;
