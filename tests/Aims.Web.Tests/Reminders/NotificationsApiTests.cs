using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Reminders.MyWork;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// <c>/api/v1/orgs/{org}/notifications</c> on each provider: the reminder check creates them (in-app only when no SMTP
/// is configured), each person sees and marks only their own, and bad paging or filter values answer 400 naming them.
/// </summary>
public abstract class NotificationsApiTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_check_creates_in_app_notifications_that_the_person_lists_and_marks_read()
    {
        app.RequireProvider();
        // Noon today: the hour the test advances later must stay within the same day (a run after 23:00 UTC crossed
        // midnight, and a new day's check rightly found new reminders).
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(12), TimeSpan.Zero));
        var source = new TestWorkSource();
        await using var node = ReminderNodes.Start(app, clock, source); // no SMTP: reminders are in-app only
        var person = await ReminderPerson.CreateAsync(app);
        var colleague = await ReminderPerson.CreateAsync(app);
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        source.Set(person.OrganizationId, person.UserId, c =>
        [
            new MyWorkItem(MyWorkKind.ReviewDue, "Incident procedure", c.Today.AddDays(7), "Review is due in 7 days.", c.Link("documents", a), "document", a),
            new MyWorkItem(MyWorkKind.EvidenceExpiring, "SOC 2 report", c.Today.AddDays(25), "Expires in 25 days.", c.Link("evidence", b), "evidence", b),
        ]);
        source.Set(colleague.OrganizationId, colleague.UserId, c =>
            [new MyWorkItem(MyWorkKind.ReviewDue, "Theirs", c.Today, "Due today.", c.Link("documents", a), "document", a)]);

        var cycle = await node.Runner().RunOnceAsync(Ct);
        Assert.Null(cycle.Delivery);
        Assert.Equal(0, cycle.Check!.MailsQueued);
        await using (var db = await app.OpenDbAsync())
        {
            Assert.False(await db.OutboundMails.AnyAsync(m => m.UserId == person.UserId, Ct));
        }

        using var client = node.ClientWithTokenFor(person.Token);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{person.Slug}/notifications", Ct);
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(2, list.GetProperty("unread").GetInt32());
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Incident procedure", "SOC 2 report"], items.Select(i => i.GetProperty("title").GetString()).Order());
        var review = items.Single(i => i.GetProperty("kind").GetString() == "reviewDue");
        Assert.False(review.GetProperty("read").GetBoolean());
        Assert.Equal(CalendarDay(clock, 7), review.GetProperty("dueOn").GetString());
        var reviewId = review.GetProperty("id").GetGuid();

        var marked = await client.PostAsync($"/api/v1/orgs/{person.Slug}/notifications/{reviewId}/read", null, Ct);
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var read = await marked.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(read.GetProperty("read").GetBoolean());
        var unread = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{person.Slug}/notifications?unread=true", Ct);
        Assert.Equal(1, unread.GetProperty("total").GetInt32());
        Assert.Equal("SOC 2 report", unread.GetProperty("items")[0].GetProperty("title").GetString());

        // Someone else's notification is not there for them, even by id, in their own organization or this one.
        using var other = node.ClientWithTokenFor(colleague.Token);
        await HttpAssertions.AssertProblemAsync(
            await other.PostAsync($"/api/v1/orgs/{colleague.Slug}/notifications/{reviewId}/read", null, Ct), HttpStatusCode.NotFound);
        await HttpAssertions.AssertProblemAsync(
            await other.GetAsync($"/api/v1/orgs/{person.Slug}/notifications", Ct), HttpStatusCode.NotFound);
        Assert.Equal(1, (await other.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{colleague.Slug}/notifications", Ct)).GetProperty("total").GetInt32());

        var all = await client.PostAsync($"/api/v1/orgs/{person.Slug}/notifications/read-all", null, Ct);
        Assert.Equal(1, (await all.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("marked").GetInt32());
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{person.Slug}/notifications", Ct);
        Assert.Equal(0, after.GetProperty("unread").GetInt32());
        Assert.Equal(2, after.GetProperty("total").GetInt32());

        // A later check does not bring read reminders back.
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, (await node.Runner().RunOnceAsync(Ct)).Check!.NotificationsCreated);
    }

    [Fact]
    public async Task Erasing_a_person_removes_their_notifications_and_unsent_mail_and_the_ledger_still_matches()
    {
        app.RequireProvider();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var source = new TestWorkSource();
        await using var node = ReminderNodes.Start(app, clock, source, smtpPort: InProcessSmtpServer.FreePort());
        var person = await ReminderPerson.CreateAsync(app, timeZone: "Europe/Berlin");
        source.SetOne(person, MyWorkKind.ReviewDue, "Data governance", 0, "Review is due today.");
        await node.Runner().RunOnceAsync(Ct); // the mail fails (nothing listens) and stays queued
        await using (var db = await app.OpenDbAsync())
        {
            Assert.True(await db.Notifications.IgnoreQueryFilters().AnyAsync(n => n.UserId == person.UserId, Ct));
            Assert.True(await db.OutboundMails.AnyAsync(m => m.UserId == person.UserId && m.SentAt == null, Ct));
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Core.Administration.PersonErasureService>()
                .EraseAsync("test", person.Email, "request", Ct);
        }

        await using (var db = await app.OpenDbAsync())
        {
            Assert.False(await db.Notifications.IgnoreQueryFilters().AnyAsync(n => n.UserId == person.UserId, Ct));
            Assert.False(await db.OutboundMails.AnyAsync(m => m.UserId == person.UserId, Ct));
        }

        var (code, output, error) = await CliRun.RunAsync(app, "ledger", "verify");
        Assert.True(code == 0, error + output);
        Assert.Contains("Tables match the ledger", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unread=maybe", "unread")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=x", "page")]
    public async Task Bad_list_parameters_answer_400_naming_them(string query, string field)
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoViewerToken);
        await HttpAssertions.AssertProblemAsync(await client.GetAsync($"/api/v1/orgs/demo/notifications?{query}", Ct),
            HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Marking_an_unknown_notification_answers_404()
    {
        app.RequireProvider();
        using var client = app.ClientWithToken(app.DemoViewerToken);
        await HttpAssertions.AssertProblemAsync(
            await client.PostAsync($"/api/v1/orgs/demo/notifications/{Guid.NewGuid()}/read", null, Ct), HttpStatusCode.NotFound);
    }

    private static string CalendarDay(TimeProvider clock, int days) =>
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SqliteNotificationsApiTests(SqliteAppFactory app) : NotificationsApiTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresNotificationsApiTests(PostgresAppFactory app) : NotificationsApiTests(app), IClassFixture<PostgresAppFactory>;
