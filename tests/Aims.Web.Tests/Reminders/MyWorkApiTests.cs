using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Reminders.MyWork;
using Aims.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// <c>GET /api/v1/orgs/{org}/my-work</c> on each provider, with the source that exists today (API tokens expiring)
/// and a test source standing in for documents and evidence: per caller, sorted by due date, classified in the
/// organization's time zone, invalid source output refused.
/// </summary>
public abstract class MyWorkApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_expiring_soon_is_on_its_owners_list_and_nobody_elses()
    {
        app.RequireProvider();
        var person = await ReminderPerson.CreateAsync(app, Role.Admin);
        var tokens = app.Services.GetRequiredService<ApiTokenService>();
        var soon = await tokens.CreateAsync(person.Slug, Role.Viewer, person.Email, 3, "test", "nightly export", Ct);
        await tokens.CreateAsync(person.Slug, Role.Viewer, person.Email, 30, "test", "far off", Ct);
        var revoked = await tokens.CreateAsync(person.Slug, Role.Viewer, person.Email, 2, "test", "revoked", Ct);
        await tokens.RevokeAsync(revoked.Record.Id, "test", Ct);

        using var client = app.ClientWithToken(person.Token);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{person.Slug}/my-work", Ct);
        Assert.Equal("UTC", list.GetProperty("timeZone").GetString());
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("apiTokenExpiring", item.GetProperty("kind").GetString());
        Assert.StartsWith("nightly export (aims_", item.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("apiToken", item.GetProperty("recordType").GetString());
        Assert.Equal(soon.Record.Id, item.GetProperty("recordId").GetGuid());
        Assert.Equal($"/o/{person.Slug}/tokens", item.GetProperty("href").GetString());
        Assert.False(item.GetProperty("overdue").GetBoolean());
        var dueIn = item.GetProperty("dueInDays").GetInt32();
        Assert.InRange(dueIn, 2, 3); // the last working day: two or three days away depending on the time of day
        Assert.Contains("Create a new token", item.GetProperty("reason").GetString(), StringComparison.Ordinal);

        // Other people, here and elsewhere, see none of it.
        using var viewer = app.ClientWithToken(app.DemoViewerToken);
        var demo = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/orgs/demo/my-work", Ct);
        Assert.DoesNotContain(demo.GetProperty("items").EnumerateArray(), i => i.GetProperty("recordId").GetGuid() == soon.Record.Id);
        using var outsider = app.ClientWithToken(app.AcmeAdminToken);
        await HttpAssertions.AssertProblemAsync(await outsider.GetAsync($"/api/v1/orgs/{person.Slug}/my-work", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Due_today_in_Auckland_but_tomorrow_in_UTC_is_classified_in_the_organizations_zone()
    {
        app.RequireProvider();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero)); // 2 March 01:00 in Auckland
        var source = new TestWorkSource();
        await using var node = ReminderNodes.Start(app, clock, source);
        var person = await ReminderPerson.CreateAsync(app, Role.Admin, timeZone: "Pacific/Auckland");
        var review = Guid.NewGuid();
        source.Set(person.OrganizationId, person.UserId, c =>
            [new MyWorkItem(MyWorkKind.ReviewDue, "AI policy", new DateOnly(2026, 3, 2), "Review is due.", c.Link("documents", review), "document", review)]);
        // A token that stops working on 2 March 06:00 UTC: 19:00 on 2 March in Auckland, so 2 March in both zones.
        var token = new ApiToken
        {
            OrganizationId = person.OrganizationId, UserId = person.UserId, Role = Role.Viewer, Name = "short",
            TokenHash = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            Prefix = "aims_test", CreatedAt = clock.GetUtcNow(), CreatedBy = "test",
            ExpiresAt = new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero),
        };
        await using (var db = await app.OpenDbAsync())
        {
            db.Actor = "test";
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(Ct);
        }

        using var client = node.ClientWithTokenFor(person.Token);
        var auckland = await ListAsync(client, person);
        Assert.Equal("2026-03-02", auckland.GetProperty("today").GetString());
        foreach (var item in new[] { Item(auckland, review), Item(auckland, token.Id) })
        {
            Assert.Equal("2026-03-02", item.GetProperty("dueOn").GetString());
            Assert.Equal(0, item.GetProperty("dueInDays").GetInt32());
            Assert.False(item.GetProperty("overdue").GetBoolean());
        }

        Assert.Contains("today (2026-03-02)", Item(auckland, token.Id).GetProperty("reason").GetString(), StringComparison.Ordinal);

        await SetTimeZoneAsync(client, person, "UTC");
        var utc = await ListAsync(client, person);
        Assert.Equal("2026-03-01", utc.GetProperty("today").GetString());
        foreach (var item in new[] { Item(utc, review), Item(utc, token.Id) })
        {
            Assert.Equal("2026-03-02", item.GetProperty("dueOn").GetString());
            Assert.Equal(1, item.GetProperty("dueInDays").GetInt32());
        }

        Assert.Contains("tomorrow (2026-03-02)", Item(utc, token.Id).GetProperty("reason").GetString(), StringComparison.Ordinal);

        // 2 March 12:00 UTC (3 March 01:00 in Auckland): the token expired six hours ago; due today in UTC, overdue in Auckland.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var later = await ListAsync(client, person);
        Assert.Equal("apiTokenExpired", Item(later, token.Id).GetProperty("kind").GetString());
        Assert.False(Item(later, review).GetProperty("overdue").GetBoolean());
        await SetTimeZoneAsync(client, person, "Pacific/Auckland");
        var laterAuckland = await ListAsync(client, person);
        foreach (var item in new[] { Item(laterAuckland, review), Item(laterAuckland, token.Id) })
        {
            Assert.True(item.GetProperty("overdue").GetBoolean());
            Assert.Equal(-1, item.GetProperty("dueInDays").GetInt32());
        }
    }

    [Fact]
    public async Task Items_of_every_source_come_soonest_first_with_undated_ones_last()
    {
        app.RequireProvider();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var source = new TestWorkSource();
        await using var node = ReminderNodes.Start(app, clock, source);
        var person = await ReminderPerson.CreateAsync(app);
        var tokenId = (await node.Services.GetRequiredService<ApiTokenService>()
            .CreateAsync(person.Slug, Role.Viewer, person.Email, 5, "test", "ci", Ct)).Record.Id;
        var (late, overdue, undated) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        source.Set(person.OrganizationId, person.UserId, c =>
        [
            new MyWorkItem(MyWorkKind.AcknowledgementPending, "Code of conduct", null, "Please acknowledge.", c.Link("documents", undated), "documentVersion", undated),
            new MyWorkItem(MyWorkKind.EvidenceExpiring, "Model card", c.Today.AddDays(20), "Expires in 20 days.", c.Link("evidence", late), "evidence", late),
            new MyWorkItem(MyWorkKind.ReviewOverdue, "AI policy", c.Today.AddDays(-4), "Review was due 4 days ago.", c.Link("documents", overdue), "document", overdue),
            // The same item twice is listed once.
            new MyWorkItem(MyWorkKind.ReviewOverdue, "AI policy", c.Today.AddDays(-4), "Review was due 4 days ago.", c.Link("documents", overdue), "document", overdue),
        ]);

        using var client = node.ClientWithTokenFor(person.Token);
        var items = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{person.Slug}/my-work", Ct)).GetProperty("items");
        Assert.Equal([overdue, tokenId, late, undated], items.EnumerateArray().Select(i => i.GetProperty("recordId").GetGuid()));
        var first = items[0];
        Assert.True(first.GetProperty("overdue").GetBoolean());
        Assert.Equal(-4, first.GetProperty("dueInDays").GetInt32());
        Assert.Equal("reviewOverdue", first.GetProperty("kind").GetString());
        var last = items[3];
        Assert.Equal(JsonValueKind.Null, last.GetProperty("dueOn").ValueKind);
        Assert.Equal(JsonValueKind.Null, last.GetProperty("dueInDays").ValueKind);
        Assert.False(last.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task A_source_item_breaking_the_rules_is_refused_naming_the_source_not_stored_or_cut()
    {
        app.RequireProvider();
        var source = new TestWorkSource();
        var person = await ReminderPerson.CreateAsync(app);
        var service = new MyWorkService(app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Data.AimsDbContext>>(),
            [source], TimeProvider.System);
        var caller = new Caller(person.UserId, "test", person.OrganizationId, person.Slug, Role.Contributor);
        var id = Guid.NewGuid();
        foreach (var bad in new Func<MyWorkContext, MyWorkItem>[]
                 {
                     c => new MyWorkItem(MyWorkKind.ReviewDue, "x", null, "r", "/o/other-org/documents/1", "document", id),
                     c => new MyWorkItem(MyWorkKind.ReviewDue, new string('t', MyWorkRules.TitleMaxLength + 1), null, "r", c.Link("documents", id), "document", id),
                     c => new MyWorkItem(MyWorkKind.ReviewDue, " ", null, "r", c.Link("documents", id), "document", id),
                     c => new MyWorkItem((MyWorkKind)99, "x", null, "r", c.Link("documents", id), "document", id),
                 })
        {
            source.Set(person.OrganizationId, person.UserId, c => [bad(c)]);
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => service.GetAsync(caller, Ct));
            Assert.Contains(nameof(TestWorkSource), error.Message, StringComparison.Ordinal);
        }
    }

    private static Task<JsonElement> ListAsync(HttpClient client, ReminderPerson person) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{person.Slug}/my-work", Ct);

    private static JsonElement Item(JsonElement list, Guid recordId)
    {
        var items = list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("recordId").GetGuid() == recordId).ToList();
        Assert.True(items.Count == 1, $"expected record {recordId} once in {list}");
        return items[0];
    }

    private static async Task SetTimeZoneAsync(HttpClient client, ReminderPerson person, string zone)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/orgs/{person.Slug}/settings", new { timeZone = zone }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class SqliteMyWorkApiTests(SqliteAppFactory app) : MyWorkApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresMyWorkApiTests(PostgresAppFactory app) : MyWorkApiTests(app), IClassFixture<PostgresAppFactory>;
