using Aims.Core.Ledger;

namespace Aims.Core.Reminders.Mail;

/// <summary>
/// One e-mail waiting to be sent, or sent: the outbox between the reminder job and the SMTP server. The job writes
/// it in the same transaction as the notifications it reports, so a mail exists exactly when they do; senders claim
/// it with a conditional update (<see cref="MailOutbox"/>), so two nodes never both send it, and it stays until sent,
/// so a restart or an unreachable server loses nothing.
/// <para>
/// The recipient is the person, not an address: the address is read when sending, so a changed address is used and
/// an erased person gets nothing. Not ledgered (<see cref="INotLedgered"/>): delivery state is operational and says
/// nothing about the management system. It carries the organization for diagnostics only; the outbox is read across
/// organizations by the sender and never listed per tenant, so it is not tenant-filtered.
/// </para>
/// </summary>
public sealed class OutboundMail : INotLedgered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid UserId { get; set; }
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not tried again before this time (set after a failed attempt).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The node sending it right now; a claim older than <see cref="MailOutbox.ClaimTimeout"/> is abandoned.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set when the mail cannot be sent at all (the person has no address any more); kept for the operator.</summary>
    public DateTimeOffset? AbandonedAt { get; set; }

    /// <summary>Why the last attempt failed, without credentials (the transport's error type and message).</summary>
    public string? LastError { get; set; }
}
