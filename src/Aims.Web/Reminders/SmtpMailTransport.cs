using Aims.Core.Reminders.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Aims.Web.Reminders;

/// <summary>
/// Sends outbox mail through the <c>Aims:Smtp</c> server with MailKit: one connection per mail (reminders are a
/// handful per run), TLS as configured, sign-in only when a user name is set. The Message-ID comes from the outbox
/// row, so a retried mail is recognisably the same message. Marked <c>Auto-Submitted: auto-generated</c> (RFC 3834)
/// so out-of-office responders do not answer it.
/// </summary>
public sealed class SmtpMailTransport(SmtpSettings settings) : IMailTransport
{
    public async Task SendAsync(MailToSend message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mime = new MimeMessage();
        mime.From.Add(settings.Sender);
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.MessageId = $"reminder-{message.Id:N}@{settings.Sender.Domain}";
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        }, ct);
        if (settings is { UserName: { } userName, Password: { } password })
        {
            await client.AuthenticateAsync(userName, password, ct);
        }

        await client.SendAsync(mime, ct);
        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException)
        {
            // The server has accepted the message; a failed goodbye must not make the outbox send it again.
        }
    }
}
