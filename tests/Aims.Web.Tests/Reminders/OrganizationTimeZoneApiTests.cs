using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// The organization's time zone through the settings API on each provider: UTC until chosen, an IANA id stored in
/// canonical spelling, an unknown zone answering 400 naming <c>timeZone</c> and changing nothing, other settings kept.
/// </summary>
public abstract class OrganizationTimeZoneApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_admin_sets_the_time_zone_and_other_settings_stay_as_they_were()
    {
        app.RequireProvider();
        var person = await ReminderPerson.CreateAsync(app, Role.Admin);
        using var client = app.ClientWithToken(person.Token);
        var url = $"/api/v1/orgs/{person.Slug}/settings";
        Assert.Equal("UTC", (await client.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("timeZone").GetString());

        var saved = await Put(client, url, """{"timeZone":"pacific/auckland"}""");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Pacific/Auckland", body.GetProperty("timeZone").GetString());
        Assert.False(body.GetProperty("requireMfa").GetBoolean());

        // A client that knows only requireMfa does not reset the zone.
        Assert.Equal(HttpStatusCode.OK, (await Put(client, url, """{"requireMfa":false}""")).StatusCode);
        Assert.Equal("Pacific/Auckland", (await client.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("timeZone").GetString());

        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        Assert.Equal("UTC", (await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/settings", Ct)).GetProperty("timeZone").GetString());
        await HttpAssertions.AssertProblemAsync(await Put(viewer, "/api/v1/orgs/demo/settings", """{"timeZone":"Europe/Berlin"}"""),
            HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("""{"timeZone":"Mars/Olympus_Mons"}""", "timeZone")]
    [InlineData("""{"timeZone":"W. Europe Standard Time"}""", "timeZone")]
    [InlineData("""{"timeZone":""}""", "timeZone")]
    [InlineData("""{"timeZone":42}""", "timeZone")]
    [InlineData("""{"requireMfa":true,"timeZone":"posixrules"}""", "timeZone")]
    [InlineData("""{}""", "timeZone")]
    public async Task A_zone_that_is_not_an_IANA_zone_answers_400_naming_timeZone_and_changes_nothing(string json, string field)
    {
        app.RequireProvider();
        var person = await ReminderPerson.CreateAsync(app, Role.Admin, timeZone: "Europe/Berlin");
        using var client = app.ClientWithToken(person.Token);
        var before = await LedgerCountAsync();
        await HttpAssertions.AssertProblemAsync(await Put(client, $"/api/v1/orgs/{person.Slug}/settings", json), HttpStatusCode.BadRequest, field);
        await using var db = await app.OpenDbAsync();
        var org = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == person.OrganizationId, Ct);
        Assert.Equal("Europe/Berlin", org.TimeZone);
        Assert.False(org.RequireMfa);
        Assert.Equal(before, await LedgerCountAsync());
    }

    [Fact]
    public async Task The_choosable_zones_are_listed_for_pickers()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoViewerToken);
        var zones = await client.GetFromJsonAsync<string[]>("/api/v1/time-zones", Ct);
        Assert.Contains("UTC", zones!);
        Assert.Contains("Europe/Berlin", zones!);
        Assert.DoesNotContain("posixrules", zones!);
        Assert.Equal(zones!.Order(StringComparer.Ordinal), zones!);
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, string url, string json) =>
        client.PutAsync(url, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

    private async Task<int> LedgerCountAsync()
    {
        await using var db = await app.OpenDbAsync();
        return await db.LedgerEntries.CountAsync(Ct);
    }
}

public sealed class SqliteOrganizationTimeZoneApiTests(SqliteAppFactory app) : OrganizationTimeZoneApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresOrganizationTimeZoneApiTests(PostgresAppFactory app) : OrganizationTimeZoneApiTests(app), IClassFixture<PostgresAppFactory>;
