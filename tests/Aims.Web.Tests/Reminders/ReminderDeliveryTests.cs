using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Reminders;
using Aims.Core.Reminders.Mail;
using Aims.Core.Reminders.MyWork;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// Reminder e-mail end to end, on each provider: two web nodes on one database run the reminder cycle at the same
/// moment and the in-process SMTP server receives the e-mail once; re-runs send nothing; the e-mail says what is due
/// with absolute links and escaped titles; the outbox never lets two nodes send one mail.
/// </summary>
public abstract class ReminderDeliveryTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_nodes_checking_at_the_same_moment_deliver_one_email_and_a_rerun_a_minute_later_sends_nothing()
    {
        app.RequireProvider();
        await using var smtp = await InProcessSmtpServer.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var person = await ReminderPerson.CreateAsync(app);
        var source = new TestWorkSource();
        var documentId = Guid.NewGuid();
        source.Set(person.OrganizationId, person.UserId, c =>
        [
            new MyWorkItem(MyWorkKind.ReviewDue, "AI policy <draft> & notes", c.Today.AddDays(3),
                $"Review is due {c.Calendar.RelativeDay(c.Today.AddDays(3), c.At)}; record a review or publish a new version.",
                c.Link("documents", documentId), "document", documentId),
        ]);
        await using var node1 = ReminderNodes.Start(app, clock, source, smtp.Port);
        await using var node2 = ReminderNodes.Start(app, clock, source, smtp.Port);
        var runners = new[] { node1.Runner(), node2.Runner() };

        var first = await Task.WhenAll(runners.Select(r => Task.Run(() => r.RunOnceAsync(Ct), Ct)));
        var checker = Array.FindIndex(first, c => c.Check is not null);
        Assert.Single(first, c => c.Check is not null); // the lease let exactly one node run the check
        var mail = Assert.Single(smtp.To(person.Email));

        Assert.Equal($"OpenAIMS · {person.OrganizationName}: 1 new item needs your attention", mail.Message.Subject);
        Assert.Equal("aims@example.org", mail.Message.From.Mailboxes.Single().Address);
        Assert.Equal("auto-generated", mail.Message.Headers["Auto-Submitted"]);
        Assert.Matches("^reminder-[0-9a-f]{32}@example.org$", mail.Message.MessageId);
        var link = $"{ReminderNodes.PublicUrl}/o/{person.Slug}/documents/{documentId}";
        Assert.Contains("* Review due: AI policy <draft> & notes", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Review is due in 3 days", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"Open: {link}", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"{ReminderNodes.PublicUrl}/o/{person.Slug}/my-work", mail.Text, StringComparison.Ordinal);
        Assert.Contains("(UTC)", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{link}\">AI policy &lt;draft&gt; &amp; notes</a>", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<draft>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Org &lt;", mail.Html, StringComparison.Ordinal);

        // The same item a minute later, from both nodes again: the check runs (same node, its renewed lease), nothing new.
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Task.WhenAll(runners.Select(r => Task.Run(() => r.RunOnceAsync(Ct), Ct)));
        Assert.NotNull(second[checker].Check);
        Assert.Null(second[1 - checker].Check);
        Assert.Equal(0, second[checker].Check!.NotificationsCreated);
        Assert.Single(smtp.To(person.Email));

        // The person's in-app notification is the same one item.
        using var client = app.ClientWithToken(person.Token);
        var notifications = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{person.Slug}/notifications", Ct);
        Assert.Equal(1, notifications.GetProperty("total").GetInt32());
        var notification = notifications.GetProperty("items")[0];
        Assert.Equal("reviewDue", notification.GetProperty("kind").GetString());
        Assert.Equal($"/o/{person.Slug}/documents/{documentId}", notification.GetProperty("href").GetString());

        // A new deadline is a new reminder: one more e-mail, for it alone.
        source.Set(person.OrganizationId, person.UserId, c =>
        [
            new MyWorkItem(MyWorkKind.ReviewOverdue, "AI policy <draft> & notes", c.Today.AddDays(-1), "Review was due yesterday.",
                c.Link("documents", documentId), "document", documentId),
        ]);
        clock.Advance(TimeSpan.FromMinutes(15));
        await Task.WhenAll(runners.Select(r => Task.Run(() => r.RunOnceAsync(Ct), Ct)));
        var mails = smtp.To(person.Email);
        Assert.Equal(2, mails.Count);
        Assert.Contains("* Review overdue: AI policy", mails[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Review due:", mails[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_checks_at_once_without_the_lease_still_create_one_notification_and_one_email()
    {
        app.RequireProvider();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var person = await ReminderPerson.CreateAsync(app);
        var source = new TestWorkSource();
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        source.Set(person.OrganizationId, person.UserId, c => ids.Select(id =>
            new MyWorkItem(MyWorkKind.EvidenceExpiring, $"Evidence {id:N}", c.Today.AddDays(10), "Expires in 10 days.",
                c.Link("evidence", id), "evidence", id)).ToList());
        await using var node1 = ReminderNodes.Start(app, clock, source, InProcessSmtpServer.FreePort());
        await using var node2 = ReminderNodes.Start(app, clock, source, InProcessSmtpServer.FreePort());

        // The job itself, twice at once: what two nodes would do if both believed they held the lease. The shared
        // fixture's other people (the demo's members) may have work of their own, so the runs' totals are compared with
        // what was written, and this person's with their five items.
        await using var db = await app.OpenDbAsync();
        var (notificationsBefore, mailsBefore) = (await db.Notifications.IgnoreQueryFilters().CountAsync(Ct), await db.OutboundMails.IgnoreQueryFilters().CountAsync(Ct));
        var jobs = new[] { node1, node2 }.Select(n => n.Services.GetRequiredService<ReminderJob>()).ToArray();
        var runs = await Task.WhenAll(jobs.Select(j => Task.Run(() => j.RunAsync(ct: Ct), Ct)));

        Assert.Equal(await db.Notifications.IgnoreQueryFilters().CountAsync(Ct) - notificationsBefore, runs.Sum(r => r.NotificationsCreated));
        Assert.Equal(await db.OutboundMails.IgnoreQueryFilters().CountAsync(Ct) - mailsBefore, runs.Sum(r => r.MailsQueued));
        Assert.Equal(5, await db.Notifications.IgnoreQueryFilters().CountAsync(n => n.UserId == person.UserId, Ct));
        var queued = await db.OutboundMails.SingleAsync(m => m.UserId == person.UserId, Ct);
        Assert.Contains("5 new items need your attention", queued.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_nodes_sending_the_same_outbox_at_once_send_every_mail_exactly_once()
    {
        app.RequireProvider();
        await using var smtp = await InProcessSmtpServer.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var people = new List<ReminderPerson>();
        var source = new TestWorkSource();
        for (var i = 0; i < 6; i++)
        {
            var person = await ReminderPerson.CreateAsync(app);
            source.SetOne(person, MyWorkKind.ApprovalWaiting, "Procedure " + i, reason: "Waits for your approval.", recordType: "documentVersion");
            people.Add(person);
        }

        await using var node1 = ReminderNodes.Start(app, clock, source, smtp.Port);
        await using var node2 = ReminderNodes.Start(app, clock, source, smtp.Port);
        // Queue the mails with one check and no sending, then let both nodes drain the outbox concurrently.
        await node1.Services.GetRequiredService<ReminderJob>().RunAsync(ct: Ct);
        var senders = new[] { node1, node2 }.Select(n => (Outbox: n.Services.GetRequiredService<MailOutbox>(),
            Transport: n.Services.GetRequiredService<IMailTransport>(), Node: n.Runner().NodeId)).ToList();
        var results = await Task.WhenAll(senders.Select(s => Task.Run(() => s.Outbox.DeliverDueAsync(s.Transport, s.Node, Ct), Ct)));
        Assert.True(results.Sum(r => r.Sent) >= 6);

        foreach (var person in people)
        {
            Assert.Single(smtp.To(person.Email));
        }

        await using var db = await app.OpenDbAsync();
        var userIds = people.Select(p => p.UserId).ToList();
        var rows = await db.OutboundMails.Where(m => userIds.Contains(m.UserId)).ToListAsync(Ct);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
    }
}

public sealed class SqliteReminderDeliveryTests(SqliteAppFactory app) : ReminderDeliveryTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresReminderDeliveryTests(PostgresAppFactory app) : ReminderDeliveryTests(app), IClassFixture<PostgresAppFactory>;
