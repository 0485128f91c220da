using MimeKit;

namespace Aims.Web.Tests.Reminders;

/// <summary>A message the in-process SMTP server accepted: the envelope recipients and the parsed message.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> To, MimeMessage Message)
{
    public string Text => Message.TextBody ?? "";
    public string Html => Message.HtmlBody ?? "";
}
