using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Aims.Web.Tests.Establishment.EstablishmentApiTests;

namespace Aims.Web.Tests.AiSystems;

/// <summary>
/// EU AI Act classification over HTTP on both providers, checked against the facts sheet (§5): the CV screener used by
/// an employer is high-risk with the deployer's duties from the Digital Omnibus date for Annex III (2 December 2027);
/// the chatbot the organization provides has the Art. 50(1) duty and nothing of high risk, with Art. 4 for everyone;
/// emotion recognition at work is prohibited (Art. 5(1)(f)); an Art. 6(3) derogation needs its justification. The
/// stored classification names its rules version and is flagged once that version is not the current one.
/// </summary>
public abstract class EuAiActApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cv_screener_used_by_an_employer_is_high_risk_with_the_deployer_duties_from_the_omnibus_date()
    {
        app.RequireProvider();
        var (admin, api, system) = await SystemAsync("CV screening");
        using var _ = admin;
        var result = await ClassifyAsync(admin, api, system, new { aiSystem = true, role = "deployer", annexIIIAreas = new[] { "employment" } });
        Assert.Equal("high", result.GetProperty("tier").GetString());
        Assert.Equal("deployer", result.GetProperty("role").GetString());
        Assert.False(result.GetProperty("gpaiModel").GetBoolean());
        var obligations = Obligations(result);
        Assert.Equal("2027-12-02", obligations["Art. 26"]);
        Assert.Equal("2025-02-02", obligations["Art. 4"]);
        // Provider duties are not the deployer's.
        Assert.DoesNotContain("Art. 9", obligations.Keys);
        Assert.DoesNotContain("Art. 16", obligations.Keys);
        Assert.Contains(result.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("Annex III(4)", StringComparison.Ordinal));

        var stored = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}/eu-ai-act", Ct);
        Assert.Equal("high", stored.GetProperty("tier").GetString());
        Assert.Equal(stored.GetProperty("currentRuleVersion").GetString(), stored.GetProperty("ruleVersion").GetString());
        Assert.False(stored.GetProperty("outdated").GetBoolean());
        Assert.Equal("deployer", stored.GetProperty("answers").GetProperty("role").GetString());
        var history = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}/history", Ct);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("changes").GetString()!.Contains("Art. 26", StringComparison.Ordinal));

        // A classification under a superseded rules version is flagged for review.
        await using (var db = await app.OpenDbAsync())
        {
            await db.Set<Core.AiSystems.EuAiAct.EuAiActClassification>().IgnoreQueryFilters().Where(c => c.AiSystemId == system)
                .ExecuteUpdateAsync(u => u.SetProperty(c => c.RuleVersion, "2024-1689"), Ct);
        }

        stored = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-systems/{system}/eu-ai-act", Ct);
        Assert.True(stored.GetProperty("outdated").GetBoolean());
    }

    [Fact]
    public async Task A_chatbot_the_organization_provides_has_the_art_50_1_duty_and_no_high_risk_obligations()
    {
        app.RequireProvider();
        var (admin, api, system) = await SystemAsync("Customer chatbot");
        using var _ = admin;
        var result = await ClassifyAsync(admin, api, system, new { aiSystem = true, role = "provider", transparency = new[] { "interactsWithPeople" } });
        Assert.Equal("limited", result.GetProperty("tier").GetString());
        var obligations = Obligations(result);
        Assert.Equal(["Art. 4", "Art. 50(1)"], obligations.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("2026-08-02", obligations["Art. 50(1)"]);
        Assert.Equal("2025-02-02", obligations["Art. 4"]);
    }

    [Fact]
    public async Task Emotion_recognition_in_the_workplace_is_prohibited()
    {
        app.RequireProvider();
        var (admin, api, system) = await SystemAsync("Mood monitor");
        using var _ = admin;
        var result = await ClassifyAsync(admin, api, system,
            new { aiSystem = true, role = "deployer", prohibitedPractices = new[] { "emotionRecognitionWorkOrEducation" }, annexIIIAreas = new[] { "employment" } });
        Assert.Equal("prohibited", result.GetProperty("tier").GetString());
        Assert.Equal("2025-02-02", Obligations(result)["Art. 5"]);
        Assert.DoesNotContain("Art. 26", Obligations(result).Keys);
        Assert.Contains(result.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("Art. 5(1)(f)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_art_6_3_derogation_needs_its_justification_and_then_brings_the_documentation_and_registration_duties()
    {
        app.RequireProvider();
        var (admin, api, system) = await SystemAsync("Ticket router");
        using var _ = admin;
        var before = await Documents.DocumentsWorld.LedgerCountAsync(app);
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/eu-ai-act", new
        {
            answers = new { aiSystem = true, role = "provider", annexIIIAreas = new[] { "employment" }, derogation = true, derogationCondition = "narrowProceduralTask" },
        }, Ct), HttpStatusCode.BadRequest, "answers.derogationJustification");
        Assert.Equal(before, await Documents.DocumentsWorld.LedgerCountAsync(app));
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{api}/ai-systems/{system}/eu-ai-act", Ct), HttpStatusCode.NotFound);

        var result = await ClassifyAsync(admin, api, system, new
        {
            aiSystem = true, role = "provider", annexIIIAreas = new[] { "employment" }, derogation = true, derogationCondition = "narrowProceduralTask",
            derogationJustification = "It only sorts incoming applications into folders by job code; people read every application.",
        });
        Assert.Equal("minimal", result.GetProperty("tier").GetString());
        var obligations = Obligations(result);
        Assert.Contains("Art. 6(4)", obligations.Keys);
        Assert.Contains("Art. 49(2)", obligations.Keys);
        Assert.DoesNotContain("Art. 9", obligations.Keys);

        // Profiling keeps it high-risk whatever the derogation.
        var profiled = await ClassifyAsync(admin, api, system, new
        {
            aiSystem = true, role = "provider", annexIIIAreas = new[] { "employment" }, derogation = true, derogationCondition = "narrowProceduralTask",
            derogationJustification = "Sorting only.", profiling = true,
        });
        Assert.Equal("high", profiled.GetProperty("tier").GetString());
        Assert.Equal("2027-12-02", Obligations(profiled)["Art. 9"]);
    }

    [Fact]
    public async Task The_questionnaire_is_served_with_its_rules_version_and_the_role_comes_from_the_ai_roles_register()
    {
        app.RequireProvider();
        var (admin, api, system) = await SystemAsync("Claims scorer");
        using var _ = admin;
        var questionnaire = await admin.GetFromJsonAsync<JsonElement>("/api/v1/catalogs/eu-ai-act", Ct);
        Assert.False(string.IsNullOrEmpty(questionnaire.GetProperty("version").GetString()));
        var keys = questionnaire.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("key").GetString()).ToList();
        Assert.Contains("annexIIIAreas", keys);
        Assert.Contains("derogationJustification", keys);
        Assert.Equal("2027-12-02", questionnaire.GetProperty("dates").GetProperty("annexIIIHighRisk").GetString());
        Assert.Equal("2028-08-02", questionnaire.GetProperty("dates").GetProperty("annexIHighRisk").GetString());

        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/ai-systems/{system}/eu-ai-act", new { answers = new { aiSystem = true } }, Ct),
            HttpStatusCode.BadRequest, "answers.role");
        await CreateIdAsync(admin, $"{api}/ai-roles", new { role = "aiCustomer", operatorRole = "deployer", aiSystemId = system });
        var result = await ClassifyAsync(admin, api, system, new { aiSystem = true, annexIIIAreas = new[] { "essentialServices" }, fundamentalRightsAssessmentDeployer = true });
        Assert.Equal("deployer", result.GetProperty("role").GetString());
        Assert.Equal("2027-12-02", Obligations(result)["Art. 27"]);
    }

    [Fact]
    public async Task The_demo_cv_screening_pilot_is_classified_high_risk_as_deployer()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var list = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems?q=screening", Ct);
        var cv = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        var stored = await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/ai-systems/{cv}/eu-ai-act", Ct);
        Assert.Equal("high", stored.GetProperty("tier").GetString());
        Assert.Equal("deployer", stored.GetProperty("role").GetString());
        Assert.Equal("2027-12-02", Obligations(stored)["Art. 26"]);
        Assert.False(stored.GetProperty("outdated").GetBoolean());
    }

    public static TheoryData<string, string[]> BadInputs() => new()
    {
        { """{}""", ["answers"] },
        { """{"answers":{"role":"provider"}}""", ["answers.aiSystem"] },
        { """{"answers":{"aiSystem":true,"role":"provider","annexIIIAreas":["weather"],"transparency":["x"],"prohibitedPractices":["socialScoring","socialScoring"]}}""",
            ["answers.annexIIIAreas", "answers.transparency", "answers.prohibitedPractices"] },
        { """{"answers":{"aiSystem":true,"role":"provider","derogation":true}}""", ["answers.derogation", "answers.derogationCondition", "answers.derogationJustification"] },
        { """{"answers":{"aiSystem":true,"role":"overlord"}}""", ["answers.role"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_answers_name_each_field_and_store_nothing(string json, string[] fields)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/ai-systems?q=fraud", Ct);
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();
        var before = await Documents.DocumentsWorld.LedgerCountAsync(app);
        var response = await client.PostAsync($"/api/v1/orgs/demo/ai-systems/{id}/eu-ai-act", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(before, await Documents.DocumentsWorld.LedgerCountAsync(app));
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsJsonAsync($"/api/v1/orgs/demo/ai-systems/{id}/eu-ai-act",
            new { answers = new { aiSystem = false, role = "provider" } }, Ct), HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(await client.GetAsync($"/api/v1/orgs/demo/ai-systems/{Guid.NewGuid()}/eu-ai-act", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_cli_classifies_from_an_answers_file_and_the_register_list_and_export_show_the_tier()
    {
        app.RequireProvider();
        var org = "euai-" + Guid.NewGuid().ToString("N")[..8];
        var token = await app.NewOrganizationAsync(org);
        using var admin = app.ClientWithToken(token);
        var system = await CreateIdAsync(admin, $"/api/v1/orgs/{org}/ai-systems", new { name = "Support chatbot" });
        Assert.Equal(JsonValueKind.Null, (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/ai-systems/{system}", Ct)).GetProperty("euAiActTier").ValueKind);
        var file = Path.Combine(Path.GetTempPath(), $"answers-{Guid.NewGuid():N}.json");
        string[] cli = ["--org", org, "--api", "http://localhost/", "--token", token];
        await File.WriteAllTextAsync(file, """{ "aiSystem": true, "role": "provider", "transparency": ["interactsWithPeople"] }""", Ct);
        var (code, output, error) = await CliRun.RunAsync(app, ["systems", "eu-ai-act", system.ToString("D"), "--answers", file, .. cli]);
        Assert.True(code == 0, error);
        Assert.Contains("tier: limited", output, StringComparison.Ordinal);
        Assert.Contains("Art. 50(1)  from 2026-08-02", output, StringComparison.Ordinal);

        await File.WriteAllTextAsync(file, """{ "aiSystem": true, "role": "boss" }""", Ct);
        (code, _, error) = await CliRun.RunAsync(app, ["systems", "eu-ai-act", system.ToString("D"), "--answers", file, .. cli]);
        Assert.Equal(1, code);
        Assert.Contains(Path.GetFileName(file) + ": answers.role", error, StringComparison.Ordinal);
        (code, output, _) = await CliRun.RunAsync(app, ["systems", "eu-ai-act", system.ToString("D"), .. cli]);
        Assert.Equal(0, code);
        Assert.Contains("tier: limited", output, StringComparison.Ordinal);
        File.Delete(file);

        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{org}/ai-systems/{system}", Ct);
        Assert.Equal("limited", view.GetProperty("euAiActTier").GetString());
        Assert.False(view.GetProperty("euAiActOutdated").GetBoolean());
        var csv = await admin.GetStringAsync($"/api/v1/orgs/{org}/ai-systems/export?format=csv&columns=name,euAiAct", Ct);
        Assert.Contains("Support chatbot,Transparency duties", csv, StringComparison.Ordinal);
    }

    private async Task<(HttpClient Admin, string Api, Guid System)> SystemAsync(string name)
    {
        var org = "euai-" + Guid.NewGuid().ToString("N")[..8];
        var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        return (admin, api, await CreateIdAsync(admin, $"{api}/ai-systems", new { name }));
    }

    private static async Task<JsonElement> ClassifyAsync(HttpClient client, string api, Guid system, object answers)
    {
        var response = await client.PostAsJsonAsync($"{api}/ai-systems/{system}/eu-ai-act", new { answers }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The obligations by article with their application date; each says it applies now exactly when that date has come.</summary>
    private static Dictionary<string, string> Obligations(JsonElement result)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var o in result.GetProperty("obligations").EnumerateArray())
        {
            var from = DateOnly.Parse(o.GetProperty("appliesFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(from <= today, o.GetProperty("applicableNow").GetBoolean());
        }

        return result.GetProperty("obligations").EnumerateArray().ToDictionary(o => o.GetProperty("article").GetString()!,
            o => o.GetProperty("appliesFrom").GetString()!);
    }
}

public sealed class SqliteEuAiActApiTests(SqliteAppFactory app) : EuAiActApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresEuAiActApiTests(PostgresAppFactory app) : EuAiActApiTests(app), IClassFixture<PostgresAppFactory>;
