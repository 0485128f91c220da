using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Web.Tests.Documents;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests.Establishment;

/// <summary>
/// The AIMS scope on both providers: the working copy with its rules (an exclusion needs its justification), a version
/// built from it, approved and published through its controlled document, <c>GET /scope</c> answering the published
/// content, the difference once the working copy moves on, and readiness for 4.3 following the published scope.
/// </summary>
public abstract class ScopeApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_published_scope_answers_get_scope_and_an_archived_system_in_it_makes_4_3_partial()
    {
        app.RequireProvider();
        var org = "scope-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{api}/scope", Ct), HttpStatusCode.NotFound);
        Assert.Equal("notMet", await StatusAsync(admin, api, "4.3"));

        var triage = await SystemAsync(admin, api, "Claims triage");
        var chatbot = await SystemAsync(admin, api, "Support assistant");
        var unjustified = await admin.PutAsJsonAsync($"{api}/scope/draft", new
        {
            aiSystemIds = new[] { triage, chatbot }, units = new[] { "Claims operations" },
            exclusions = new[] { new { what = "Group HR systems", justification = (string?)null } },
        }, Ct);
        await HttpAssertions.AssertProblemAsync(unjustified, HttpStatusCode.BadRequest, "exclusions[0].justification");
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{api}/scope/draft", Ct), HttpStatusCode.NotFound);

        var saved = await admin.PutAsJsonAsync($"{api}/scope/draft", new
        {
            summary = "AI systems used in claims handling and customer support in the EU.",
            aiSystemIds = new[] { triage, chatbot }, units = new[] { "Claims operations", "Customer service" }, locations = new[] { "Dublin", "EU-West cloud region" },
            activities = new[] { "Deploying and operating AI systems" }, lifecycleStages = new[] { "deployment", "operationAndMonitoring" },
            exclusions = new[] { new { what = "Group HR systems", justification = "Run by the parent company under its own management system." } },
            interfaces = "Model hosting by the group IT platform.",
        }, Ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));

        var prepared = await admin.PostAsJsonAsync($"{api}/scope/draft/versions", new { changeSummary = "First scope" }, Ct);
        Assert.Equal(HttpStatusCode.Created, prepared.StatusCode);
        var version = await prepared.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var documentId = version.GetProperty("documentId").GetGuid();
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        // Prepared is not published: the scope rule still says so (the draft document counts only as work in progress).
        Assert.Contains((await ItemAsync(admin, api, "4.3")).GetProperty("reasons").EnumerateArray(),
            r => r.GetProperty("text").GetString()!.Contains("no scope is published", StringComparison.Ordinal));

        await PublishAsync(admin, org, documentId, 1);
        var scope = await admin.GetFromJsonAsync<JsonElement>($"{api}/scope", Ct);
        Assert.Equal(documentId, scope.GetProperty("documentId").GetGuid());
        Assert.Equal(new[] { triage, chatbot }.Order(), scope.GetProperty("aiSystemIds").EnumerateArray().Select(e => e.GetGuid()).Order());
        Assert.Equal(["Claims operations", "Customer service"], scope.GetProperty("units").EnumerateArray().Select(u => u.GetString()!).ToArray());
        Assert.Equal(["Dublin", "EU-West cloud region"], scope.GetProperty("locations").EnumerateArray().Select(u => u.GetString()!).ToArray());
        Assert.Equal("Group HR systems", scope.GetProperty("exclusions")[0].GetProperty("what").GetString());
        Assert.Equal("met", await StatusAsync(admin, api, "4.3"));

        // A system archived while in the published scope: 4.3 is partial and says which one.
        (await admin.PostAsJsonAsync($"{api}/ai-systems/{chatbot}/archive", new { reason = "Replaced by a vendor product" }, Ct)).EnsureSuccessStatusCode();
        var item = await ItemAsync(admin, api, "4.3");
        Assert.Equal("partial", item.GetProperty("status").GetString());
        Assert.Contains(item.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("text").GetString()!.Contains("'Support assistant", StringComparison.Ordinal)
                                                                           && r.GetProperty("text").GetString()!.Contains("archived", StringComparison.Ordinal));

        // The working copy moves on: the difference is shown, and the document says the records changed since approval.
        var draft = await admin.GetFromJsonAsync<JsonElement>($"{api}/scope/draft", Ct);
        var edited = await admin.PutAsJsonAsync($"{api}/scope/draft", new
        {
            aiSystemIds = new[] { triage }, units = new[] { "Claims operations" },
            exclusions = new[] { new { what = "Group HR systems", justification = "Run by the parent company." } },
        }, Ct);
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync(Ct));
        var after = await edited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(after.GetProperty("changedSincePublished").GetBoolean());
        var differences = after.GetProperty("differences").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Contains(differences, d => d.StartsWith("AI systems: removed 'Support assistant", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("Organizational units: removed 'Customer service'", StringComparison.Ordinal));
        var changes = await admin.GetFromJsonAsync<JsonElement>($"{api}/documents/{documentId}/versions/1/snapshot-changes", Ct);
        Assert.True(changes.GetProperty("changed").GetBoolean());
        Assert.True(draft.GetProperty("version").GetInt64() < after.GetProperty("version").GetInt64());
        // The scope in force is still version 1 until a new one is published.
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>($"{api}/scope", Ct)).GetProperty("units").GetArrayLength());
    }

    [Fact]
    public async Task A_stale_scope_edit_is_refused_and_a_viewer_cannot_change_the_scope()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var first = await admin.PutAsJsonAsync("/api/v1/orgs/demo/scope/draft", new { units = new[] { "Lending" } }, Ct);
        first.EnsureSuccessStatusCode();
        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/v1/orgs/demo/scope/draft") { Content = JsonContent.Create(new { units = new[] { "X" } }) };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
        await HttpAssertions.AssertProblemAsync(await admin.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed);
        await HttpAssertions.AssertProblemAsync(await admin.PutAsJsonAsync("/api/v1/orgs/demo/scope/draft",
            new { units = new[] { "Lending", "lending" }, lifecycleStages = new[] { "sideways" } }, Ct), HttpStatusCode.BadRequest, "lifecycleStages[0]");
        await HttpAssertions.AssertProblemAsync(await admin.PutAsJsonAsync("/api/v1/orgs/demo/scope/draft",
            new { units = new[] { "Lending", "lending" }, aiSystemIds = new[] { Guid.NewGuid() } }, Ct), HttpStatusCode.BadRequest, "units", "aiSystemIds");

        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/orgs/demo/scope/draft", Ct)).StatusCode);
        await HttpAssertions.AssertProblemAsync(await viewer.PutAsJsonAsync("/api/v1/orgs/demo/scope/draft", new { units = new[] { "Y" } }, Ct),
            HttpStatusCode.Forbidden);
    }

    private async Task PublishAsync(HttpClient author, string org, Guid documentId, int number)
    {
        // Approval is a signature: a second person, signed in, with their password.
        var (email, userId, _) = await DocumentsWorld.AddMemberAsync(app, Role.GovernanceLead);
        await using (var db = await app.OpenDbAsync())
        {
            db.Actor = "test:setup";
            var membership = db.Memberships.Single(m => m.UserId == userId);
            membership.OrganizationId = db.Organizations.Single(o => o.Slug == org).Id;
            await db.SaveChangesAsync(Ct);
        }

        using var approver = await app.SignedInClientAsync(email);
        var docs = $"/api/v1/orgs/{org}/documents/{documentId}/versions/{number}";
        await DocumentsWorld.OkAsync(DocumentsWorld.PostAsync(author, $"{docs}/submit"));
        await DocumentsWorld.OkAsync(DocumentsWorld.PostAsync(approver, $"{docs}/approve", new { password = AimsAppFactory.AdminPassword }));
        await DocumentsWorld.OkAsync(DocumentsWorld.PostAsync(author, $"{docs}/publish"));
    }

    private static async Task<Guid> SystemAsync(HttpClient client, string api, string name)
    {
        var response = await client.PostAsJsonAsync($"{api}/ai-systems", new { name }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>One clause of the organization's readiness, or with <paramref name="controls"/> one Annex A control.</summary>
    internal static async Task<JsonElement> ItemAsync(HttpClient client, string api, string clause, bool controls = false) =>
        (await client.GetFromJsonAsync<JsonElement>($"{api}/readiness", Ct)).GetProperty(controls ? "controls" : "clauses").EnumerateArray()
        .Single(c => c.GetProperty("id").GetString() == clause);

    /// <summary>The texts of a clause's or control's readiness reasons.</summary>
    internal static async Task<List<string>> ReasonsAsync(HttpClient client, string api, string clause, bool controls = false) =>
        [.. (await ItemAsync(client, api, clause, controls)).GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("text").GetString()!)];

    internal static async Task<string> StatusAsync(HttpClient client, string api, string clause) =>
        (await ItemAsync(client, api, clause)).GetProperty("status").GetString()!;
}

public sealed class SqliteScopeApiTests(SqliteAppFactory app) : ScopeApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresScopeApiTests(PostgresAppFactory app) : ScopeApiTests(app), IClassFixture<PostgresAppFactory>;
