using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests.Establishment;

/// <summary>
/// The registers that establish the AIMS over HTTP, on both providers: context issues, interested parties with their
/// requirements, and objectives with measurements — create, list (search, filters, sort, paging), edit with If-Match,
/// history with links, export, isolation between organizations and the permission matrix.
/// </summary>
public abstract class EstablishmentApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static string Day(int fromToday) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>POSTs <paramref name="body"/>, expects 201 (the answer is the message otherwise) and returns the new id.</summary>
    internal static async Task<Guid> CreateIdAsync(HttpClient client, string path, object body) =>
        (await CreatedAsync(await client.PostAsJsonAsync(path, body, Ct))).GetProperty("id").GetGuid();

    internal static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var created = JsonDocument.Parse(body).RootElement.Clone();
        Assert.EndsWith("/" + created.GetProperty("id").GetGuid().ToString("D"), response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
        return created;
    }

    [Fact]
    public async Task A_context_issue_is_created_listed_filtered_edited_and_its_history_shows_the_links()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoContributorToken);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var objective = await CreatedAsync(await client.PostAsJsonAsync("/api/v1/orgs/demo/objectives", new
        {
            title = "Fair credit decisions " + tag, kpi = "Demographic parity ratio", unit = "ratio", targetValue = 0.8, direction = "atLeast",
            dueDate = Day(200),
        }, Ct));
        var issue = await CreatedAsync(await client.PostAsJsonAsync("/api/v1/orgs/demo/context-issues", new
        {
            title = "EU AI Act obligations for credit scoring " + tag, origin = "external", category = "legalAndRegulatory", effect = "risk",
            description = "Creditworthiness assessment is high-risk under Annex III.", reviewDate = Day(-3),
            objectiveIds = new[] { objective.GetProperty("id").GetGuid() },
        }, Ct));
        var id = issue.GetProperty("id").GetGuid();
        Assert.Equal("external", issue.GetProperty("origin").GetString());
        Assert.Equal("contributor", issue.GetProperty("ownerName").GetString());
        Assert.Equal("overdue", issue.GetProperty("review").GetProperty("status").GetString());
        Assert.StartsWith("Fair credit decisions", issue.GetProperty("objectives")[0].GetProperty("name").GetString(), StringComparison.Ordinal);

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/context-issues?q={tag}&category=legalAndRegulatory&review=overdue", Ct);
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        var none = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/context-issues?q={tag}&origin=internal", Ct);
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        // A stale edit is refused; a current one replaces the fields and the links.
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/orgs/demo/context-issues/{id}")
        {
            Content = JsonContent.Create(new { title = "x", origin = "internal", category = "economic", effect = "neutral", reviewDate = Day(10) }),
        };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
        await HttpAssertions.AssertProblemAsync(await client.SendAsync(stale, Ct), HttpStatusCode.PreconditionFailed);
        var edited = await client.PutAsJsonAsync($"/api/v1/orgs/demo/context-issues/{id}", new
        {
            title = "EU AI Act obligations for credit scoring " + tag, origin = "external", category = "legalAndRegulatory", effect = "risk",
            reviewDate = Day(60), objectiveIds = Array.Empty<Guid>(),
        }, Ct);
        edited.EnsureSuccessStatusCode();
        var after = await edited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("current", after.GetProperty("review").GetProperty("status").GetString());
        Assert.Equal(0, after.GetProperty("objectives").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("description").ValueKind);

        var history = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/context-issues/{id}/history", Ct)).EnumerateArray()
            .Select(h => (Action: h.GetProperty("action").GetString(), Changes: h.GetProperty("changes").GetString()!)).ToList();
        var objectiveId = objective.GetProperty("id").GetGuid().ToString("D");
        Assert.Contains(history, h => h.Action == "Created" && h.Changes.Contains(objectiveId, StringComparison.Ordinal) &&
                                      h.Changes.Contains("\"TargetRegister\":\"objectives\"", StringComparison.Ordinal));
        Assert.Contains(history, h => h.Action == "Deleted" && h.Changes.Contains(objectiveId, StringComparison.Ordinal));
        Assert.Contains(history, h => h.Action == "Updated" && h.Changes.Contains("ReviewDate", StringComparison.Ordinal));

        var csv = await client.GetStringAsync($"/api/v1/orgs/demo/context-issues/export?format=csv&q={tag}", Ct);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Title,Internal or external,Category,Effect on the AIMS,Owner,Review date,Review", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Legal and regulatory", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requirements_live_under_their_party_and_a_requirement_nothing_addresses_is_a_gap()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoContributorToken);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var party = await CreatedAsync(await client.PostAsJsonAsync("/api/v1/orgs/demo/interested-parties", new
        {
            name = "Financial supervisory authority " + tag, kind = "regulator", relevance = "high",
        }, Ct));
        var partyId = party.GetProperty("id").GetGuid();
        var requirement = await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/orgs/demo/interested-parties/{partyId}/requirements", new
        {
            title = "Human oversight of credit decisions " + tag, source = "law", sourceReference = "EU AI Act Art. 26(2)", addressedThroughAims = true,
        }, Ct));
        Assert.Equal(partyId, requirement.GetProperty("partyId").GetGuid());
        Assert.Equal("gap", requirement.GetProperty("coverage").GetString());
        Assert.Contains("no document, control or objective", requirement.GetProperty("coverageReason").GetString(), StringComparison.Ordinal);

        var ofParty = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/interested-parties/{partyId}/requirements", Ct);
        Assert.Equal(1, ofParty.GetProperty("total").GetInt32());
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/interested-parties?q={tag}", Ct);
        Assert.Equal(1, listed.GetProperty("items")[0].GetProperty("gaps").GetInt32());

        var id = requirement.GetProperty("id").GetGuid();
        var linked = await client.PutAsJsonAsync($"/api/v1/orgs/demo/requirements/{id}", new
        {
            partyId, title = "Human oversight of credit decisions " + tag, source = "law", addressedThroughAims = true, controls = new[] { "A.9.3", "a.6.2.6" },
        }, Ct);
        var body = await linked.Content.ReadAsStringAsync(Ct);
        Assert.True(linked.IsSuccessStatusCode, body);
        var view = JsonDocument.Parse(body).RootElement;
        Assert.Equal("addressed", view.GetProperty("coverage").GetString());
        Assert.Equal(["A.6.2.6", "A.9.3"], view.GetProperty("controls").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray());
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/requirements?partyId={partyId}&coverage=gap", Ct))
            .GetProperty("total").GetInt32());

        // The address names the party: a different one in the body is refused, an unknown party is not found.
        await HttpAssertions.AssertProblemAsync(await client.PostAsJsonAsync($"/api/v1/orgs/demo/interested-parties/{partyId}/requirements",
            new { partyId = Guid.NewGuid(), title = "x", source = "law" }, Ct), HttpStatusCode.BadRequest, "partyId");
        await HttpAssertions.AssertProblemAsync(await client.GetAsync($"/api/v1/orgs/demo/interested-parties/{Guid.NewGuid()}/requirements", Ct),
            HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Measurements_give_an_objective_its_progress_and_move_its_version()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoContributorToken);
        var objective = await CreatedAsync(await client.PostAsJsonAsync("/api/v1/orgs/demo/objectives", new
        {
            title = "Answer AI concerns quickly " + Guid.NewGuid().ToString("N")[..6], kpi = "Median days to first answer", unit = "days",
            targetValue = 5, direction = "atMost", dueDate = Day(60),
        }, Ct));
        var id = objective.GetProperty("id").GetGuid();
        Assert.Equal("notMeasured", objective.GetProperty("progress").GetProperty("status").GetString());

        var first = await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/orgs/demo/objectives/{id}/measurements",
            new { value = 12, measuredOn = Day(-60), source = "Service desk export" }, Ct), id);
        Assert.Equal("tooEarly", first.GetProperty("progress").GetProperty("status").GetString());
        var second = await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/orgs/demo/objectives/{id}/measurements",
            new { value = 9.5m, measuredOn = Day(-30), source = "Service desk export" }, Ct), id);
        // 12 → 9.5 in 30 days carries on to 2 by the due date, 90 days later: on track for "at most 5".
        Assert.Equal("onTrack", second.GetProperty("progress").GetProperty("status").GetString());
        Assert.Equal(2m, second.GetProperty("progress").GetProperty("projected").GetDecimal());
        Assert.Equal(2, second.GetProperty("measurements").GetArrayLength());
        Assert.True(second.GetProperty("version").GetInt64() > objective.GetProperty("version").GetInt64());

        var third = await CreatedAsync(await client.PostAsJsonAsync($"/api/v1/orgs/demo/objectives/{id}/measurements",
            new { value = 11, measuredOn = Day(0), source = "Service desk export" }, Ct), id);
        Assert.Equal("offTrack", third.GetProperty("progress").GetProperty("status").GetString());
        Assert.Contains("only", third.GetProperty("progress").GetProperty("reason").GetString(), StringComparison.Ordinal);

        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/demo/objectives/{id}/history", Ct);
        Assert.Equal(3, history.EnumerateArray().Count(h => h.GetProperty("changes").GetString()!.Contains("Service desk export", StringComparison.Ordinal)));
    }

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response, Guid objectiveId)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        Assert.EndsWith($"/objectives/{objectiveId:D}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Another_organization_sees_none_of_it_and_a_viewer_reads_without_changing()
    {
        app.RequireProvider();
        using var contributor = app.ClientWithToken(app.DemoContributorToken);
        var party = await CreatedAsync(await contributor.PostAsJsonAsync("/api/v1/orgs/demo/interested-parties",
            new { name = "Loan applicants " + Guid.NewGuid().ToString("N")[..6], kind = "affectedPersons", relevance = "high" }, Ct));
        var id = party.GetProperty("id").GetGuid();

        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        await HttpAssertions.AssertProblemAsync(await acme.GetAsync($"/api/v1/orgs/acme/interested-parties/{id}", Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await acme.PostAsJsonAsync($"/api/v1/orgs/acme/interested-parties/{id}/requirements",
            new { title = "x", source = "law" }, Ct), HttpStatusCode.BadRequest, "partyId");
        // A record of another organization is not something to link to.
        await HttpAssertions.AssertProblemAsync(await acme.PostAsJsonAsync("/api/v1/orgs/acme/context-issues", new
        {
            title = "Borrowed link", origin = "internal", category = "organizational", effect = "neutral", reviewDate = Day(30), objectiveIds = new[] { id },
        }, Ct), HttpStatusCode.BadRequest, "objectiveIds");

        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/orgs/demo/interested-parties/{id}", Ct)).StatusCode);
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsJsonAsync("/api/v1/orgs/demo/interested-parties",
            new { name = "Not allowed", kind = "public", relevance = "low" }, Ct), HttpStatusCode.Forbidden);
        await HttpAssertions.AssertProblemAsync(await contributor.PostAsJsonAsync($"/api/v1/orgs/demo/interested-parties/{id}/archive",
            new { reason = "Contributors may not archive" }, Ct), HttpStatusCode.Forbidden);
    }

    public static TheoryData<string, string, string[]> BadInputs() => new()
    {
        { "context-issues", """{}""", ["title", "origin", "category", "effect", "reviewDate"] },
        { "context-issues", """{"title":"T","origin":"sideways","category":"economic","effect":"risk","reviewDate":"2027-01-01"}""", ["origin"] },
        { "context-issues", """{"title":"T","origin":"internal","category":"economic","effect":"risk","reviewDate":"2027-13-01"}""", ["reviewDate"] },
        { "context-issues", $$"""{"title":"{{new string('t', 201)}}","origin":"internal","category":"economic","effect":"risk","reviewDate":"2027-01-01"}""", ["title"] },
        { "context-issues", $$"""{"title":"T","origin":"internal","category":"economic","effect":"risk","reviewDate":"2027-01-01","objectiveIds":["{{Guid.NewGuid()}}"]}""", ["objectiveIds"] },
        { "context-issues", $$"""{"title":"T","origin":"internal","category":"economic","effect":"risk","reviewDate":"2027-01-01","ownerId":"{{Guid.NewGuid()}}"}""", ["ownerId"] },
        { "context-issues", """{"title":"T","origin":"internal","category":99,"effect":"risk","reviewDate":"2027-01-01"}""", ["category"] },
        { "interested-parties", """{"name":"  ","kind":"regulator"}""", ["name", "relevance"] },
        { "interested-parties", $$"""{"name":"P","kind":"regulator","relevance":"high","description":"{{new string('d', 8001)}}"}""", ["description"] },
        { "requirements", """{"title":"R","source":"law"}""", ["partyId"] },
        { "requirements", $$"""{"partyId":"{{Guid.NewGuid()}}","title":"R","source":"treaty"}""", ["source"] },
        { "requirements", $$"""{"partyId":"{{Guid.NewGuid()}}","title":"R","source":"law","controls":["A.99"]}""", ["partyId", "controls"] },
        { "objectives", """{"title":"O","kpi":"K","unit":"%","targetValue":"ninety","direction":"atLeast","dueDate":"2027-01-01"}""", ["targetValue"] },
        { "objectives", """{"title":"O","kpi":"K","unit":"%","targetValue":90.123456789,"direction":"atLeast","dueDate":"2027-01-01"}""", ["targetValue"] },
        { "objectives", """{"title":"O","kpi":"K","unit":"%","targetValue":90,"direction":"up","dueDate":"2027-01-01"}""", ["direction"] },
        { "objectives", """{"title":"O","targetValue":90,"direction":"atLeast","dueDate":"3027-01-01"}""", ["kpi", "unit", "dueDate"] },
        { "ai-roles", """{}""", ["role"] },
        { "ai-roles", """{"role":"aiOverlord","operatorRole":"deployer"}""", ["role"] },
        { "ai-roles", """{"role":"aiProvider","operatorRole":"reseller"}""", ["operatorRole"] },
        { "ai-roles", $$"""{"role":"aiProvider","aiSystemId":"{{Guid.NewGuid()}}"}""", ["aiSystemId"] },
        { "ai-roles", $$"""{"role":"aiCustomer","rationale":"{{new string('r', 8001)}}"}""", ["rationale"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_names_each_field_and_stores_nothing(string register, string json, string[] fields)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await LedgerCountAsync();
        var response = await client.PostAsync($"/api/v1/orgs/demo/{register}", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(before, await LedgerCountAsync());
    }

    [Fact]
    public async Task A_measurement_in_the_future_or_without_a_number_is_refused_and_stores_nothing()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var objective = await CreatedAsync(await client.PostAsJsonAsync("/api/v1/orgs/demo/objectives", new
        {
            title = "Staff trained " + Guid.NewGuid().ToString("N")[..6], kpi = "Share of staff trained", unit = "%", targetValue = 95,
            direction = "atLeast", dueDate = Day(90),
        }, Ct));
        var id = objective.GetProperty("id").GetGuid();
        var before = await LedgerCountAsync();
        foreach (var (json, field) in new[]
                 {
                     ($$"""{"value":50,"measuredOn":"{{Day(400)}}","source":"HR"}""", "measuredOn"),
                     ($$"""{"value":"half","measuredOn":"{{Day(0)}}","source":"HR"}""", "value"),
                     ($$"""{"value":50,"measuredOn":"{{Day(0)}}"}""", "source"),
                     ($$"""{"value":50,"measuredOn":"{{Day(0)}}","source":"HR","evidenceId":"{{Guid.NewGuid()}}"}""", "evidenceId"),
                 })
        {
            await HttpAssertions.AssertProblemAsync(await client.PostAsync($"/api/v1/orgs/demo/objectives/{id}/measurements",
                new StringContent(json, Encoding.UTF8, "application/json"), Ct), HttpStatusCode.BadRequest, field);
        }

        await HttpAssertions.AssertProblemAsync(await client.PostAsJsonAsync($"/api/v1/orgs/demo/objectives/{Guid.NewGuid()}/measurements",
            new { value = 1, measuredOn = Day(0), source = "HR" }, Ct), HttpStatusCode.NotFound);
        Assert.Equal(before, await LedgerCountAsync());
    }

    [Fact]
    public async Task The_command_line_creates_updates_and_measures_naming_the_option_or_file_it_refuses()
    {
        app.RequireProvider();
        string[] connection = ["--org", "demo", "--api", "http://localhost/", "--token", app.DemoContributorToken];
        var (code, output, error) = await CliRun.RunAsync(app, ["context-issues", "create", .. connection, "--title", "Insurers adopt AI codes of conduct",
            "--origin", "external", "--category", "marketAndCustomer", "--effect", "opportunity", "--review-date", Day(30)]);
        Assert.True(code == 0, error + output);
        var id = Guid.Parse(output.Trim());

        (code, output, error) = await CliRun.RunAsync(app, ["context-issues", "create", .. connection, "--title", "x", "--origin", "sideways",
            "--category", "economic", "--effect", "risk"]);
        Assert.NotEqual(0, code);
        Assert.Contains("--origin: The value of 'origin' is not valid", error + output, StringComparison.Ordinal);
        Assert.Contains("Use one of: internal, external.", error + output, StringComparison.Ordinal);
        (code, output, error) = await CliRun.RunAsync(app, ["context-issues", "create", .. connection, "--title", "x", "--origin", "internal",
            "--category", "economic", "--effect", "risk"]);
        Assert.NotEqual(0, code);
        Assert.Contains("--review-date: Review date is required.", error + output, StringComparison.Ordinal);

        var file = Path.Combine(Path.GetTempPath(), $"issue-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, "{\n  \"title\": \"Insurers adopt AI codes\",\n  \"origin\": \"external\"\n  \"category\": 1\n}", Ct);
        (code, output, error) = await CliRun.RunAsync(app, ["context-issues", "update", id.ToString("D"), .. connection, "--input", file]);
        Assert.NotEqual(0, code);
        Assert.Contains($"{Path.GetFileName(file)} line 4", error + output, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, $$"""{"title":"Insurers adopt AI codes of conduct","origin":"external","category":"marketAndCustomer","effect":"neutral","reviewDate":"{{Day(60)}}"}""", Ct);
        (code, output, error) = await CliRun.RunAsync(app, ["context-issues", "update", id.ToString("D"), .. connection, "--input", file]);
        Assert.True(code == 0, error + output);
        Assert.Contains("(version 2)", output, StringComparison.Ordinal);
        File.Delete(file);

        (code, output, error) = await CliRun.RunAsync(app, ["objectives", "create", .. connection, "--title", "Explain decisions within a week",
            "--kpi", "Median days to explanation", "--unit", "days", "--target-value", "seven", "--direction", "atMost", "--due-date", Day(90)]);
        Assert.NotEqual(0, code);
        Assert.Contains("--target-value:", error + output, StringComparison.Ordinal);
        (code, output, error) = await CliRun.RunAsync(app, ["objectives", "create", .. connection, "--title", "Explain decisions within a week",
            "--kpi", "Median days to explanation", "--unit", "days", "--target-value", "7", "--direction", "atMost", "--due-date", Day(90)]);
        Assert.True(code == 0, error + output);
        var objective = output.Trim();
        (code, output, error) = await CliRun.RunAsync(app, ["objectives", "measure", objective, .. connection, "--value", "6.5", "--source", "Complaints log"]);
        Assert.True(code == 0, error + output);
        Assert.StartsWith("achieved: Target met", output, StringComparison.Ordinal);

        (code, output, error) = await CliRun.RunAsync(app, ["context-issues", "list", .. connection, "--search", "codes conduct"]);
        Assert.True(code == 0, error + output);
        Assert.Contains("Insurers adopt AI codes of conduct", output, StringComparison.Ordinal);
        Assert.Contains("Neutral", output, StringComparison.Ordinal);
    }

    private async Task<int> LedgerCountAsync()
    {
        await using var db = await app.OpenDbAsync();
        return await db.LedgerEntries.CountAsync(Ct);
    }
}

public sealed class SqliteEstablishmentApiTests(SqliteAppFactory app) : EstablishmentApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresEstablishmentApiTests(PostgresAppFactory app) : EstablishmentApiTests(app), IClassFixture<PostgresAppFactory>;
