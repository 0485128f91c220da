using Aims.Core.Reminders.Mail;
using Aims.Core.Reminders.MyWork;
using Aims.Core.Reminders.Scheduling;
using Aims.Web.Reminders;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// The scheduling side, on each provider: the database lease (renewal, refusal, takeover after expiry, release), the
/// worker running the cycle by itself, and an SMTP server that is down: the mail waits in the outbox, is retried later
/// and delivered once, and neither the log nor the stored error ever shows the SMTP password.
/// </summary>
public abstract class ReminderSchedulingTests(AimsAppFactory app)
{
    private const string SmtpUser = "mailer";
    private const string SmtpPassword = "Sm7p-Secret-Horse-Battery";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_lease_is_held_by_one_node_renewed_by_it_and_taken_over_only_after_it_expires()
    {
        app.RequireProvider();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var node = ReminderNodes.Start(app, clock);
        var lease = node.Services.GetRequiredService<DatabaseLease>();
        var name = "test-" + Guid.NewGuid().ToString("N")[..8];
        var five = TimeSpan.FromMinutes(5);

        var firstTries = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => lease.TryAcquireAsync(name, $"node-{i}", five, Ct), Ct)));
        var holder = $"node-{Array.IndexOf(firstTries, true)}";
        Assert.Single(firstTries, taken => taken);
        var other = holder == "node-0" ? "node-1" : "node-0";

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.True(await lease.TryAcquireAsync(name, holder, five, Ct)); // renewed until minute 9
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(await lease.TryAcquireAsync(name, other, five, Ct)); // minute 6: still held
        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True(await lease.TryAcquireAsync(name, other, five, Ct)); // minute 9: expired, taken over
        Assert.False(await lease.TryAcquireAsync(name, holder, five, Ct)); // the old holder cannot renew it back
        Assert.Equal(other, (await lease.FindAsync(name, Ct))!.Holder);

        await lease.ReleaseAsync(name, holder, Ct); // not the holder: changes nothing
        Assert.Equal(other, (await lease.FindAsync(name, Ct))!.Holder);
        await lease.ReleaseAsync(name, other, Ct);
        Assert.Null((await lease.FindAsync(name, Ct))!.Holder);
        Assert.True(await lease.TryAcquireAsync(name, holder, five, Ct)); // released: free at once
    }

    [Fact]
    public async Task A_node_that_stops_renewing_hands_the_reminder_check_over_once_the_lease_expires()
    {
        app.RequireProvider();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var first = ReminderNodes.Start(app, clock);
        await using var second = ReminderNodes.Start(app, clock);
        Assert.NotNull((await first.Runner().RunOnceAsync(Ct)).Check);
        Assert.Null((await second.Runner().RunOnceAsync(Ct)).Check);

        // The first node goes silent (as if it crashed: no release). Within the lease duration nobody else checks...
        var leaseDuration = first.Services.GetRequiredService<ReminderSettings>().LeaseDuration;
        clock.Advance(leaseDuration - TimeSpan.FromSeconds(1));
        Assert.Null((await second.Runner().RunOnceAsync(Ct)).Check);
        // ...after it, the second node takes over.
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull((await second.Runner().RunOnceAsync(Ct)).Check);
        Assert.Null((await first.Runner().RunOnceAsync(Ct)).Check);
    }

    [Fact]
    public async Task With_the_smtp_server_down_the_mail_waits_is_retried_later_and_arrives_once_without_the_password_in_any_log()
    {
        app.RequireProvider();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var person = await ReminderPerson.CreateAsync(app);
        var source = new TestWorkSource();
        source.SetOne(person, MyWorkKind.AcknowledgementPending, "AI policy v2", reason: "Please read and acknowledge version 2.");
        var port = InProcessSmtpServer.FreePort();
        var logs = new LogCapture();
        await using var node = ReminderNodes.Start(app, clock, source, port, (SmtpUser, SmtpPassword), logs);

        var down = await node.Runner().RunOnceAsync(Ct);
        // The first cycle on this database may also queue the demo members' own reminders (whatever of the demo's work is
        // due on the day the tests run), so the count says "at least ours"; the person's single mail is checked below.
        Assert.True(down.Check!.MailsQueued >= 1);
        Assert.True(down.Delivery!.Failed >= 1);
        var waiting = await MailOfAsync(person);
        Assert.Null(waiting.SentAt);
        Assert.Null(waiting.ClaimedBy);
        Assert.Equal(1, waiting.Attempts);
        Assert.False(string.IsNullOrEmpty(waiting.LastError));
        Assert.Equal(clock.GetUtcNow().AddMinutes(1).ToUnixTimeSeconds(), waiting.NextAttemptAt.ToUnixTimeSeconds());
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(waiting.Id.ToString(), StringComparison.Ordinal));

        // The server comes back (requiring the configured sign-in); before the retry time nothing is sent...
        await using var smtp = await InProcessSmtpServer.StartAsync(port, (SmtpUser, SmtpPassword));
        await node.Runner().RunOnceAsync(Ct);
        Assert.Empty(smtp.To(person.Email));
        // ...after it, the mail goes out once, and later cycles send nothing more.
        clock.Advance(TimeSpan.FromMinutes(2));
        await node.Runner().RunOnceAsync(Ct);
        clock.Advance(TimeSpan.FromMinutes(20));
        await node.Runner().RunOnceAsync(Ct);
        var mail = Assert.Single(smtp.To(person.Email));
        Assert.Contains("Acknowledgement pending: AI policy v2", mail.Text, StringComparison.Ordinal);
        var sent = await MailOfAsync(person);
        Assert.NotNull(sent.SentAt);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);

        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(SmtpPassword, StringComparison.Ordinal) ||
                                                 (e.Exception?.ToString().Contains(SmtpPassword, StringComparison.Ordinal) ?? false));
        Assert.DoesNotContain(SmtpPassword, waiting.LastError!, StringComparison.Ordinal);
        Assert.DoesNotContain(SmtpPassword, node.Services.GetRequiredService<SmtpSettings>().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_smtp_password_is_reported_as_a_failed_attempt_and_never_shown()
    {
        app.RequireProvider();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var person = await ReminderPerson.CreateAsync(app);
        var source = new TestWorkSource();
        source.SetOne(person, MyWorkKind.ApprovalWaiting, "Risk method");
        await using var smtp = await InProcessSmtpServer.StartAsync(credentials: (SmtpUser, SmtpPassword));
        var logs = new LogCapture();
        const string wrong = "Not-The-Password-123";
        await using var node = ReminderNodes.Start(app, clock, source, smtp.Port, (SmtpUser, wrong), logs);

        await node.Runner().RunOnceAsync(Ct);
        Assert.Empty(smtp.To(person.Email));
        var failed = await MailOfAsync(person);
        Assert.Null(failed.SentAt);
        Assert.Contains("Authentication", failed.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(wrong, failed.LastError!, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(wrong, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_worker_runs_the_cycle_by_itself_every_interval()
    {
        app.RequireProvider();
        var person = await ReminderPerson.CreateAsync(app);
        var source = new TestWorkSource();
        source.SetOne(person, MyWorkKind.EvidenceExpired, "Pen test report", -2, "Expired 2 days ago.", "evidence", "evidence");
        await using var smtp = await InProcessSmtpServer.StartAsync();
        await using var node = ReminderNodes.Start(app, TimeProvider.System, source, smtp.Port, settings: new Dictionary<string, string>
        {
            ["Aims:Reminders:Enabled"] = "true", ["Aims:Reminders:Interval"] = "00:00:01",
        });

        for (var i = 0; i < 300 && smtp.To(person.Email).Count == 0; i++)
        {
            await Task.Delay(100, Ct);
        }

        var mail = Assert.Single(smtp.To(person.Email));
        Assert.Contains("Evidence expired: Pen test report", mail.Text, StringComparison.Ordinal);
    }

    private async Task<OutboundMail> MailOfAsync(ReminderPerson person)
    {
        await using var db = await app.OpenDbAsync();
        return await db.OutboundMails.AsNoTracking().SingleAsync(m => m.UserId == person.UserId, Ct);
    }
}

public sealed class SqliteReminderSchedulingTests(SqliteAppFactory app) : ReminderSchedulingTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresReminderSchedulingTests(PostgresAppFactory app) : ReminderSchedulingTests(app), IClassFixture<PostgresAppFactory>;
