namespace Aims.Core.Reminders.Mail;

/// <summary>
/// Hands e-mail to a mail server (the host's SMTP transport, configured under <c>Aims:Smtp</c>). Registered only when
/// mail is configured. Throws when the server did not accept the message; then the outbox keeps it and tries again.
/// Exceptions must not carry credentials in their messages (they are stored and logged).
/// </summary>
public interface IMailTransport
{
    Task SendAsync(MailToSend message, CancellationToken ct);
}
