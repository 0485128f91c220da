using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using static Aims.Web.Tests.Documents.DocumentsWorld;
using static Aims.Web.Tests.Establishment.ScopeApiTests;

namespace Aims.Web.Tests.Risks;

/// <summary>
/// Readiness follows the risk register, on both providers: 6.1.2 is met for the system once it has a rated risk; 6.1.3 names
/// the risk above the threshold until its controls are implemented; 8.3 names a control not planned; 6.1.1 asks for
/// criteria of the organization's own while the defaults are in force. The risk itself lists what an auditor would question.
/// </summary>
public abstract class RiskReadinessTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readiness_for_6_1_and_8_3_follows_ratings_treatment_and_controls()
    {
        app.RequireProvider();
        var org = "rr-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        var system = (await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/ai-systems", new { name = "Loan pricing model" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        Assert.Contains(await ReasonsAsync(admin, api, "6.1.2"), r => r.Contains("'Loan pricing model' (no risk recorded)", StringComparison.Ordinal));
        Assert.Contains(await ReasonsAsync(admin, api, "6.1.1"), r => r.Contains("no risk has been rated yet", StringComparison.Ordinal));

        var risk = (await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks", new { title = "Prices unfair to a postcode area", aiSystemId = system }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{risk}/assessments",
            new { likelihood = 3, impact = 4, kind = "inherent", rationale = "Postcode is a proxy for ethnicity in two regions." }));
        Assert.Contains(await ReasonsAsync(admin, api, "6.1.2"), r => r.Contains("all 1 active AI system(s) do", StringComparison.Ordinal));
        Assert.Contains(await ReasonsAsync(admin, api, "6.1.1"), r => r.Contains("OpenAIMS's defaults", StringComparison.Ordinal));
        Assert.Contains(await ReasonsAsync(admin, api, "6.1.3"), r => r.Contains("'Prices unfair to a postcode area' (no treatment)", StringComparison.Ordinal));

        var treated = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{risk}/treatment", new { option = "modify", controls = new[] { "A.7.4" } }));
        Assert.Empty(treated.GetProperty("findings").EnumerateArray());
        var lowered = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{risk}/assessments",
            new { likelihood = 1, impact = 4, kind = "residual", rationale = "Postcode removed from the features." }));
        Assert.Empty(lowered.GetProperty("findings").EnumerateArray());
        Assert.Contains(await ReasonsAsync(admin, api, "6.1.3"), r => r.Contains("waiting for A.7.4", StringComparison.Ordinal));
        Assert.Contains(await ReasonsAsync(admin, api, "8.3"), r => r.Contains("A.7.4 not planned", StringComparison.Ordinal));

        await OkAsync(SendAsync(admin, HttpMethod.Put, $"{api}/controls/A.7.4", new { status = "implemented" }));
        Assert.Contains(await ReasonsAsync(admin, api, "6.1.3"), r => r.Contains("no rated risk is above the acceptance threshold", StringComparison.Ordinal));
        Assert.Contains(await ReasonsAsync(admin, api, "8.3"), r => r.Contains("all 1 treated risks do", StringComparison.Ordinal));

        // A treatment action past its date is a finding on the risk and keeps 8.3 from being met until it is done.
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{api}/risks/{risk}/actions", new { title = "Retrain" }, Ct),
            HttpStatusCode.BadRequest, "dueOn");
        var action = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{risk}/actions",
            new { title = "Retrain without postcode", dueOn = yesterday }), HttpStatusCode.Created);
        Assert.Equal("open", action.GetProperty("status").GetString());
        Assert.True(action.GetProperty("overdue").GetBoolean());
        Assert.Contains((await OkAsync(SendAsync(admin, HttpMethod.Get, $"{api}/risks/{risk}"))).GetProperty("findings").EnumerateArray(),
            f => f.GetString()!.Contains("action 'Retrain without postcode' was due on", StringComparison.Ordinal));
        Assert.Contains(await ReasonsAsync(admin, api, "8.3"), r => r.Contains("action 'Retrain without postcode' overdue", StringComparison.Ordinal));
        var done = await OkAsync(SendAsync(admin, HttpMethod.Put, $"{api}/risks/{risk}/actions/{action.GetProperty("id").GetGuid()}",
            new { title = "Retrain without postcode", dueOn = yesterday, status = "done" }));
        Assert.False(done.GetProperty("overdue").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, done.GetProperty("doneOn").ValueKind);
        Assert.Contains(await ReasonsAsync(admin, api, "8.3"), r => r.Contains("all 1 treated risks do", StringComparison.Ordinal));
        using var other = app.ClientWithToken(app.AcmeAdminToken);
        await HttpAssertions.AssertProblemAsync(await other.PostAsJsonAsync($"/api/v1/orgs/acme/risks/{risk}/actions",
            new { title = "x", dueOn = yesterday }, Ct), HttpStatusCode.NotFound);

        // A residual above the inherent rating is what an auditor would question first.
        var odd = await OkAsync(SendAsync(admin, HttpMethod.Post, $"{api}/risks/{risk}/assessments",
            new { likelihood = 5, impact = 4, kind = "residual", rationale = "Typed in the wrong column." }));
        Assert.Contains(odd.GetProperty("findings").EnumerateArray(), f => f.GetString()!.Contains("higher than the inherent", StringComparison.Ordinal));
    }
}

public sealed class SqliteRiskReadinessTests(SqliteAppFactory app) : RiskReadinessTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRiskReadinessTests(PostgresAppFactory app) : RiskReadinessTests(app), IClassFixture<PostgresAppFactory>;
