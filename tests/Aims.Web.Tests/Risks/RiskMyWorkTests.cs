using System.Globalization;
using System.Net;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Web.Tests.Infrastructure;
using Aims.Web.Tests.Reminders;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Risks;

/// <summary>
/// "My work" from the risk register, on both providers: the owner sees a review coming up (from the band's interval)
/// and an action due soon; someone with the band's authority sees an acceptance waiting for them, the requester does not.
/// </summary>
public abstract class RiskMyWorkTests(AimsAppFactory app)
{
    [Fact]
    public async Task Reviews_actions_and_acceptances_to_decide_are_on_the_right_persons_list()
    {
        app.RequireProvider();
        var person = await ReminderPerson.CreateAsync(app, Role.GovernanceLead);
        using var client = app.ClientWithToken(person.Token);
        var api = $"/api/v1/orgs/{person.Slug}";
        // Criteria whose medium band is reviewed every 10 days, so the first review falls inside the 30-day window.
        var levels = new[] { new { label = "Low" }, new { label = "Medium" }, new { label = "High" } };
        await OkAsync(SendAsync(client, HttpMethod.Post, $"{api}/risk-criteria", new
        {
            likelihood = levels, impact = levels, acceptanceThreshold = "low",
            bands = new object[]
            {
                new { key = "low", label = "Low", colour = "#2e7d32", minLevel = 1, reviewDays = 365, acceptance = new { kind = "riskOwner" } },
                new { key = "medium", label = "Medium", colour = "#f9a825", minLevel = 3, reviewDays = 10, acceptance = new { kind = "accessRole", role = "governanceLead" } },
            },
        }), HttpStatusCode.Created);
        await OkAsync(SendAsync(client, HttpMethod.Post, $"{api}/risk-criteria/2/approve"));
        var risk = (await OkAsync(SendAsync(client, HttpMethod.Post, $"{api}/risks", new { title = "Scoring drift after the data migration" }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await OkAsync(SendAsync(client, HttpMethod.Post, $"{api}/risks/{risk}/assessments",
            new { likelihood = 2, impact = 2, kind = "inherent", rationale = "Seen once in the 2025 migration." }));
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await OkAsync(SendAsync(client, HttpMethod.Post, $"{api}/risks/{risk}/actions", new { title = "Compare score distributions", dueOn = tomorrow }),
            HttpStatusCode.Created);
        await OkAsync(SendAsync(client, HttpMethod.Post, $"{api}/risks/{risk}/acceptances",
            new { justification = "Low exposure until the next release.", expiresOn = tomorrow }), HttpStatusCode.Created);

        var mine = (await OkAsync(SendAsync(client, HttpMethod.Get, $"{api}/my-work"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(mine, i => Kind(i) == "riskReviewDue" && i.GetProperty("title").GetString() == "Scoring drift after the data migration");
        Assert.Contains(mine, i => Kind(i) == "riskActionDue" && i.GetProperty("title").GetString()!.StartsWith("Compare score distributions", StringComparison.Ordinal));
        Assert.DoesNotContain(mine, i => Kind(i) == "acceptanceWaiting"); // their own request

        // In the demo organization an acceptance requested by the engineer waits for anyone with the medium band's authority.
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var demo = (await OkAsync(SendAsync(admin, HttpMethod.Get, "/api/v1/orgs/demo/my-work"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(demo, i => Kind(i) == "acceptanceWaiting"
            && i.GetProperty("title").GetString() == "AIMS roles held by people without the training they need");
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        Assert.DoesNotContain((await OkAsync(SendAsync(viewer, HttpMethod.Get, "/api/v1/orgs/demo/my-work"))).GetProperty("items").EnumerateArray(),
            i => Kind(i) == "acceptanceWaiting");
    }

    private static string? Kind(JsonElement item) => item.GetProperty("kind").GetString();
}

public sealed class SqliteRiskMyWorkTests(SqliteAppFactory app) : RiskMyWorkTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRiskMyWorkTests(PostgresAppFactory app) : RiskMyWorkTests(app), IClassFixture<PostgresAppFactory>;
