using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Ledger;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests;

/// <summary>
/// History permissions as docs/security.md states them: the organization-wide ledger (list, export, head) needs
/// <c>ledger.read</c> (Auditor, GovernanceLead, Admin); a record's own history is readable by whoever may read the record.
/// </summary>
public abstract class LedgerApiTests(AimsAppFactory app)
{
    private static readonly string[] OrgLedger = ["/api/v1/orgs/demo/ledger", "/api/v1/orgs/demo/ledger/export", "/api/v1/orgs/demo/ledger/head"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Viewer_and_contributor_are_refused_the_org_ledger_but_read_a_records_history()
    {
        app.RequireProvider();
        var id = await CreateSystemAsync();
        foreach (var token in new[] { app.DemoViewerToken, app.DemoContributorToken })
        {
            using var client = app.ClientWithToken(token);
            foreach (var path in OrgLedger)
            {
                await HttpAssertions.AssertProblemAsync(await client.GetAsync(path, Ct), HttpStatusCode.Forbidden);
            }

            var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/ai-systems/{id}/history", Ct);
            Assert.Equal("Created", history[0].GetProperty("action").GetString());
        }
    }

    [Fact]
    public async Task Auditor_reads_the_org_ledger_filtered_exported_and_its_head_and_a_records_history()
    {
        app.RequireProvider();
        var id = await CreateSystemAsync();
        using var auditor = app.ClientWithToken(await AuditorTokenAsync());
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/v1/orgs/demo/ai-systems/{id}/history", Ct)).StatusCode);

        var page = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/ledger?entityType=AiSystem&entityId={id}&sort=sequence", Ct);
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var entry = page.GetProperty("items")[0];
        Assert.Equal("Created", entry.GetProperty("action").GetString());
        Assert.Equal(id.ToString("D"), entry.GetProperty("entityId").GetString());

        var head = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ledger/head", Ct);
        var newest = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ledger?pageSize=1", Ct);
        Assert.Equal(newest.GetProperty("items")[0].GetProperty("hash").GetString(), head.GetProperty("hash").GetString());
        Assert.Equal(newest.GetProperty("total").GetInt32(), head.GetProperty("entries").GetInt64());

        // The export carries every hashed field unchanged: each line's hash recomputes.
        var lines = (await auditor.GetStringAsync("/api/v1/orgs/demo/ledger/export", Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(head.GetProperty("entries").GetInt64(), lines.Length);
        foreach (var line in lines)
        {
            var e = JsonSerializer.Deserialize<LedgerEntryView>(line, JsonSerializerOptions.Web)!;
            var recomputed = LedgerHasher.Compute(new LedgerEntry
            {
                Chain = e.Chain, Sequence = e.Sequence, Timestamp = e.Timestamp, OrganizationId = e.OrganizationId, Actor = e.Actor, EntityType = e.EntityType,
                EntityId = e.EntityId, Action = Enum.Parse<LedgerAction>(e.Action), Payload = e.Changes, PreviousHash = e.PreviousHash,
            });
            Assert.Equal(e.Hash, recomputed);
        }

        var csv = await auditor.GetAsync($"/api/v1/orgs/demo/ledger/export?format=csv&entityId={id}", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("chain,sequence,timestamp,organizationId,actor", rows[0], StringComparison.Ordinal);
        Assert.Equal(2, rows.Length);
    }

    [Fact]
    public async Task The_org_ledger_shows_only_its_own_organization()
    {
        app.RequireProvider();
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        var demoId = (await acme.GetFromJsonAsync<JsonElement>("/api/v1/orgs/acme/ledger?pageSize=200", Ct)).GetProperty("items")
            .EnumerateArray().Select(e => e.GetProperty("organizationId").GetString()).Distinct().ToList();
        Assert.Single(demoId);
        Assert.Equal(HttpStatusCode.NotFound, (await acme.GetAsync("/api/v1/orgs/demo/ledger", Ct)).StatusCode);
    }

    [Fact]
    public async Task Bad_filters_are_answered_per_field()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync("/api/v1/orgs/demo/ledger?from=yesterday&pageSize=0&sort=hash", Ct),
            HttpStatusCode.BadRequest, "from", "pageSize", "sort");
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync("/api/v1/orgs/demo/ledger?page=2147483647&pageSize=200", Ct),
            HttpStatusCode.BadRequest, "page");
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync("/api/v1/orgs/demo/ledger/export?format=xml", Ct),
            HttpStatusCode.BadRequest, "format");
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync("/api/v1/orgs/demo/ledger?from=2026-02-01&to=2026-01-01", Ct),
            HttpStatusCode.BadRequest, "to");
    }

    private async Task<string> AuditorTokenAsync()
    {
        var (code, output, error) = await CliRun.RunAsync(app, "tokens", "create", "--org", "demo", "--role", "Auditor", "--user",
            AimsAppFactory.AdminEmail, "--expires", "1");
        Assert.True(code == 0, error);
        return output.Trim();
    }

    private async Task<Guid> CreateSystemAsync()
    {
        using var client = app.ClientWithToken(app.DemoContributorToken);
        var response = await client.PostAsJsonAsync("/api/v1/orgs/demo/ai-systems", new { name = "History " + Guid.NewGuid().ToString("N")[..8] }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}

public sealed class SqliteLedgerApiTests(SqliteAppFactory app) : LedgerApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresLedgerApiTests(PostgresAppFactory app) : LedgerApiTests(app), IClassFixture<PostgresAppFactory>;
