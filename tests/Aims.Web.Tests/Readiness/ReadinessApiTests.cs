using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests.Readiness;

/// <summary>
/// The readiness contract: every clause 4–10 and Annex A control with status, score and reasons, an overall score,
/// and past days from the daily snapshot — computed from records, so an empty organization is not met anywhere.
/// </summary>
public abstract class ReadinessApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readiness_lists_every_clause_and_control_with_status_score_and_reasons()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var response = await viewer.GetAsync("/api/v1/orgs/demo/readiness", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var score = report.GetProperty("score").GetDouble();
        Assert.InRange(score, 0, 1);
        var clauses = report.GetProperty("clauses").EnumerateArray().ToList();
        var controls = report.GetProperty("controls").EnumerateArray().ToList();
        Assert.Equal(Aims.Catalogs.CatalogLibrary.Iso42001.Clauses.Count, clauses.Count);
        Assert.Equal(38, controls.Count);
        foreach (var item in clauses.Concat(controls))
        {
            Assert.Contains(item.GetProperty("status").GetString(), new[] { "met", "partial", "notMet" });
            Assert.InRange(item.GetProperty("score").GetDouble(), 0, 1);
            foreach (var reason in item.GetProperty("reasons").EnumerateArray())
            {
                Assert.False(string.IsNullOrWhiteSpace(reason.GetProperty("text").GetString()));
                Assert.True(reason.TryGetProperty("href", out _));
            }
        }

        var policy = clauses.Single(c => c.GetProperty("id").GetString() == "5.2");
        Assert.NotEqual("met", policy.GetProperty("status").GetString());
        Assert.Contains(controls, c => c.GetProperty("id").GetString() == "A.2.2");
        // Today's result is recorded: the trend has today, and asking for today by date gives the live view.
        var trend = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/readiness/trend", Ct);
        Assert.Contains(trend.EnumerateArray(), p => p.GetProperty("day").GetString() == DateTime.UtcNow.ToString("yyyy-MM-dd"));
        var today = await viewer.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/readiness?at={DateTime.UtcNow:yyyy-MM-dd}", Ct);
        Assert.Equal(score, today.GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task The_command_line_shows_the_same_readiness_with_what_is_missing()
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var report = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/readiness", Ct);
        string[] connection = ["--org", "demo", "--api", "http://localhost/", "--token", app.DemoViewerToken];

        var (code, output, error) = await CliRun.RunAsync(app, ["readiness", .. connection]);
        Assert.True(code == 0, error);
        var percent = Math.Round(report.GetProperty("score").GetDouble() * 100, MidpointRounding.AwayFromZero);
        Assert.StartsWith($"Readiness {percent}% (as of ", output, StringComparison.Ordinal);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var clause in report.GetProperty("clauses").EnumerateArray())
        {
            Assert.Contains(lines, l => l.StartsWith(clause.GetProperty("id").GetString() + " ", StringComparison.Ordinal));
        }

        // The AI policy is not in force in the demo organization: 5.2 says so, with the reason and where to act.
        var policy = report.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "5.2");
        var line = lines.FindIndex(l => l.StartsWith("5.2 ", StringComparison.Ordinal));
        Assert.Contains(policy.GetProperty("status").GetString() == "partial" ? "partial" : "not met", lines[line], StringComparison.Ordinal);
        Assert.Contains(policy.GetProperty("reasons")[0].GetProperty("text").GetString()!, lines[line + 1], StringComparison.Ordinal);
        Assert.EndsWith($"(http://localhost{policy.GetProperty("reasons")[0].GetProperty("href").GetString()})", lines[line + 1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("A.2.2 ", StringComparison.Ordinal));

        (code, output, _) = await CliRun.RunAsync(app, ["readiness", "--controls", .. connection]);
        Assert.Equal(0, code);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("A.2.2 ", StringComparison.Ordinal));
        (code, output, _) = await CliRun.RunAsync(app, ["readiness", "--json", .. connection]);
        Assert.Equal(0, code);
        Assert.Equal(report.GetProperty("score").GetDouble(), JsonDocument.Parse(output).RootElement.GetProperty("score").GetDouble());

        (code, _, error) = await CliRun.RunAsync(app, ["readiness", "--at", "2026-13-01", .. connection]);
        Assert.Equal(1, code);
        Assert.Contains("400", error, StringComparison.Ordinal);
        Assert.Contains("at: '2026-13-01' is not a date", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("at=2026-13-01")]
    [InlineData("at=yesterday")]
    [InlineData("at=2999-01-01")]
    [InlineData("at=2000-01-01")]
    public async Task A_bad_or_unrecorded_day_answers_400_naming_at(string query)
    {
        app.RequireProvider();
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        await HttpAssertions.AssertProblemAsync(await viewer.GetAsync($"/api/v1/orgs/demo/readiness?{query}", Ct),
            HttpStatusCode.BadRequest, "at");
    }

    [Fact]
    public async Task Another_organizations_readiness_is_not_found()
    {
        app.RequireProvider();
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        await HttpAssertions.AssertProblemAsync(await acme.GetAsync("/api/v1/orgs/demo/readiness", Ct), HttpStatusCode.NotFound);
    }
}

public sealed class SqliteReadinessApiTests(SqliteAppFactory app) : ReadinessApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresReadinessApiTests(PostgresAppFactory app) : ReadinessApiTests(app), IClassFixture<PostgresAppFactory>;
