using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Aims.Web.Tests.Establishment.EstablishmentApiTests;

namespace Aims.Web.Tests.AiSystems;

/// <summary>
/// Life-cycle gates over HTTP on both providers: a move without its artefacts is refused with <c>missingArtefacts</c>
/// and changes nothing; with them (a current evidence item, not an expired one) it passes; a skip or a gap passes only
/// as a recorded exception; the edit no longer moves the stage; a system registered past inception is an exception
/// with its reason; the organization's configuration and approver role decide; the timeline and history show it all.
/// </summary>
public abstract class LifecycleGateApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_gate_refuses_without_its_artefacts_passes_with_them_and_a_skip_needs_a_recorded_exception()
    {
        app.RequireProvider();
        var (admin, api) = await OrganizationAsync("gate");
        using var _ = admin;
        var system = await CreateIdAsync(admin, $"{api}/ai-systems", new { name = "Claims triage", purpose = "Routes claims" });
        var lifecycle = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}/lifecycle", Ct);
        Assert.Equal("registered", lifecycle.GetProperty("timeline")[0].GetProperty("outcome").GetString());
        var design = lifecycle.GetProperty("gates").EnumerateArray().First(g => g.GetProperty("stage").GetString() == "designAndDevelopment");
        Assert.True(design.GetProperty("ordinary").GetBoolean());
        Assert.Equal(["requirementsSpecification"], Kinds(design.GetProperty("missingArtefacts")));

        var before = await Documents.DocumentsWorld.LedgerCountAsync(app);
        var refused = await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/stage", new { to = "designAndDevelopment" }, Ct);
        var problem = await HttpAssertions.AssertProblemAsync(refused, HttpStatusCode.Conflict, "to");
        Assert.Equal(["requirementsSpecification"], Kinds(problem.GetProperty("missingArtefacts")));
        Assert.Equal(before, await Documents.DocumentsWorld.LedgerCountAsync(app));
        Assert.Equal("inception", (await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}", Ct)).GetProperty("lifecycleStage").GetString());

        // An expired item is on file but does not count; a current one does.
        var expired = await EvidenceAsync(admin, api, "Requirements 2024", validUntil: -1);
        var added = await ArtefactAsync(admin, $"{api}/ai-systems/{system}", new { kind = "requirementsSpecification", evidenceId = expired });
        Assert.False(added.GetProperty("counts").GetBoolean());
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/stage", new { to = "designAndDevelopment" }, Ct),
            HttpStatusCode.Conflict, "to");
        var current = await EvidenceAsync(admin, api, "Claims triage requirements v1", validUntil: null);
        Assert.True((await ArtefactAsync(admin, $"{api}/ai-systems/{system}", new { kind = "requirementsSpecification", evidenceId = current }))
            .GetProperty("counts").GetBoolean());
        var moved = await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/stage", new { to = "designAndDevelopment", note = "Steering group, 3 Dec" }, Ct);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var step = (await moved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("timeline")[0];
        Assert.Equal("passed", step.GetProperty("outcome").GetString());
        Assert.Equal("inception", step.GetProperty("from").GetString());
        Assert.Equal("Claims triage requirements v1", step.GetProperty("present")[0].GetProperty("title").GetString());
        Assert.Equal("Admin", step.GetProperty("approverRole").GetString());
        Assert.Equal("Steering group, 3 Dec", step.GetProperty("note").GetString());

        // Straight to deployment skips the verification gate: refused with every artefact of both gates, then by exception.
        var skip = await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/stage", new { to = "deployment" }, Ct),
            HttpStatusCode.Conflict, "to");
        Assert.Equal(["designAndDevelopmentRecord", "verificationAndValidationPlan", "verificationAndValidationResults", "deploymentPlan",
            "technicalDocumentation", "eventLogDecision"], Kinds(skip.GetProperty("missingArtefacts")));
        var exception = await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/stage",
            new { to = "deployment", exceptionReason = "Regulator-mandated pilot; records follow within 30 days." }, Ct);
        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        var timeline = (await exception.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("timeline");
        Assert.Equal(3, timeline.GetArrayLength());
        Assert.Equal("exception", timeline[0].GetProperty("outcome").GetString());
        Assert.Equal("Regulator-mandated pilot; records follow within 30 days.", timeline[0].GetProperty("reason").GetString());
        Assert.Equal(6, timeline[0].GetProperty("missing").GetArrayLength());
        Assert.Equal("deployment", (await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}", Ct)).GetProperty("lifecycleStage").GetString());
        var history = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}/history", Ct);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("changes").GetString()!.Contains("Regulator-mandated pilot", StringComparison.Ordinal));

        // Already there: nothing to do.
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/stage", new { to = "deployment" }, Ct),
            HttpStatusCode.Conflict, "to");
    }

    [Fact]
    public async Task The_edit_no_longer_moves_the_stage_and_a_later_start_is_an_exception_with_its_reason()
    {
        app.RequireProvider();
        var (admin, api) = await OrganizationAsync("gate-edit");
        using var _ = admin;
        var system = await CreateIdAsync(admin, $"{api}/ai-systems", new { name = "Fraud scoring" });
        await HttpAssertions.AssertProblemAsync(await admin.PutAsJsonAsync($"{api}/ai-systems/{system}",
            new { name = "Fraud scoring", lifecycleStage = "deployment" }, Ct), HttpStatusCode.BadRequest, "lifecycleStage");
        (await admin.PutAsJsonAsync($"{api}/ai-systems/{system}", new { name = "Fraud scoring v2", lifecycleStage = "inception" }, Ct)).EnsureSuccessStatusCode();

        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/ai-systems",
            new { name = "Legacy chatbot", lifecycleStage = "operationAndMonitoring" }, Ct), HttpStatusCode.BadRequest, "initialStageReason");
        var legacy = await CreateIdAsync(admin, $"{api}/ai-systems",
            new { name = "Legacy chatbot", lifecycleStage = "operationAndMonitoring", initialStageReason = "In service since 2023, before the AIMS." });
        var step = (await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{legacy}/lifecycle", Ct)).GetProperty("timeline")[0];
        Assert.Equal("exception", step.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, step.GetProperty("from").ValueKind);
        Assert.Equal("operationAndMonitoring", step.GetProperty("to").GetString());
        Assert.Equal("In service since 2023, before the AIMS.", step.GetProperty("reason").GetString());
        Assert.Contains("operationAndMonitoringPlan", Kinds(step.GetProperty("missing")));
    }

    [Fact]
    public async Task The_organization_configures_what_a_gate_needs_and_who_approves_it()
    {
        app.RequireProvider();
        var (admin, api) = await OrganizationAsync("gate-cfg");
        using var _ = admin;
        var gates = await admin.GetFromJsonAsync<JsonElement>($"{api}/lifecycle-gates", Ct);
        Assert.Equal(6, gates.GetArrayLength());
        Assert.All(gates.EnumerateArray(), g => Assert.False(g.GetProperty("configured").GetBoolean()));
        Assert.Contains(await Establishment.ScopeApiTests.ReasonsAsync(admin, api, "A.6.1.3", controls: true),
            r => r.Contains("6 of 6 gates let anyone who edits AI systems approve the step: 'Design and development'", StringComparison.Ordinal));

        var role = await CreateIdAsync(admin, $"{api}/roles", new { name = "AI steering group" });
        var put = await admin.PutAsJsonAsync($"{api}/lifecycle-gates", new
        {
            gates = new object[] { new { stage = "designAndDevelopment", requiredArtefacts = Array.Empty<string>(), approverRoleId = role } },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        // Readiness for A.6.1.3 follows the configuration: one gate now names its approver.
        Assert.Contains(await Establishment.ScopeApiTests.ReasonsAsync(admin, api, "A.6.1.3", controls: true),
            r => r.Contains("5 of 6 gates let anyone who edits AI systems approve the step: 'Verification and validation'", StringComparison.Ordinal));
        var system = await CreateIdAsync(admin, $"{api}/ai-systems", new { name = "Churn model" });
        var design = (await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}/lifecycle", Ct)).GetProperty("gates").EnumerateArray()
            .First(g => g.GetProperty("stage").GetString() == "designAndDevelopment");
        Assert.Equal(0, design.GetProperty("missingArtefacts").GetArrayLength());
        Assert.Equal("AI steering group", design.GetProperty("approverRole").GetString());
        Assert.False(design.GetProperty("callerMayApprove").GetBoolean());

        // Nothing is missing, but the approver does not hold the role; once a holder, the step records the role.
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/stage", new { to = "designAndDevelopment" }, Ct),
            HttpStatusCode.Conflict, "to");
        await using (var db = await app.OpenDbAsync())
        {
            var adminId = await db.Users.Where(u => u.Email == AimsAppFactory.AdminEmail).Select(u => u.Id).SingleAsync(Ct);
            var person = await CreateIdAsync(admin, $"{api}/people", new { name = "Administrator", userId = adminId });
            (await admin.PutAsJsonAsync($"{api}/roles/{role}", new { name = "AI steering group", holderIds = new[] { person } }, Ct)).EnsureSuccessStatusCode();
        }

        var moved = await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/stage", new { to = "designAndDevelopment" }, Ct);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("AI steering group", (await moved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("timeline")[0].GetProperty("approverRole").GetString());

        // Left out, a stage returns to its default.
        (await admin.PutAsJsonAsync($"{api}/lifecycle-gates", new { gates = Array.Empty<object>() }, Ct)).EnsureSuccessStatusCode();
        gates = await admin.GetFromJsonAsync<JsonElement>($"{api}/lifecycle-gates", Ct);
        Assert.Equal(["requirementsSpecification"], Kinds(gates[0].GetProperty("requiredArtefacts")));
    }

    [Fact]
    public async Task The_cli_moves_a_system_through_its_gate_and_names_what_is_missing()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var system = await CreateIdAsync(admin, "/api/v1/orgs/demo/ai-systems", new { name = "Cli gate " + Guid.NewGuid().ToString("N")[..8] });
        string[] api = ["--org", "demo", "--api", "http://localhost/", "--token", app.DemoAdminToken];

        var (code, _, error) = await CliRun.RunAsync(app, ["ai-systems", "stage", system.ToString("D"), "--to", "designAndDevelopment", .. api]);
        Assert.Equal(1, code);
        Assert.Contains("missing artefacts: requirementsSpecification", error, StringComparison.Ordinal);
        var evidence = await EvidenceAsync(admin, "/api/v1/orgs/demo", "Cli gate requirements", validUntil: 30);
        (code, var output, error) = await CliRun.RunAsync(app,
            ["ai-systems", "artefacts", "add", system.ToString("D"), "--kind", "requirementsSpecification", "--evidence", evidence.ToString("D"), .. api]);
        Assert.True(code == 0, error);
        Assert.True(Guid.TryParse(output.Trim(), out _), output);
        (code, output, error) = await CliRun.RunAsync(app, ["systems", "stage", system.ToString("D"), "--to", "designAndDevelopment", "--note", "Go", .. api]);
        Assert.True(code == 0, error);
        Assert.Equal("designAndDevelopment", output.Trim());
    }

    public static TheoryData<string, string, string[]> BadInputs() => new()
    {
        { "stage", """{"to":"launched"}""", ["to"] },
        { "stage", """{}""", ["to"] },
        { "stage", $$"""{"to":"designAndDevelopment","exceptionReason":"{{new string('r', 1001)}}","note":"a\u0000b"}""", ["exceptionReason", "note"] },
        { "artefacts", """{"kind":"deploymentPlan"}""", ["documentId"] },
        { "artefacts", $$"""{"kind":"deploymentPlan","documentId":"{{Guid.NewGuid()}}","evidenceId":"{{Guid.NewGuid()}}"}""", ["evidenceId", "documentId"] },
        { "artefacts", $$"""{"evidenceId":"{{Guid.NewGuid()}}"}""", ["kind", "evidenceId"] },
        { "artefacts", """{"kind":"brochure"}""", ["kind"] },
        { "gates", """{"gates":[{"stage":"inception"},{"stage":"deployment","requiredArtefacts":["deploymentPlan","deploymentPlan"]},{"stage":"deployment"}]}""",
            ["gates[0].stage", "gates[1].requiredArtefacts", "gates[2].stage"] },
        { "gates", $$"""{"gates":[{"stage":"retirement","approverRoleId":"{{Guid.NewGuid()}}"}]}""", ["gates[0].approverRoleId"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_names_each_field_and_stores_nothing(string endpoint, string json, string[] fields)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems?q=fraud", Ct);
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        var before = await Documents.DocumentsWorld.LedgerCountAsync(app);
        var body = new StringContent(json, Encoding.UTF8, "application/json");
        var response = endpoint == "gates"
            ? await client.PutAsync("/api/v1/orgs/demo/lifecycle-gates", body, Ct)
            : await client.PostAsync($"/api/v1/orgs/demo/ai-systems/{id}/{endpoint}", body, Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(before, await Documents.DocumentsWorld.LedgerCountAsync(app));
    }

    [Fact]
    public async Task A_viewer_reads_the_gates_but_moves_nothing_and_an_unknown_system_is_not_found()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var list = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems?q=fraud", Ct);
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/orgs/demo/ai-systems/{id}/lifecycle", Ct)).StatusCode);
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsJsonAsync($"/api/v1/orgs/demo/ai-systems/{id}/stage", new { to = "retirement" }, Ct),
            HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(await viewer.PutAsJsonAsync("/api/v1/orgs/demo/lifecycle-gates", new { gates = Array.Empty<object>() }, Ct),
            HttpStatusCode.Forbidden);
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"/api/v1/orgs/demo/ai-systems/{Guid.NewGuid()}/stage", new { to = "retirement" }, Ct),
            HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"/api/v1/orgs/demo/ai-systems/{Guid.NewGuid()}/lifecycle", Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await admin.DeleteAsync($"/api/v1/orgs/demo/ai-systems/{id}/artefacts/{Guid.NewGuid()}", Ct),
            HttpStatusCode.NotFound);
    }

    private async Task<(HttpClient Admin, string Api)> OrganizationAsync(string prefix)
    {
        var org = prefix + "-" + Guid.NewGuid().ToString("N")[..8];
        return (app.ClientWithToken(await app.NewOrganizationAsync(org)), $"/api/v1/orgs/{org}");
    }

    internal static async Task<Guid> EvidenceAsync(HttpClient client, string api, string title, int? validUntil)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var response = await client.PostAsJsonAsync($"{api}/evidence", new
        {
            title, kind = "link", url = "https://evidence.example.com/" + Uri.EscapeDataString(title),
            effectiveDate = today.AddDays(-60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            validUntil = validUntil is { } d ? today.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        }, Ct);
        return (await Evidence.EvidenceForms.CreatedAsync(response)).GetProperty("id").GetGuid();
    }

    /// <summary>Files an artefact: 201 with the artefact, at an address that reads it back.</summary>
    private static async Task<JsonElement> ArtefactAsync(HttpClient client, string system, object body)
    {
        var response = await client.PostAsJsonAsync($"{system}/artefacts", body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var created = JsonDocument.Parse(text).RootElement.Clone();
        var again = await client.GetFromJsonAsync<JsonElement>(response.Headers.Location!, Ct);
        Assert.Equal(created.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        return created;
    }

    private static string[] Kinds(JsonElement array) => [.. array.EnumerateArray().Select(k => k.GetString()!)];
}

public sealed class SqliteLifecycleGateApiTests(SqliteAppFactory app) : LifecycleGateApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresLifecycleGateApiTests(PostgresAppFactory app) : LifecycleGateApiTests(app), IClassFixture<PostgresAppFactory>;
