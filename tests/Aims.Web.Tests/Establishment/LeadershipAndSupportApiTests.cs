using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests.Establishment;

/// <summary>
/// Roles, the RACI, people with competence records, leadership records, planned changes and resources over HTTP on both
/// providers, and the readiness they drive: 5.3 needs every role held by an active member and a RACI, 7.2 no competence
/// gap for the roles the RACI relies on (an expired record is a gap), 6.3 no change past its date.
/// </summary>
public abstract class LeadershipAndSupportApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Roles_held_by_active_members_with_a_raci_and_current_competence_meet_5_3_and_7_2()
    {
        app.RequireProvider();
        var org = "lead-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        await using var db = await app.OpenDbAsync();
        var adminId = await db.Users.Where(u => u.Email == AimsAppFactory.AdminEmail).Select(u => u.Id).SingleAsync(Ct);

        var contractor = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/people", new { name = "Priya Raman", jobTitle = "Contract ML auditor" });
        var owner = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/people", new { name = "Administrator", userId = adminId, email = "admin@openaims.local" });
        var role = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/roles", new
        {
            name = "Internal auditor", responsibilities = "Plans and performs internal audits.", requiredCompetences = new[] { "ISO/IEC 42001 auditing" },
            holderIds = new[] { contractor },
        });
        var item = await ScopeApiTests.ItemAsync(admin, api, "5.3");
        Assert.Contains(item.GetProperty("reasons").EnumerateArray(), r => Text(r).Contains("held by no active member: 'Internal auditor'", StringComparison.Ordinal));
        Assert.Contains(item.GetProperty("reasons").EnumerateArray(), r => Text(r).Contains("no RACI yet", StringComparison.Ordinal));

        (await admin.PutAsJsonAsync($"{api}/roles/{role}", new
        {
            name = "Internal auditor", requiredCompetences = new[] { "ISO/IEC 42001 auditing" }, holderIds = new[] { contractor, owner },
        }, Ct)).EnsureSuccessStatusCode();
        var raci = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/raci", new { activity = "Perform internal audits", reference = "9.2", accountableRoleId = role, responsibleRoleIds = new[] { role } });
        var entry = await admin.GetFromJsonAsync<JsonElement>($"{api}/raci/{raci}", Ct);
        Assert.Equal("Internal auditor", entry.GetProperty("accountableRole").GetString());
        Assert.Equal("Internal auditor", entry.GetProperty("responsible")[0].GetProperty("name").GetString());
        Assert.Contains("each held by an active member", Rule(await ScopeApiTests.ItemAsync(admin, api, "5.3"), "Roles assigned"), StringComparison.Ordinal);

        // Competence: both holders need the auditing competence; an expired record does not count.
        var gaps = Rule(await ScopeApiTests.ItemAsync(admin, api, "7.2"), "No competence gap");
        Assert.Contains("2 competence gap(s)", gaps, StringComparison.Ordinal);
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/competences", new
        {
            personId = contractor, competence = "ISO/IEC 42001 auditing", kind = "qualification", achievedOn = EstablishmentApiTests.Day(-400),
            validUntil = EstablishmentApiTests.Day(-10),
        });
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/competences", new
        {
            personId = owner, competence = "iso/iec 42001 AUDITING", kind = "training", achievedOn = EstablishmentApiTests.Day(-30),
        });
        var person = await admin.GetFromJsonAsync<JsonElement>($"{api}/people/{contractor}", Ct);
        Assert.Equal(["ISO/IEC 42001 auditing (Internal auditor)"], person.GetProperty("gaps").EnumerateArray().Select(g => g.GetString()!).ToArray());
        Assert.Contains("1 competence gap(s): 'Priya Raman: ISO/IEC 42001 auditing'", Rule(await ScopeApiTests.ItemAsync(admin, api, "7.2"), "No competence gap"),
            StringComparison.Ordinal);
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/competences", new
        {
            personId = contractor, competence = "ISO/IEC 42001 auditing", kind = "qualification", achievedOn = EstablishmentApiTests.Day(-5),
            validUntil = EstablishmentApiTests.Day(1090),
        });
        // The rule is met (the clause also asks for documented information of competence, a separate rule).
        Assert.StartsWith("No competence gap for the roles the RACI relies on: every holder of the 1 role(s)",
            Rule(await ScopeApiTests.ItemAsync(admin, api, "7.2"), "No competence gap"), StringComparison.Ordinal);

        // Leadership (5.1) and planned changes (6.3).
        Assert.Contains("no leadership record yet", Rule(await ScopeApiTests.ItemAsync(admin, api, "5.1"), "Leadership commitment"), StringComparison.Ordinal);
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/leadership-records", new { title = "Board approves the AIMS budget", kind = "resourceApproval", date = EstablishmentApiTests.Day(-2), byPersonId = owner });
        Assert.Contains("Board approves the AIMS budget", Rule(await ScopeApiTests.ItemAsync(admin, api, "5.1"), "Leadership commitment"), StringComparison.Ordinal);
        var change = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/changes", new { title = "Second hosting region", plannedDate = EstablishmentApiTests.Day(-1), status = "inProgress" });
        Assert.Contains("past their planned date and not done: 'Second hosting region'", Rule(await ScopeApiTests.ItemAsync(admin, api, "6.3"), "Changes"),
            StringComparison.Ordinal);
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"{api}/changes/{change}", Ct)).GetProperty("overdue").GetBoolean());
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>($"{api}/changes?status=inProgress", Ct)).GetProperty("total").GetInt32());

        // Resources (7.1): data, computing and people.
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/resources", new { name = "Claims history 2019–2025", kind = "data" });
        Assert.Contains("no computing, human resource", Rule(await ScopeApiTests.ItemAsync(admin, api, "7.1"), "Data, computing"), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string[]> BadInputs() => new()
    {
        { "roles", """{"responsibilities":"x"}""", ["name"] },
        { "roles", $$"""{"name":"R","holderIds":["{{Guid.NewGuid()}}"]}""", ["holderIds"] },
        { "roles", """{"name":"R","requiredCompetences":["A","a"]}""", ["requiredCompetences"] },
        { "raci", """{"activity":"A"}""", ["accountableRoleId"] },
        { "raci", $$"""{"activity":"A","accountableRoleId":"{{Guid.NewGuid()}}","reference":"11.4"}""", ["accountableRoleId", "reference"] },
        { "people", """{"name":"P","email":"not an address"}""", ["email"] },
        { "people", $$"""{"name":"P","userId":"{{Guid.NewGuid()}}"}""", ["userId"] },
        { "competences", """{"competence":"C","kind":"training","achievedOn":"2026-01-10","validUntil":"2025-01-01"}""", ["personId", "validUntil"] },
        { "competences", """{"personId":"00000000-0000-0000-0000-000000000001","competence":"C","kind":"course","achievedOn":"2026-01-10"}""", ["kind"] },
        { "leadership-records", """{"title":"T","kind":"decision","date":"2099-01-01"}""", ["date"] },
        { "changes", """{"title":"T","status":"someday","plannedDate":"2027-01-01"}""", ["status"] },
        { "changes", """{"title":"T","status":"planned"}""", ["plannedDate"] },
        { "resources", """{"name":"R","kind":"magic"}""", ["kind"] },
        { "resources", $$"""{"name":"{{new string('r', 201)}}","kind":"data"}""", ["name"] },
        { "communication-plan", """{"topic":"T"}""", ["direction", "audience", "channel", "frequency", "startsOn"] },
        { "communication-plan", """{"topic":"T","direction":"internal","audience":"All","channel":"pigeon","frequency":"yearly","startsOn":"2027-01-01"}""", ["channel"] },
        { "communication-plan", """{"topic":"T","direction":"internal","audience":"All","channel":"email","frequency":"yearly","startsOn":"2027-02-30"}""", ["startsOn"] },
        { "communication-plan", $$"""{"topic":"T","direction":"internal","audience":"All","channel":"email","frequency":"yearly","startsOn":"2027-01-01","communicatorId":"{{Guid.NewGuid()}}","documentIds":["{{Guid.NewGuid()}}"]}""",
            ["communicatorId", "documentIds"] },
        { "communications", """{"subject":"S","channel":"email","date":"2099-01-01"}""", ["date"] },
        { "communications", $$"""{"subject":"{{new string('s', 201)}}","channel":"email","date":"2026-01-01","planItemId":"{{Guid.NewGuid()}}"}""", ["subject", "planItemId"] },
        { "communications", """{"subject":"S","channel":"fax","date":"2026-01-01"}""", ["channel"] },
        { "communications", """{"subject":"S","date":"2026-01-01"}""", ["channel"] },
        { "communications", $$"""{"subject":"S","channel":"email","date":"2026-01-01","evidenceId":"{{Guid.NewGuid()}}","communicatedById":"{{Guid.NewGuid()}}"}""",
            ["evidenceId", "communicatedById"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_names_each_field_and_stores_nothing(string register, string json, string[] fields)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var before = await DocumentsWorldCount();
        var response = await client.PostAsync($"/api/v1/orgs/demo/{register}", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, fields);
        Assert.Equal(before, await DocumentsWorldCount());
    }

    private Task<int> DocumentsWorldCount() => Documents.DocumentsWorld.LedgerCountAsync(app);

    private static string Text(JsonElement reason) => reason.GetProperty("text").GetString()!;

    private static string Rule(JsonElement item, string title) =>
        item.GetProperty("reasons").EnumerateArray().Select(Text).Single(t => t.StartsWith(title, StringComparison.Ordinal));
}

public sealed class SqliteLeadershipAndSupportApiTests(SqliteAppFactory app) : LeadershipAndSupportApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresLeadershipAndSupportApiTests(PostgresAppFactory app) : LeadershipAndSupportApiTests(app), IClassFixture<PostgresAppFactory>;
