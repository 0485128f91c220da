using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Aims.Core.Reminders.Mail;

/// <summary>
/// Sends what the outbox holds, once. Every node may run it at the same time: a mail is first claimed with one
/// conditional UPDATE (<c>… SET ClaimedBy = me WHERE Id = x AND SentAt IS NULL AND (ClaimedBy IS NULL OR the claim is
/// stale)</c>), which exactly one node wins on SQLite and PostgreSQL alike, and only the winner hands it to the
/// transport. Sent mails are marked sent; a failed attempt gives the claim back with the error and a later retry
/// time (1, 2, 4… up to 60 minutes apart), so an unreachable server delays mail and loses none.
/// <para>
/// A claim older than <see cref="ClaimTimeout"/> belongs to a node that died mid-send and may be taken over. The
/// timeout is far longer than an SMTP attempt can last (the transport's timeout), so a live sender never loses its
/// claim; the one case that can still repeat a mail is a node dying after the server accepted it and before the
/// "sent" mark was written, which no outbox can rule out without the server's help.
/// </para>
/// </summary>
public sealed class MailOutbox(IDbContextFactory<AimsDbContext> dbFactory, TimeProvider clock, ILogger<MailOutbox> logger)
{
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Mails one call sends at most; the rest wait for the next call (a run's mail is one per person).</summary>
    public const int BatchSize = 100;

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(60);

    public async Task<MailDeliveryResult> DeliverDueAsync(IMailTransport transport, string node, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentException.ThrowIfNullOrEmpty(node);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = ReminderClock.Now(clock);
        var staleBefore = now - ClaimTimeout;
        var due = await Claimable(db, now, staleBefore)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        int sent = 0, failed = 0, abandoned = 0, taken = 0;
        foreach (var id in due)
        {
            var claimed = await Claimable(db, now, staleBefore).Where(m => m.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimedBy, node).SetProperty(m => m.ClaimedAt, (DateTimeOffset?)now), ct);
            if (claimed == 0)
            {
                taken++; // another node claimed (or sent) it between the query and the claim
                continue;
            }

            var mail = await db.OutboundMails.AsNoTracking().FirstAsync(m => m.Id == id, ct);
            var recipient = await db.Users.AsNoTracking().Where(u => u.Id == mail.UserId)
                .Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
            if (recipient?.Email is not { Length: > 0 } address || address.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase))
            {
                // Nothing to retry: the account is gone, erased or has no address. Kept (not deleted) so it shows.
                await Mine(db, id, node).ExecuteUpdateAsync(u => u.SetProperty(m => m.AbandonedAt, (DateTimeOffset?)now)
                    .SetProperty(m => m.LastError, "The person has no e-mail address to send to."), ct);
                logger.LogWarning("Reminder e-mail {MailId} was not sent: the person has no e-mail address", id);
                abandoned++;
                continue;
            }

            if (await SendAsync(db, transport, mail, new MailToSend(mail.Id, address, recipient.DisplayName, mail.Subject, mail.TextBody, mail.HtmlBody), node, ct))
            {
                sent++;
            }
            else
            {
                failed++;
            }
        }

        return new MailDeliveryResult(sent, failed, abandoned, taken);
    }

    private async Task<bool> SendAsync(AimsDbContext db, IMailTransport transport, OutboundMail mail, MailToSend message, string node,
        CancellationToken ct)
    {
        try
        {
            await transport.SendAsync(message, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: give the claim back at once (not as a failed attempt) so another node can send it.
            await Mine(db, mail.Id, node).ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.ClaimedAt, (DateTimeOffset?)null), CancellationToken.None);
            throw;
        }
#pragma warning disable CA1031 // Any failure of the mail server is retried later; it must not stop the other mails.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var attempts = mail.Attempts + 1;
            var delay = TimeSpan.FromMinutes(Math.Min(MaxRetryDelay.TotalMinutes, Math.Pow(2, Math.Min(attempts - 1, 10))));
            var retryAt = ReminderClock.Now(clock) + delay;
            // Type and message only: MailKit's messages name the server's answer, never the credentials sent.
            var error = $"{ex.GetType().Name}: {ex.Message}";

            await Mine(db, mail.Id, node).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, retryAt)
                .SetProperty(m => m.LastError, error), CancellationToken.None);
            logger.LogWarning("Reminder e-mail {MailId} could not be sent (attempt {Attempts}); it stays in the outbox and is retried after {RetryAt:O}: {Error}",
                mail.Id, attempts, retryAt, error);
            return false;
        }

        var sentAt = ReminderClock.Now(clock);
        await Mine(db, mail.Id, node).ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, (DateTimeOffset?)sentAt)
            .SetProperty(m => m.Attempts, mail.Attempts + 1).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        return true;
    }

    private static IQueryable<OutboundMail> Claimable(AimsDbContext db, DateTimeOffset now, DateTimeOffset staleBefore) =>
        db.OutboundMails.Where(m => m.SentAt == null && m.AbandonedAt == null && m.NextAttemptAt <= now &&
                                    (m.ClaimedBy == null || m.ClaimedAt < staleBefore));

    private static IQueryable<OutboundMail> Mine(AimsDbContext db, Guid id, string node) =>
        db.OutboundMails.Where(m => m.Id == id && m.ClaimedBy == node);
}
