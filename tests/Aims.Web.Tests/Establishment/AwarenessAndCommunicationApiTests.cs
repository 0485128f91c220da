using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Organizations;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Establishment;

/// <summary>
/// Awareness (7.3) computed from the AI policy's acknowledgements and awareness training, and the communication plan
/// (7.4) with its records, over HTTP on both providers: what each person lacks, when a line is next due, and the
/// readiness the two drive.
/// </summary>
public abstract class AwarenessAndCommunicationApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Awareness_needs_current_awareness_training_and_for_members_the_ai_policy_in_force_acknowledged()
    {
        app.RequireProvider();
        var org = "aware-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        var adminId = await UserIdAsync(app, AimsAppFactory.AdminEmail);
        var contractor = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/people", new { name = "Priya Raman" });
        var member = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/people", new { name = "Administrator", userId = adminId });

        var reasons = await ScopeApiTests.ReasonsAsync(admin, api, "7.3");
        Assert.Contains(reasons, r => r.EndsWith(": 1 of 2 people: no current awareness training ('Priya Raman').", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.EndsWith(": 1 of 2 people: no AI policy is in force to acknowledge; no current awareness training ('Administrator').",
            StringComparison.Ordinal));

        // Training marked as awareness counts while it is current; an expired one or other training does not.
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/competences", new
        {
            personId = contractor, competence = "AIMS awareness", kind = "training", awareness = true, achievedOn = EstablishmentApiTests.Day(-400),
            validUntil = EstablishmentApiTests.Day(-1),
        });
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/competences", new { personId = contractor, competence = "Python", kind = "training", achievedOn = EstablishmentApiTests.Day(-3) });
        Assert.False((await Awareness(admin, api, contractor)).GetProperty("aware").GetBoolean());
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/competences", new
        {
            personId = contractor, competence = "AIMS awareness", kind = "training", awareness = true, achievedOn = EstablishmentApiTests.Day(-3),
            validUntil = EstablishmentApiTests.Day(362),
        });
        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/competences", new
        {
            personId = member, competence = "AIMS awareness", kind = "training", awareness = true, achievedOn = EstablishmentApiTests.Day(-3),
        });
        var aware = await Awareness(admin, api, contractor);
        Assert.True(aware.GetProperty("aware").GetBoolean());
        Assert.Equal(JsonValueKind.Null, aware.GetProperty("policyAcknowledged").ValueKind); // no account: training is the record
        Assert.Equal(EstablishmentApiTests.Day(362), aware.GetProperty("trainedUntil").GetString());
        Assert.Equal(["no AI policy is in force to acknowledge"], Missing(await Awareness(admin, api, member)));

        // An AI policy in force that the member has not acknowledged, then acknowledged.
        var approver = await AddMemberOfAsync(org, Role.GovernanceLead);
        var policy = (await OkAsync(PostAsync(admin, $"{api}/documents", new { title = "AI policy", type = "aiPolicy" }), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await OkAsync(PostAsync(admin, $"{api}/documents/{policy}/versions", new { body = "# AI policy\n\nWe use AI responsibly.", changeSummary = "First issue" }),
            HttpStatusCode.Created);
        await OkAsync(PostAsync(admin, $"{api}/documents/{policy}/versions/1/submit"));
        using (var lead = await app.SignedInClientAsync(approver))
        {
            await OkAsync(PostAsync(lead, $"{api}/documents/{policy}/versions/1/approve", new { password = AimsAppFactory.AdminPassword }));
        }

        await OkAsync(PostAsync(admin, $"{api}/documents/{policy}/versions/1/publish"));
        var pending = await Awareness(admin, api, member);
        Assert.False(pending.GetProperty("policyAcknowledged").GetBoolean());
        Assert.Equal(["has not acknowledged the AI policy in force"], Missing(pending));
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "7.3"),
            r => r.EndsWith(": 1 of 2 people: has not acknowledged the AI policy in force ('Administrator').", StringComparison.Ordinal));

        using (var signedIn = await app.SignedInClientAsync(AimsAppFactory.AdminEmail))
        {
            await OkAsync(PostAsync(signedIn, $"{api}/documents/{policy}/versions/1/acknowledge"));
        }

        Assert.True((await Awareness(admin, api, member)).GetProperty("aware").GetBoolean());
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "7.3"), r => r.StartsWith("People in the AIMS aware of the AI policy and their part in it: all 2 people", StringComparison.Ordinal));
        var csv = await admin.GetStringAsync($"{api}/people/export?format=csv", Ct);
        Assert.Contains("Aware (7.3)", csv, StringComparison.Ordinal);
        Assert.Contains("Aware (training valid until " + EstablishmentApiTests.Day(362) + ")", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_of_the_communication_plan_is_due_again_from_its_last_record_and_drives_7_4()
    {
        app.RequireProvider();
        var org = "comms-" + Guid.NewGuid().ToString("N")[..8];
        using var admin = app.ClientWithToken(await app.NewOrganizationAsync(org));
        var api = $"/api/v1/orgs/{org}";
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "7.4"), r => r.Contains("there is no communication plan", StringComparison.Ordinal));

        var line = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/communication-plan", new
        {
            topic = "The AI policy to staff", direction = "internal", audience = "All staff", channel = "email", frequency = "monthly",
            startsOn = EstablishmentApiTests.Day(-10),
        });
        var due = await admin.GetFromJsonAsync<JsonElement>($"{api}/communication-plan/{line}", Ct);
        Assert.Equal(EstablishmentApiTests.Day(-10), due.GetProperty("nextDueOn").GetString());
        Assert.True(due.GetProperty("overdue").GetBoolean());
        var reasons = await ScopeApiTests.ReasonsAsync(admin, api, "7.4");
        Assert.Contains(reasons, r => r.Contains("no external communication is planned.", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("1 of 1 planned communication(s) overdue: 'The AI policy to staff'", StringComparison.Ordinal));

        var made = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/communications", new
        {
            planItemId = line, date = EstablishmentApiTests.Day(-2), subject = "AI policy v1 sent to all staff", channel = "email",
        });
        var kept = await admin.GetFromJsonAsync<JsonElement>($"{api}/communication-plan/{line}", Ct);
        Assert.Equal(1, kept.GetProperty("made").GetInt32());
        Assert.Equal(EstablishmentApiTests.Day(-2), kept.GetProperty("lastMadeOn").GetString());
        Assert.Equal(DateOnly.Parse(EstablishmentApiTests.Day(-2), System.Globalization.CultureInfo.InvariantCulture).AddMonths(1)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), kept.GetProperty("nextDueOn").GetString());
        Assert.False(kept.GetProperty("overdue").GetBoolean());
        var record = await admin.GetFromJsonAsync<JsonElement>($"{api}/communications/{made}", Ct);
        Assert.Equal("The AI policy to staff", record.GetProperty("planItem").GetString());
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>($"{api}/communications?planItemId={line}", Ct)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"{api}/communications?planItemId=none", Ct)).GetProperty("total").GetInt32());
        // Another organization's line is not one to record against: refused, naming the field, nothing stored.
        using (var demo = app.ClientWithToken(app.DemoAdminToken))
        {
            await HttpAssertions.AssertProblemAsync(await demo.PostAsJsonAsync("/api/v1/orgs/demo/communications",
                new { planItemId = line, date = EstablishmentApiTests.Day(-1), subject = "Not ours" }, Ct), HttpStatusCode.BadRequest, "planItemId");
        }

        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonElement>($"{api}/communications", Ct)).GetProperty("total").GetInt32());
        // Against a line, how and to whom default to what the line says.
        var defaulted = await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/communications", new { planItemId = line, date = EstablishmentApiTests.Day(-1), subject = "Reminder" });
        var filled = await admin.GetFromJsonAsync<JsonElement>($"{api}/communications/{defaulted}", Ct);
        Assert.Equal("email", filled.GetProperty("channel").GetString());
        Assert.Equal("All staff", filled.GetProperty("audience").GetString());
        (await admin.PostAsJsonAsync($"{api}/communications/{defaulted}/archive", new { reason = "Duplicate" }, Ct)).EnsureSuccessStatusCode();

        await EstablishmentApiTests.CreateIdAsync(admin, $"{api}/communication-plan", new
        {
            topic = "How we use AI, for customers", direction = "external", audience = "Customers", channel = "website", frequency = "onChange",
            startsOn = EstablishmentApiTests.Day(-30),
        });
        Assert.Contains(await ScopeApiTests.ReasonsAsync(admin, api, "7.4"),
            r => r.StartsWith("Internal and external communications planned and made as planned: 2 planned communication(s)", StringComparison.Ordinal));

        // Archiving the only record makes the line due from its start again.
        (await admin.PostAsJsonAsync($"{api}/communications/{made}/archive", new { reason = "Recorded against the wrong line" }, Ct)).EnsureSuccessStatusCode();
        Assert.True((await admin.GetFromJsonAsync<JsonElement>($"{api}/communication-plan/{line}", Ct)).GetProperty("overdue").GetBoolean());
        var csv = await admin.GetStringAsync($"{api}/communication-plan/export?format=csv", Ct);
        Assert.Contains("Next due", csv, StringComparison.Ordinal);
        Assert.Contains("How we use AI, for customers", csv, StringComparison.Ordinal);
        var history = await admin.GetFromJsonAsync<JsonElement>($"{api}/communications/{made}/history", Ct);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("changes").GetString()!.Contains("Recorded against the wrong line", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("communication-plan", """{"topic":"T","direction":"sideways"}""", "direction", "Use one of: internal, external.")]
    [InlineData("communications", """{"subject":"S","channel":"fax"}""", "channel", "Use one of: email, meeting, intranet, trainingSession, report, website, letter, other.")]
    [InlineData("ai-roles", """{"role":"aiOverlord"}""", "role", "Use one of: aiProvider, aiProducer, aiCustomer, aiPartner, aiSubject, relevantAuthority.")]
    [InlineData("ai-roles", """{"role":"aiProvider","operatorRole":"reseller"}""", "operatorRole", "Use one of: provider, deployer, importer, distributor, authorisedRepresentative, productManufacturer.")]
    public async Task A_wrong_choice_is_answered_with_the_values_of_that_field(string register, string json, string field, string hint)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoAdminToken);
        var response = await client.PostAsync($"/api/v1/orgs/demo/{register}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);
        var problem = await HttpAssertions.AssertProblemAsync(response, HttpStatusCode.BadRequest, [field]);
        Assert.EndsWith(hint, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<string> AddMemberOfAsync(string slug, Role role)
    {
        var (email, id, _) = await AddMemberAsync(app, role);
        await using var db = await app.OpenDbAsync();
        db.Actor = "test:setup";
        var org = await db.Organizations.SingleAsync(o => o.Slug == slug, Ct);
        db.Memberships.Add(new Membership { OrganizationId = org.Id, UserId = id, Role = role });
        await db.SaveChangesAsync(Ct);
        return email;
    }

    private static async Task<JsonElement> Awareness(HttpClient client, string api, Guid person) =>
        (await client.GetFromJsonAsync<JsonElement>($"{api}/people/{person}", Ct)).GetProperty("awareness");

    private static string[] Missing(JsonElement awareness) => [.. awareness.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!)];
}

public sealed class SqliteAwarenessAndCommunicationApiTests(SqliteAppFactory app) : AwarenessAndCommunicationApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresAwarenessAndCommunicationApiTests(PostgresAppFactory app) : AwarenessAndCommunicationApiTests(app), IClassFixture<PostgresAppFactory>;
