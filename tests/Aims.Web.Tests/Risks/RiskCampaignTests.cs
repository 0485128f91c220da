using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Risks;

/// <summary>
/// Assessment campaigns (6.1.2, 8.2), on both providers: a campaign over two systems counts the risks rated within its
/// period from the ratings history, lists what is still unassessed and the system with no risk; bad input is refused
/// naming the field.
/// </summary>
public abstract class RiskCampaignTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_campaign_lists_what_is_still_unassessed_in_its_period()
    {
        app.RequireProvider();
        var org = "camp-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        async Task<Guid> CreateAsync(string path, object body) =>
            (await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/{path}", body), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var scorer = await CreateAsync("ai-systems", new { name = "Churn scorer" });
        var chatbot = await CreateAsync("ai-systems", new { name = "Help chatbot" });
        var rated = await CreateAsync("risks", new { title = "Churn scores unfair to new customers", aiSystemId = scorer });
        await CreateAsync("risks", new { title = "Scores leak to marketing", aiSystemId = scorer });
        await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{rated}/assessments",
            new { likelihood = 2, impact = 3, kind = "inherent", rationale = "Q4 review." }));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var running = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risk-campaigns",
            new { name = "Annual assessment", startsOn = Day(-10), endsOn = Day(20), aiSystemIds = new[] { scorer, chatbot } }), HttpStatusCode.Created);
        Assert.Equal("running", running.GetProperty("state").GetString());
        Assert.Equal((2, 1), (running.GetProperty("risks").GetInt32(), running.GetProperty("assessed").GetInt32()));
        var unassessed = running.GetProperty("systems").EnumerateArray().SelectMany(s => s.GetProperty("unassessed").EnumerateArray())
            .Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Scores leak to marketing"], unassessed);
        Assert.Equal(["Help chatbot"], running.GetProperty("systemsWithoutRisks").EnumerateArray().Select(s => s.GetString()));

        var planned = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risk-campaigns",
            new { name = "Next cycle", startsOn = Day(30), endsOn = Day(60), aiSystemIds = new[] { scorer } }), HttpStatusCode.Created);
        Assert.Equal(("planned", 0), (planned.GetProperty("state").GetString(), planned.GetProperty("assessed").GetInt32()));

        var ledger = await LedgerCountAsync(app);
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/risk-campaigns",
            new { name = "Backwards", startsOn = Day(5), endsOn = Day(1), aiSystemIds = new[] { scorer } }, Ct), HttpStatusCode.BadRequest, "endsOn");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/risk-campaigns",
            new { name = "Nothing covered", startsOn = Day(1), endsOn = Day(5) }, Ct), HttpStatusCode.BadRequest, "aiSystemIds");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/risk-campaigns",
            new { name = "Foreign", startsOn = Day(1), endsOn = Day(5), aiSystemIds = new[] { Guid.NewGuid() } }, Ct), HttpStatusCode.BadRequest, "aiSystemIds");
        Assert.Equal(ledger, await LedgerCountAsync(app));
        var list = await admin.GetFromJsonAsync<JsonElement>($"{api}/risk-campaigns?sort=startsOn", Ct);
        Assert.Equal(["Annual assessment", "Next cycle"], list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }
}

public sealed class SqliteRiskCampaignTests(SqliteAppFactory app) : RiskCampaignTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRiskCampaignTests(PostgresAppFactory app) : RiskCampaignTests(app), IClassFixture<PostgresAppFactory>;
