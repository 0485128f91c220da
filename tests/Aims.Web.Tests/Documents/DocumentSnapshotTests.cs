using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// A version built from records (the AI system inventory), on both providers: it freezes every active system with its
/// revision as JSON, reads as a table that shows names exactly as written, is approved and published like any
/// version, and afterwards names each system edited, archived or registered since — until a rebuilt version takes
/// them in. A frozen snapshot cannot be rebuilt.
/// </summary>
public abstract class DocumentSnapshotTests(AimsAppFactory app)
{
    private const string Systems = "/api/v1/orgs/demo/ai-systems";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_inventory_in_force_names_every_system_changed_archived_or_added_since_it_was_approved()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var edited = await RegisterAsync(admin, $"Triage assistant {tag}", "Sorts incoming claims");
        var archived = await RegisterAsync(admin, $"Old scorer {tag}", "Scores applications");
        var odd = await RegisterAsync(admin, $"A | B *bold* {tag}", "Pipes_and <b>tags</b>");
        var document = await OkAsync(PostAsync(admin, Base, new { title = "AI system inventory " + tag, type = "recordTemplate" }), HttpStatusCode.Created);
        var id = document.GetProperty("id").GetGuid();

        var v1 = await OkAsync(PostAsync(admin, $"{Base}/{id}/versions/snapshot", new { kind = "aiSystemInventory", changeSummary = "First inventory" }),
            HttpStatusCode.Created);
        Assert.Equal("aiSystemInventory", v1.GetProperty("snapshot").GetString());
        var snapshot = JsonDocument.Parse(v1.GetProperty("body").GetString()!).RootElement;
        Assert.Equal("openaims.snapshot.aiSystemInventory/1", snapshot.GetProperty("schema").GetString());
        var frozen = snapshot.GetProperty("systems").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetGuid());
        Assert.Contains(edited, frozen.Keys);
        Assert.Equal(1, frozen[edited].GetProperty("version").GetInt64());

        var html = (await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/1/html"))).GetProperty("html").GetString()!;
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains($"A | B *bold* {tag}", html, StringComparison.Ordinal);
        Assert.Contains("Pipes_and &lt;b&gt;tags&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>tags", html, StringComparison.Ordinal);

        var lead = await AddMemberAsync(app, Role.GovernanceLead);
        using var approver = await app.SignedInClientAsync(lead.Email);
        await PublishAsync(admin, approver, id, 1);
        var unchanged = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/1/snapshot-changes"));
        Assert.False(unchanged.GetProperty("changed").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(admin, HttpMethod.Put, $"{Base}/{id}/versions/1/snapshot", new { kind = "aiSystemInventory" })).Status);

        (await admin.PutAsJsonAsync($"{Systems}/{edited}", new { name = $"Triage assistant {tag}", purpose = "Sorts and routes incoming claims" }, Ct))
            .EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"{Systems}/{archived}/archive", new { reason = "Replaced" }, Ct)).EnsureSuccessStatusCode();
        var added = await RegisterAsync(admin, $"Fraud detector {tag}", "Flags unusual payments");

        var changes = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/1/snapshot-changes"));
        Assert.True(changes.GetProperty("changed").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, changes.GetProperty("approvedAt").ValueKind);
        var byId = changes.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("recordId").GetGuid(), c => c.GetProperty("kind").GetString());
        Assert.Equal("changed", byId[edited]);
        Assert.Equal("removed", byId[archived]);
        Assert.Equal("added", byId[added]);
        Assert.False(byId.ContainsKey(odd));

        // The next version, built from the register as it is now, takes them in; the comparison shows which.
        await OkAsync(PostAsync(admin, $"{Base}/{id}/versions/snapshot", new { kind = "aiSystemInventory" }), HttpStatusCode.Created);
        var diff = await admin.GetStringAsync($"{Base}/{id}/versions/compare?from=1&to=2&format=diff", Ct);
        Assert.Contains($"+| Fraud detector {tag} |", diff, StringComparison.Ordinal);
        Assert.Contains($"-| Old scorer {tag} |", diff, StringComparison.Ordinal);
        Assert.False((await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/2/snapshot-changes"))).GetProperty("changed").GetBoolean());
    }

    [Fact]
    public async Task A_snapshot_needs_a_known_kind_a_written_version_has_no_changes_and_readers_cannot_build()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var id = await DraftAsync(admin, "Written " + Guid.NewGuid().ToString("N")[..6], "# Written by hand\n");
        var (status, problem) = await SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/1/snapshot-changes");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("number", out _));

        (status, problem) = await SendAsync(admin, HttpMethod.Put, $"{Base}/{id}/versions/1/snapshot", new { });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));
        (status, _) = await SendAsync(admin, HttpMethod.Put, $"{Base}/{id}/versions/1/snapshot", new { kind = "everything" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(viewer, HttpMethod.Put, $"{Base}/{id}/versions/1/snapshot", new { kind = "aiSystemInventory" })).Status);
        Assert.Equal("# Written by hand\n", (await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Base}/{id}/versions/1"))).GetProperty("body").GetString());

        // A draft rebuilt as a snapshot keeps its summary unless a new one is given.
        var rebuilt = await OkAsync(SendAsync(admin, HttpMethod.Put, $"{Base}/{id}/versions/1/snapshot", new { kind = "aiSystemInventory" }));
        Assert.Equal("aiSystemInventory", rebuilt.GetProperty("snapshot").GetString());
        Assert.Equal("First draft", rebuilt.GetProperty("changeSummary").GetString());
        await OkAsync(PostAsync(admin, $"{Base}/{id}/versions/1/submit"));
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, string name, string purpose)
    {
        var response = await client.PostAsJsonAsync(Systems, new { name, purpose, lifecycleStage = "designAndDevelopment", initialStageReason = "In service before the AIMS" }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}

public sealed class SqliteDocumentSnapshotTests(SqliteAppFactory app) : DocumentSnapshotTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresDocumentSnapshotTests(PostgresAppFactory app) : DocumentSnapshotTests(app), IClassFixture<PostgresAppFactory>;
