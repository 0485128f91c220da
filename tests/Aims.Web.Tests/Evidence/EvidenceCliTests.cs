using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests.Evidence;

/// <summary>
/// <c>aims evidence-items upload|add-file</c> against the test host: the file goes up through the API and comes back
/// byte for byte; a refusal names the file and the option to fix.
/// </summary>
public abstract partial class EvidenceCliTests(AimsAppFactory app) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("aims-evidence-cli-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_prints_the_id_and_sha256_of_the_stored_file_and_add_file_supersedes_it()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var system = await EvidenceUploadTests.CreateSystemAsync(client, "demo", "Triage model " + Guid.NewGuid().ToString("N")[..6]);
        var path = Path.Combine(_dir.FullName, "test-plan.pdf");
        var pdf = SampleFiles.Pdf();
        await File.WriteAllBytesAsync(path, pdf, Ct);

        var (code, output, error) = await RunAsync("evidence-items", "upload", path, "--title", "Test plan", "--control", "A.6.2.4",
            "--control", "A.6.2.5", "--clause", "8.3", "--system", system.ToString(), "--effective-date", "2026-02-01", "--valid-until", "2099-01-31");

        Assert.True(code == 0, error);
        var id = Guid.Parse(IdLine().Match(output).Groups[1].Value);
        Assert.Contains($"sha256:   {EvidenceForms.Sha256(pdf)}", output, StringComparison.Ordinal);
        Assert.Equal(pdf, await client.GetByteArrayAsync($"/api/v1/orgs/demo/evidence/{id}/content", Ct));
        var item = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/orgs/demo/evidence/{id}", Ct);
        Assert.Equal(2, item.GetProperty("controls").GetArrayLength());
        Assert.Equal(system, item.GetProperty("aiSystems")[0].GetProperty("id").GetGuid());
        Assert.Equal("test-plan.pdf", item.GetProperty("file").GetProperty("fileName").GetString());

        // The shared register verbs, under the evidence register's own command name.
        (code, output, error) = await RunAsync("evidence-items", "list", "--search", "Test plan", "--control", "A.6.2.5", "--validity", "valid");
        Assert.True(code == 0, error);
        Assert.Contains(id.ToString("D"), output, StringComparison.Ordinal);
        (code, output, error) = await RunAsync("evidence-items", "get", id.ToString("D"));
        Assert.True(code == 0, error);
        Assert.Contains(EvidenceForms.Sha256(pdf), output, StringComparison.Ordinal);

        var next = Path.Combine(_dir.FullName, "test-plan-v2.png");
        await File.WriteAllBytesAsync(next, SampleFiles.Png(), Ct);
        (code, output, error) = await RunAsync("evidence-items", "add-file", id.ToString(), next);
        Assert.True(code == 0, error);
        Assert.Contains($"sha256:   {EvidenceForms.Sha256(SampleFiles.Png())}", output, StringComparison.Ordinal);
        Assert.Equal(pdf, await client.GetByteArrayAsync($"/api/v1/orgs/demo/evidence/{id}/files/{EvidenceForms.Sha256(pdf)}", Ct));
    }

    [Fact]
    public async Task A_refusal_names_the_file_and_the_option_and_stores_nothing()
    {
        app.RequireProvider();
        var before = await EvidenceForms.FootprintAsync(app);
        var page = Path.Combine(_dir.FullName, "minutes.pdf");
        await File.WriteAllTextAsync(page, "<html><body>not a pdf</body></html>", Ct);
        var (code, _, error) = await RunAsync("evidence-items", "upload", page, "--title", "Minutes");
        Assert.Equal(1, code);
        Assert.Contains("minutes.pdf: 415", error, StringComparison.Ordinal);

        var fine = Path.Combine(_dir.FullName, "minutes.txt");
        await File.WriteAllTextAsync(fine, "Minutes of the review.", Ct);
        (code, _, error) = await RunAsync("evidence-items", "upload", fine, "--title", "Minutes", "--control", "A.6.2.9",
            "--valid-until", "tomorrow");
        Assert.Equal(1, code);
        Assert.Contains("minutes.txt: 400", error, StringComparison.Ordinal);
        Assert.Contains("--control: Unknown Annex A control 'A.6.2.9'", error, StringComparison.Ordinal);
        Assert.Contains("--valid-until: 'tomorrow' is not a date", error, StringComparison.Ordinal);

        (code, _, error) = await RunAsync("evidence-items", "upload", Path.Combine(_dir.FullName, "absent.pdf"), "--title", "Gone");
        Assert.Equal(1, code);
        Assert.Contains("absent.pdf: no such file", error, StringComparison.Ordinal);
        Assert.Equal(before, await EvidenceForms.FootprintAsync(app));
    }

    public void Dispose()
    {
        _dir.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        CliRun.RunAsync(app, [.. args, "--org", "demo", "--api", "http://localhost/", "--token", app.DemoAdminToken]);

    [GeneratedRegex(@"^id:\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}

public sealed class SqliteEvidenceCliTests(SqliteAppFactory app) : EvidenceCliTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresEvidenceCliTests(PostgresAppFactory app) : EvidenceCliTests(app), IClassFixture<PostgresAppFactory>;
