using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests.Establishment;

/// <summary>
/// Readiness for 4.1, 4.2 and 6.2 follows the records, step by step from an empty organization, with reasons that
/// name what is missing: an issue of one kind only, a party without requirements, a requirement nothing addresses, an
/// objective not measured lately.
/// </summary>
public abstract class EstablishmentReadinessTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readiness_for_context_parties_and_objectives_rises_with_the_records_and_says_what_is_missing()
    {
        app.RequireProvider();
        var org = "ready-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        async Task<(string Status, string Reasons)> RuleAsync(string clause, string title)
        {
            var item = await ScopeApiTests.ItemAsync(admin, api, clause);
            var reasons = item.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("text").GetString()!)
                .Where(r => r.StartsWith(title, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(reasons);
            return (item.GetProperty("status").GetString()!, string.Join(" | ", reasons));
        }

        Assert.Contains("no context issue is recorded", (await RuleAsync("4.1", "Internal and external issues")).Reasons, StringComparison.Ordinal);
        var established = await RuleAsync("4.4", "The AIMS established");
        Assert.Equal("notMet", established.Status);
        Assert.Contains("0 of 13 steps done; still to do: 'Determine the context (4.1)'", established.Reasons, StringComparison.Ordinal);
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/context-issues", new
        {
            title = "New AI liability rules", origin = "external", category = "legalAndRegulatory", effect = "risk", reviewDate = EstablishmentApiTests.Day(90),
        });
        var oneKind = await RuleAsync("4.1", "Internal and external issues");
        Assert.Contains("no internal issue is recorded", oneKind.Reasons, StringComparison.Ordinal);
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/context-issues", new
        {
            title = "Data science team of two", origin = "internal", category = "organizational", effect = "risk", reviewDate = EstablishmentApiTests.Day(90),
        });
        Assert.Contains("the organization's AI roles (AI provider, AI customer…) are not recorded", (await RuleAsync("4.1", "Internal and external issues")).Reasons,
            StringComparison.Ordinal);
        var role = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/ai-roles", new { role = "aiCustomer", operatorRole = "deployer", rationale = "We deploy a vendor's model." });
        var listed = await admin.GetFromJsonAsync<JsonElement>($"{api}/ai-roles?aiSystemId=organization", Ct);
        Assert.Equal(role, listed.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Contains("all within their review dates; AI roles recorded", (await RuleAsync("4.1", "Internal and external issues")).Reasons, StringComparison.Ordinal);
        // The guided start and 4.4 read the same steps: two are done now, the parties are next.
        Assert.Contains("2 of 13 steps done; still to do: 'Identify interested parties and their requirements (4.2)'",
            (await RuleAsync("4.4", "The AIMS established")).Reasons, StringComparison.Ordinal);

        Assert.Contains("no interested party", (await RuleAsync("4.2", "Interested parties")).Reasons, StringComparison.Ordinal);
        var party = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/interested-parties", new { name = "Data protection authority", kind = "regulator", relevance = "high" });
        Assert.Contains("with no requirement recorded: 'Data protection authority'", (await RuleAsync("4.2", "Interested parties")).Reasons, StringComparison.Ordinal);
        var requirement = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/interested-parties/{party}/requirements", new
        {
            title = "DPIA before processing with new technology", source = "law", sourceReference = "GDPR Art. 35", addressedThroughAims = true,
        });
        Assert.Contains("that nothing links to: 'DPIA before processing with new technology'", (await RuleAsync("4.2", "Interested parties")).Reasons,
            StringComparison.Ordinal);

        Assert.Contains("no AI objective is set", (await RuleAsync("6.2", "Measurable AI objectives")).Reasons, StringComparison.Ordinal);
        var objective = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/objectives", new
        {
            title = "Impact assessed before go-live", kpi = "Share of new systems with an impact assessment", unit = "%", targetValue = 100,
            direction = "atLeast", dueDate = EstablishmentApiTests.Day(180),
        });
        var unmeasured = await RuleAsync("6.2", "Measurable AI objectives");
        Assert.Equal("notMet", unmeasured.Status);
        Assert.Contains("without a measurement in the last 92 days: 'Impact assessed before go-live'", unmeasured.Reasons, StringComparison.Ordinal);

        // Linking the requirement to the objective addresses it; measuring the objective meets 6.2.
        (await admin.PutAsJsonAsync($"{api}/requirements/{requirement}", new
        {
            partyId = party, title = "DPIA before processing with new technology", source = "law", addressedThroughAims = true, objectiveIds = new[] { objective },
        }, Ct)).EnsureSuccessStatusCode();
        Assert.Contains("every one the AIMS addresses linked", (await RuleAsync("4.2", "Interested parties")).Reasons, StringComparison.Ordinal);
        var old = await admin.PostAsJsonAsync($"{api}/objectives/{objective}/measurements",
            new { value = 40, measuredOn = EstablishmentApiTests.Day(-120), source = "Register review" }, Ct);
        Assert.Equal(HttpStatusCode.Created, old.StatusCode);
        Assert.Equal("notMet", (await RuleAsync("6.2", "Measurable AI objectives")).Status);
        var recent = await admin.PostAsJsonAsync($"{api}/objectives/{objective}/measurements",
            new { value = 60, measuredOn = EstablishmentApiTests.Day(-3), source = "Register review" }, Ct);
        Assert.Equal(HttpStatusCode.Created, recent.StatusCode);
        Assert.Contains("each measured within the last 92 days", (await RuleAsync("6.2", "Measurable AI objectives")).Reasons, StringComparison.Ordinal);
    }
}

public sealed class SqliteEstablishmentReadinessTests(SqliteAppFactory app) : EstablishmentReadinessTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresEstablishmentReadinessTests(PostgresAppFactory app) : EstablishmentReadinessTests(app), IClassFixture<PostgresAppFactory>;
