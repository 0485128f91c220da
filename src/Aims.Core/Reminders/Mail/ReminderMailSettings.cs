namespace Aims.Core.Reminders.Mail;

/// <summary>
/// Whether the reminder job queues e-mail, and the public address its links start with. The host enables it when
/// <c>Aims:Smtp</c> is configured (and then requires <c>Aims:PublicUrl</c>: a link in an e-mail must be absolute, and
/// is never built from a request's Host header); without it, reminders are in-app only and nothing piles up unsent.
/// </summary>
public sealed record ReminderMailSettings(Uri? PublicUrl)
{
    public static ReminderMailSettings Disabled { get; } = new((Uri?)null);

    public bool Enabled => PublicUrl is not null;

    /// <summary>An absolute link to a site path ("/o/demo/my-work"), keeping a path the public address may have.</summary>
    public string Link(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = PublicUrl?.ToString().TrimEnd('/') ?? throw new InvalidOperationException("Reminder e-mail is not configured.");
        return root + "/" + path.TrimStart('/');
    }
}
