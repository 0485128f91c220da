using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Risks;

/// <summary>
/// Versioned risk criteria (6.1.1) in an organization of their own, on both providers: the defaults until the first
/// rating stores them as version 1; a 4 × 4 version approved later leaves every existing rating as it was and lists the
/// risk for re-rating; bad criteria are refused naming the field and store nothing.
/// </summary>
public abstract class RiskCriteriaApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly object[] FourLevels =
    [
        new { label = "Rare" }, new { label = "Possible" }, new { label = "Likely" }, new { label = "Almost certain" },
    ];

    private static object[] Bands(int mediumFrom = 4) =>
    [
        new { key = "low", label = "Low", colour = "#2e7d32", minLevel = 1, reviewDays = 365, acceptance = new { kind = "riskOwner" } },
        new { key = "medium", label = "Medium", colour = "#f9a825", minLevel = mediumFrom, reviewDays = 180, acceptance = new { kind = "accessRole", role = "governanceLead" } },
        new { key = "high", label = "High", colour = "#c62828", minLevel = 9, reviewDays = 60, acceptance = new { kind = "topManagement" } },
    ];

    [Fact]
    public async Task A_four_by_four_version_leaves_existing_ratings_untouched_and_lists_the_risks_to_re_rate()
    {
        app.RequireProvider();
        var org = "crit-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        var defaults = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/risk-criteria/current"));
        Assert.False(defaults.GetProperty("stored").GetBoolean());
        Assert.Equal(5, defaults.GetProperty("likelihood").GetArrayLength());
        Assert.Equal(["low", "medium", "high", "critical"], defaults.GetProperty("bands").EnumerateArray().Select(b => b.GetProperty("key").GetString()));

        var id = (await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks", new { title = "Chatbot gives wrong refund advice" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{id}/assessments",
            new { likelihood = 5, impact = 4, kind = "inherent", rationale = "Seen weekly in the pilot logs." }));
        Assert.True((await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/risk-criteria/current"))).GetProperty("stored").GetBoolean());

        var draft = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risk-criteria",
            new { likelihood = FourLevels, impact = FourLevels, bands = Bands(), acceptanceThreshold = "low", note = "Simpler scales for 2027." }),
            HttpStatusCode.Created);
        Assert.Equal(2, draft.GetProperty("number").GetInt32());
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal(16, draft.GetProperty("matrix")[3][3].GetInt32());
        var approved = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risk-criteria/2/approve"));
        Assert.Equal("inForce", approved.GetProperty("status").GetString());
        Assert.Equal(1, approved.GetProperty("risksToReRate").GetInt32());
        var versions = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/risk-criteria"));
        Assert.Equal(["superseded", "inForce"], versions.EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        await HttpAssertions.AssertProblemAsync(await admin.PostAsync($"{api}/risk-criteria/2/approve", null, Ct), HttpStatusCode.Conflict);

        // The old rating keeps its meaning under version 1; the new scales refuse a 5.
        var risk = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/risks/{id}"));
        Assert.Equal(20, risk.GetProperty("inherent").GetProperty("level").GetInt32());
        Assert.Equal("critical", risk.GetProperty("inherent").GetProperty("band").GetString());
        Assert.Equal(1, risk.GetProperty("inherent").GetProperty("criteria").GetInt32());
        Assert.True(risk.GetProperty("needsReRating").GetBoolean());
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/risks/{id}/assessments",
            new { likelihood = 5, impact = 4, kind = "inherent", rationale = "r" }, Ct), HttpStatusCode.BadRequest, "likelihood");

        var reRated = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{id}/assessments",
            new { likelihood = 4, impact = 3, kind = "inherent", rationale = "Re-rated on the 2027 scales." }));
        Assert.Equal(12, reRated.GetProperty("inherent").GetProperty("level").GetInt32());
        Assert.Equal("high", reRated.GetProperty("inherent").GetProperty("band").GetString());
        Assert.False(reRated.GetProperty("needsReRating").GetBoolean());
        Assert.Equal(0, (await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/risk-criteria/current"))).GetProperty("risksToReRate").GetInt32());

        // The heat map is drawn on the 4 × 4 matrix in force; the risk sits in its new cell, and the trend counts it.
        var map = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/risks/heatmap?rating=inherent"));
        Assert.Equal(2, map.GetProperty("criteria").GetInt32());
        Assert.Equal(16, map.GetProperty("cells").GetArrayLength());
        var cell = map.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("risks").GetArrayLength() > 0);
        Assert.Equal((4, 3, 12, "high"), (cell.GetProperty("likelihood").GetInt32(), cell.GetProperty("impact").GetInt32(),
            cell.GetProperty("level").GetInt32(), cell.GetProperty("band").GetString()));
        Assert.Equal(id.ToString("D"), cell.GetProperty("risks")[0].GetProperty("id").GetString());
        Assert.Equal(1, map.GetProperty("trend").EnumerateArray().Last().GetProperty("bands").GetProperty("high").GetInt32());
        var current = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/risks/heatmap"));
        Assert.Equal("current", current.GetProperty("rating").GetString());
        Assert.Equal(0, (await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/risks/heatmap?rating=residual"))).GetProperty("cells")
            .EnumerateArray().Sum(c => c.GetProperty("risks").GetArrayLength()));
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{api}/risks/heatmap?rating=worst", Ct), HttpStatusCode.BadRequest, "rating");
    }

    [Fact]
    public async Task The_treatment_plan_is_written_into_one_draft_of_its_document_with_register_text_escaped()
    {
        app.RequireProvider();
        var org = "plan-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        var id = (await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks", new { title = "Scores | leak *bold* [link](x)" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{id}/assessments",
            new { likelihood = 4, impact = 4, kind = "inherent", rationale = "Seen in the pilot." }));
        await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{id}/treatment", new { option = "modify", controls = new[] { "A.6.2.4" } }));

        var first = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/treatment-plan"), HttpStatusCode.Created);
        var document = first.GetProperty("documentId").GetGuid();
        Assert.Equal(1, first.GetProperty("risks").GetInt32());
        var version = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/documents/{document}/versions/{first.GetProperty("number").GetInt32()}"));
        var body = version.GetProperty("body").GetString()!;
        Assert.Contains(@"Scores \| leak \*bold\* \[link\]\(x\)", body, StringComparison.Ordinal);
        Assert.Contains("| A.6.2.4 | AI system verification and validation | not started |", body, StringComparison.Ordinal);
        var html = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/documents/{document}/versions/{first.GetProperty("number").GetInt32()}/html"));
        Assert.DoesNotContain("<strong>bold</strong>", html.GetProperty("html").GetString(), StringComparison.Ordinal);

        // Written again, it rewrites the same draft instead of starting another document or version.
        var second = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/treatment-plan"), HttpStatusCode.Created);
        Assert.Equal((document, first.GetProperty("number").GetInt32()), (second.GetProperty("documentId").GetGuid(), second.GetProperty("number").GetInt32()));
        var found = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/documents?q=treatment%20plan"));
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_criteria_are_refused_naming_the_field_and_only_risk_managers_draft_them()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var api = "/api/v1/orgs/demo";
        var ledger = await LedgerCountAsync(app);
        var eight = Enumerable.Range(1, 8).Select(i => new { label = $"L{i}" }).ToArray();
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/risk-criteria",
            new { likelihood = eight, impact = FourLevels, bands = Bands(), acceptanceThreshold = "low" }, Ct), HttpStatusCode.BadRequest, "likelihood");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/risk-criteria",
            new { likelihood = FourLevels, impact = FourLevels, bands = Bands(mediumFrom: 1), acceptanceThreshold = "low" }, Ct),
            HttpStatusCode.BadRequest, "bands[1].minLevel");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/risk-criteria",
            new { likelihood = FourLevels, impact = FourLevels, bands = Bands(), acceptanceThreshold = "severe" }, Ct),
            HttpStatusCode.BadRequest, "acceptanceThreshold");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/risk-criteria",
            new { likelihood = FourLevels, impact = FourLevels, matrix = new[] { new[] { 1, 2 } }, bands = Bands(), acceptanceThreshold = "low" }, Ct),
            HttpStatusCode.BadRequest, "matrix");
        using var contributor = app.ClientWithToken(app.DemoContributorToken);
        await HttpAssertions.AssertProblemAsync(await contributor.PostAsJsonAsync($"{api}/risk-criteria",
            new { likelihood = FourLevels, impact = FourLevels, bands = Bands(), acceptanceThreshold = "low" }, Ct), HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(await admin.GetAsync($"{api}/risk-criteria/99", Ct), HttpStatusCode.NotFound);
        Assert.Equal(ledger, await LedgerCountAsync(app));
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>($"{api}/risk-criteria/current", Ct)).GetProperty("number").GetInt32());
    }
}

public sealed class SqliteRiskCriteriaApiTests(SqliteAppFactory app) : RiskCriteriaApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRiskCriteriaApiTests(PostgresAppFactory app) : RiskCriteriaApiTests(app), IClassFixture<PostgresAppFactory>;
