using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// <c>aims documents</c> over the API: a policy kept as a Markdown file is created, versioned exactly as the file holds
/// it, submitted and — after a person approved it in a session — published; the CLI cannot approve.
/// </summary>
public abstract class DocumentsCliTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_policy_file_is_created_versioned_submitted_and_published_from_the_command_line()
    {
        app.RequireProvider();
        var file = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.md");
        const string body = "# Policy\r\n\r\nKept in git.\n";
        await File.WriteAllTextAsync(file, body, new UTF8Encoding(false), Ct);
        try
        {
            string[] connection = ["--org", "demo", "--api", "http://localhost/", "--token", app.DemoAdminToken];
            var (code, output, error) = await CliRun.RunAsync(app,
                ["documents", "create", "--title", "Policy from git", "--type", "aiPolicy", "--clause", "5.2", "--control", "A.2.2", .. connection]);
            Assert.True(code == 0, error);
            var id = Guid.Parse(output.Trim());
            (code, output, error) = await CliRun.RunAsync(app, ["documents", "add-version", "--id", id.ToString(), "--file", file, "--summary", "v1", .. connection]);
            Assert.True(code == 0, error);
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
            Assert.Equal($"version 1 draft sha256:{sha}", output.Trim());
            (code, output, error) = await CliRun.RunAsync(app, ["documents", "submit", "--id", id.ToString(), "--version", "1", .. connection]);
            Assert.True(code == 0, error);
            Assert.StartsWith("version 1 inReview", output, StringComparison.Ordinal);

            (code, _, error) = await CliRun.RunAsync(app, ["documents", "publish", "--id", id.ToString(), "--version", "1", .. connection]);
            Assert.Equal(1, code);
            Assert.Contains("cannot be published", error, StringComparison.Ordinal);

            var lead = await AddMemberAsync(app, Role.GovernanceLead);
            using var approver = await app.SignedInClientAsync(lead.Email);
            await OkAsync(PostAsync(approver, $"{Base}/{id}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }));
            (code, output, error) = await CliRun.RunAsync(app, ["documents", "publish", "--id", id.ToString(), "--version", "1", .. connection]);
            Assert.True(code == 0, error);
            Assert.StartsWith("version 1 published", output, StringComparison.Ordinal);
            using var admin = app.ClientWithToken(app.DemoAdminToken);
            var document = await admin.GetFromJsonAsync<JsonElement>($"{Base}/{id}", Ct);
            Assert.Equal(sha, document.GetProperty("currentVersion").GetProperty("sha256").GetString());

            (code, _, error) = await CliRun.RunAsync(app, ["documents", "create", "--title", "Bad", "--type", "aiPolicy", "--clause", "5.99", .. connection]);
            Assert.Equal(1, code);
            Assert.Contains("clauses", error, StringComparison.Ordinal);
            var (_, help, _) = await CliRun.RunAsync(app, "documents", "--help");
            Assert.Contains("cannot approve", help, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_signed_pdf_becomes_a_version_with_as_file_and_a_refused_one_names_the_file()
    {
        app.RequireProvider();
        var directory = Directory.CreateTempSubdirectory("aims-cli-docs-");
        try
        {
            var pdf = Path.Combine(directory.FullName, "policy (signed).pdf");
            await File.WriteAllBytesAsync(pdf, Evidence.SampleFiles.Pdf(), Ct);
            var page = Path.Combine(directory.FullName, "page.pdf");
            await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><body>not a pdf</body></html>", Ct);
            string[] connection = ["--org", "demo", "--api", "http://localhost/", "--token", app.DemoAdminToken];
            var (code, output, error) = await CliRun.RunAsync(app, ["documents", "create", "--title", "Signed policy", "--type", "externalOrigin", .. connection]);
            Assert.True(code == 0, error);
            var id = output.Trim();

            (code, _, error) = await CliRun.RunAsync(app, ["documents", "add-version", "--id", id, "--file", page, "--as-file", .. connection]);
            Assert.Equal(1, code);
            Assert.Contains("page.pdf", error, StringComparison.Ordinal);
            (code, output, error) = await CliRun.RunAsync(app, ["documents", "add-version", "--id", id, "--file", pdf, "--as-file", "--summary", "Board copy", .. connection]);
            Assert.True(code == 0, error);
            var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(pdf, Ct)));
            Assert.Equal($"version 1 draft sha256:{sha}", output.Trim());
            using var admin = app.ClientWithToken(app.DemoAdminToken);
            var version = await admin.GetFromJsonAsync<JsonElement>($"{Base}/{id}/versions/1", Ct);
            Assert.Equal("policy (signed).pdf", version.GetProperty("file").GetProperty("fileName").GetString());
            Assert.Equal("Board copy", version.GetProperty("changeSummary").GetString());

            // One version at a time: a second file while version 1 is a draft is refused and starts nothing.
            (code, _, error) = await CliRun.RunAsync(app, ["documents", "add-version", "--id", id, "--file", pdf, "--as-file", .. connection]);
            Assert.Equal(1, code);
            Assert.Contains("Version 1 is still draft", error, StringComparison.Ordinal);
            Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"{Base}/{id}/versions", Ct)).EnumerateArray());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

public sealed class SqliteDocumentsCliTests(SqliteAppFactory app) : DocumentsCliTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresDocumentsCliTests(PostgresAppFactory app) : DocumentsCliTests(app), IClassFixture<PostgresAppFactory>;
