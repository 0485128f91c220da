namespace Aims.Core.Reminders.Mail;

/// <summary>
/// An e-mail ready for a transport: one recipient, a plain-text and an HTML body saying the same. <paramref name="Id"/>
/// is the outbox row's, stable across retries, so the transport can give every attempt the same Message-ID.
/// </summary>
public sealed record MailToSend(Guid Id, string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);
