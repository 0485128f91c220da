using System.Globalization;
using System.Net;
using System.Text;
using Aims.Core.Organizations;
using Aims.Core.Reminders.MyWork;
using Aims.Core.Reminders.Notifications;

namespace Aims.Core.Reminders.Mail;

/// <summary>
/// The reminder e-mail: one per person, organization and reminder run, listing the notifications that run created
/// for them (a digest, so a person with ten new items gets one e-mail, not ten). Plain text and HTML say the same;
/// every link is absolute (<see cref="ReminderMailSettings.Link"/>); dates are days of the organization's calendar.
/// Record titles come from people, so the HTML escapes everything it did not write itself.
/// </summary>
public static class ReminderDigest
{
    public static (string Subject, string Text, string Html) Compose(string organizationName, string organizationSlug,
        OrganizationCalendar calendar, IReadOnlyList<Notification> notifications, ReminderMailSettings mail)
    {
        ArgumentNullException.ThrowIfNull(organizationName);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(notifications);
        ArgumentNullException.ThrowIfNull(mail);
        var org = OneLine(organizationName);
        var count = notifications.Count;
        var subject = string.Create(CultureInfo.InvariantCulture,
            $"OpenAIMS · {org}: {count} new {(count == 1 ? "item needs" : "items need")} your attention");
        var myWork = mail.Link($"/o/{organizationSlug}/my-work");

        var text = new StringBuilder();
        text.Append("Hello,\n\n")
            .Append(CultureInfo.InvariantCulture, $"In {org}, {(count == 1 ? "this item is" : "these items are")} now waiting for you:\n\n");
        foreach (var n in notifications)
        {
            text.Append(CultureInfo.InvariantCulture, $"* {MyWorkKinds.Label(n.Kind)}: {OneLine(n.Title)}\n")
                .Append(CultureInfo.InvariantCulture, $"  {OneLine(n.Reason)}\n");
            if (n.DueOn is { } due)
            {
                text.Append(CultureInfo.InvariantCulture, $"  Due: {OrganizationCalendar.Format(due)}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"  Open: {mail.Link(n.Href)}\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Everything on your list: {myWork}\n")
            .Append(CultureInfo.InvariantCulture, $"Dates are days in the organization's time zone ({calendar.TimeZoneId}).\n\n")
            .Append("-- \n")
            .Append(CultureInfo.InvariantCulture, $"OpenAIMS sends this because you are a member of {org} and these items are yours to act on. ")
            .Append("Each item is e-mailed once; it stays on your list until it is done.\n");

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family: sans-serif; line-height: 1.4\">")
            .Append("<p>Hello,</p>")
            .Append(CultureInfo.InvariantCulture, $"<p>In {Encode(org)}, {(count == 1 ? "this item is" : "these items are")} now waiting for you:</p><ul>");
        foreach (var n in notifications)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><p><strong>{Encode(MyWorkKinds.Label(n.Kind))}:</strong> ")
                .Append(CultureInfo.InvariantCulture, $"<a href=\"{Encode(mail.Link(n.Href))}\">{Encode(OneLine(n.Title))}</a><br>")
                .Append(Encode(OneLine(n.Reason)));
            if (n.DueOn is { } due)
            {
                html.Append(CultureInfo.InvariantCulture, $"<br>Due: {OrganizationCalendar.Format(due)}");
            }

            html.Append("</p></li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><p><a href=\"{Encode(myWork)}\">Everything on your list</a>. ")
            .Append(CultureInfo.InvariantCulture, $"Dates are days in the organization's time zone ({Encode(calendar.TimeZoneId)}).</p>")
            .Append(CultureInfo.InvariantCulture, $"<p style=\"color: #666; font-size: smaller\">OpenAIMS sends this because you are a member of {Encode(org)} ")
            .Append("and these items are yours to act on. Each item is e-mailed once; it stays on your list until it is done.</p>")
            .Append("</body></html>");
        return (subject, text.ToString(), html.ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    // Titles and reasons are single-line fields, but a header or a list line must never be split by one.
    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
