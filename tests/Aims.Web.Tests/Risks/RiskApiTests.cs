using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Risks;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Risks;

/// <summary>
/// The risk path of issue 11 on the demo organization, on both providers: assessed, treated with two controls, current
/// computed from them, accepted by the band's authority only (never by the requester or a Contributor), then stale when
/// re-rated and expired after its date (clock injected).
/// </summary>
public abstract class RiskApiTests(AimsAppFactory app)
{
    private const string Api = "/api/v1/orgs/demo";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_risk_is_assessed_treated_current_follows_its_controls_and_acceptance_needs_the_bands_authority()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var system = await DemoSystemAsync(admin);
        var (contributor, _) = await MemberClientAsync(Role.Contributor);
        var (otherContributor, _) = await MemberClientAsync(Role.Contributor);
        var (lead, _) = await MemberClientAsync(Role.GovernanceLead);

        var risk = await OkAsync(SendAsync(contributor, HttpMethod.Post, $"{Api}/risks", new
        {
            title = "Qualified applicants screened out by age " + Guid.NewGuid().ToString("N")[..6], aiSystemId = system, source = "C.3.4",
            objectives = new[] { "C.2.5", "C.2.11" }, consequencesIndividuals = "Older applicants lose a fair chance at a job.",
        }), HttpStatusCode.Created);
        var id = risk.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, risk.GetProperty("current").ValueKind);
        Assert.Equal(system.ToString("D"), risk.GetProperty("aiSystem").GetProperty("id").GetString());
        Assert.Equal(["never rated"], risk.GetProperty("findings").EnumerateArray().Select(f => f.GetString()));

        var rated = await OkAsync(SendAsync(contributor, HttpMethod.Post, $"{Api}/risks/{id}/assessments",
            new { likelihood = 4, impact = 4, kind = "inherent", rationale = "Bias audit of the 2025 model found a gap for applicants over 50." }));
        AssertRating(rated.GetProperty("inherent"), 4, 4, 16, "high");
        AssertRating(rated.GetProperty("current"), 4, 4, 16, "high");

        await OkAsync(SendAsync(contributor, HttpMethod.Post, $"{Api}/risks/{id}/treatment", new { option = "modify", controls = new[] { "A.6.2.4", "A.5.4" } }));
        var planned = await OkAsync(SendAsync(contributor, HttpMethod.Post, $"{Api}/risks/{id}/assessments",
            new { likelihood = 2, impact = 3, kind = "residual", rationale = "With validation against age groups and an impact assessment." }));
        AssertRating(planned.GetProperty("residual"), 2, 3, 6, "medium");
        AssertRating(planned.GetProperty("current"), 4, 4, 16, "high");
        Assert.Equal(["A.5.4", "A.6.2.4"], planned.GetProperty("openControls").EnumerateArray().Select(c => c.GetString()));

        await OkAsync(SendAsync(admin, HttpMethod.Put, $"{Api}/controls/A.5.4", new { status = "implemented" }));
        var half = await GetAsync(admin, id);
        AssertRating(half.GetProperty("current"), 4, 4, 16, "high");
        Assert.Contains("A.6.2.4", half.GetProperty("currentReason").GetString(), StringComparison.Ordinal);
        await OkAsync(SendAsync(admin, HttpMethod.Put, $"{Api}/controls/A.6.2.4", new { status = "implemented" }));
        var treated = await GetAsync(admin, id);
        AssertRating(treated.GetProperty("current"), 2, 3, 6, "medium");
        Assert.Empty(treated.GetProperty("openControls").EnumerateArray());
        var control = await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Api}/controls/A.6.2.4"));
        Assert.Contains(control.GetProperty("risks").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);

        var requested = await OkAsync(SendAsync(contributor, HttpMethod.Post, $"{Api}/risks/{id}/acceptances",
            new { justification = "Residual gap is within the tolerance agreed with the works council.", expiresOn = Today().AddDays(90).ToString("yyyy-MM-dd") }),
            HttpStatusCode.Created);
        var acceptance = requested.GetProperty("id").GetGuid();
        Assert.Equal("requested", requested.GetProperty("state").GetString());
        var decision = $"{Api}/risks/{id}/acceptances/{acceptance}/decision";
        var ledger = await LedgerCountAsync(app);
        await HttpAssertions.AssertProblemAsync(await contributor.PostAsJsonAsync(decision, new { approve = true }, Ct), HttpStatusCode.Forbidden);
        var refused = await HttpAssertions.AssertProblemAsync(await otherContributor.PostAsJsonAsync(decision, new { approve = true }, Ct), HttpStatusCode.Forbidden);
        Assert.Contains("Governance lead", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(ledger, await LedgerCountAsync(app));

        var accepted = await OkAsync(SendAsync(lead, HttpMethod.Post, decision, new { approve = true, comment = "Agreed for the pilot." }));
        Assert.Equal("accepted", accepted.GetProperty("state").GetString());
        Assert.Equal("accepted", (await GetAsync(admin, id)).GetProperty("acceptance").GetProperty("state").GetString());

        // Expired after its date, judged by the register's clock.
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AimsDbContext>>().OpenForAsync(await AdminCallerAsync(), Ct))
        {
            var later = new Register<Risk, RiskView>(RiskRegister.Create(new FixedClock(DateTimeOffset.UtcNow.AddDays(91))),
                app.Services.GetRequiredService<IDbContextFactory<AimsDbContext>>(), app.Services.GetRequiredService<RegisterListCache>());
            Assert.Equal(AcceptanceState.Expired, (await later.ViewAsync(db, id, Ct)).Acceptance!.State);
        }

        // Re-rated: the acceptance no longer covers the risk, shown beside the live rating.
        await OkAsync(SendAsync(lead, HttpMethod.Post, $"{Api}/risks/{id}/assessments",
            new { likelihood = 3, impact = 3, kind = "residual", rationale = "Drift since the acceptance: the gap widened." }));
        var stale = await GetAsync(admin, id);
        Assert.Equal("stale", stale.GetProperty("acceptance").GetProperty("state").GetString());
        AssertRating(stale.GetProperty("current"), 3, 3, 9, "medium");
        Assert.Equal(3, (await OkAsync(SendAsync(admin, HttpMethod.Get, $"{Api}/risks/{id}/assessments"))).GetArrayLength());
    }

    [Fact]
    public async Task Bad_input_answers_problem_details_naming_the_field_and_stores_nothing()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        using var acme = app.ClientWithToken(app.AcmeAdminToken);
        var foreignSystem = (await OkAsync(SendAsync(acme, HttpMethod.Post, "/api/v1/orgs/acme/ai-systems",
            new { name = "Acme scorer " + Guid.NewGuid().ToString("N")[..6] }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var id = (await OkAsync(SendAsync(admin, HttpMethod.Post, $"{Api}/risks", new { title = "Prompt injection leaks customer data" }),
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var ledger = await LedgerCountAsync(app);

        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Api}/risks", new { title = "X", source = "C.3.99" }, Ct),
            HttpStatusCode.BadRequest, "source");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Api}/risks", new { title = "X", objectives = new[] { "C.3.1" } }, Ct),
            HttpStatusCode.BadRequest, "objectives");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Api}/risks", new { title = "X", aiSystemId = foreignSystem }, Ct),
            HttpStatusCode.BadRequest, "aiSystemId");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Api}/risks", new { description = "no title" }, Ct),
            HttpStatusCode.BadRequest, "title");
        foreach (var (likelihood, impact) in new[] { (0, 3), (6, 3), (3, 9) })
        {
            await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Api}/risks/{id}/assessments",
                new { likelihood, impact, kind = "inherent", rationale = "r" }, Ct), HttpStatusCode.BadRequest, likelihood is 0 or 6 ? "likelihood" : "impact");
        }

        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Api}/risks/{id}/assessments",
            new { likelihood = 2, impact = 2, kind = "inherent" }, Ct), HttpStatusCode.BadRequest, "rationale");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Api}/risks/{id}/treatment",
            new { option = "modify", controls = new[] { "A.9.9" } }, Ct), HttpStatusCode.BadRequest, "controls");
        await HttpAssertions.AssertProblemAsync(await admin.PostAsJsonAsync($"{Api}/risks/{id}/acceptances",
            new { justification = "Low enough" }, Ct), HttpStatusCode.BadRequest, "expiresOn");
        await HttpAssertions.AssertProblemAsync(await admin.PutAsJsonAsync($"{Api}/controls/A.99", new { status = "implemented" }, Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await admin.PutAsJsonAsync($"{Api}/controls/A.6.2.4", new { status = "planned" }, Ct),
            HttpStatusCode.BadRequest, "plannedOn");
        await HttpAssertions.AssertProblemAsync(await acme.GetAsync($"/api/v1/orgs/acme/risks/{id}", Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(await acme.PostAsJsonAsync($"/api/v1/orgs/acme/risks/{id}/assessments",
            new { likelihood = 2, impact = 2, kind = "inherent", rationale = "r" }, Ct), HttpStatusCode.NotFound);
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        await HttpAssertions.AssertProblemAsync(await viewer.PostAsJsonAsync($"{Api}/risks/{id}/acceptances",
            new { justification = "j", expiresOn = Today().AddDays(30).ToString("yyyy-MM-dd") }, Ct), HttpStatusCode.Forbidden);
        Assert.Equal(ledger, await LedgerCountAsync(app));
    }

    private static void AssertRating(JsonElement rating, int likelihood, int impact, int level, string band)
    {
        Assert.Equal(likelihood, rating.GetProperty("likelihood").GetInt32());
        Assert.Equal(impact, rating.GetProperty("impact").GetInt32());
        Assert.Equal(level, rating.GetProperty("level").GetInt32());
        Assert.Equal(band, rating.GetProperty("band").GetString());
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    private static Task<JsonElement> GetAsync(HttpClient client, Guid id) => OkAsync(SendAsync(client, HttpMethod.Get, $"{Api}/risks/{id}"));

    internal static async Task<Guid> DemoSystemAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>($"{Api}/ai-systems?q=screening", Ct)).GetProperty("items")[0].GetProperty("id").GetGuid();

    private async Task<(HttpClient Client, Guid UserId)> MemberClientAsync(Role role)
    {
        var (email, userId, _) = await AddMemberAsync(app, role);
        await using var scope = app.Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync("demo", role, email, 30, "test");
        return (app.ClientWithToken(token.Value), userId);
    }

    private async Task<Caller> AdminCallerAsync()
    {
        await using var db = await app.OpenDbAsync();
        var org = await db.Organizations.SingleAsync(o => o.Slug == "demo", Ct);
        var adminId = await db.Users.Where(u => u.Email == AimsAppFactory.AdminEmail).Select(u => u.Id).SingleAsync(Ct);
        return new Caller(adminId, AimsAppFactory.AdminEmail, org.Id, org.Slug, Role.Admin);
    }
}

public sealed class SqliteRiskApiTests(SqliteAppFactory app) : RiskApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresRiskApiTests(PostgresAppFactory app) : RiskApiTests(app), IClassFixture<PostgresAppFactory>;
