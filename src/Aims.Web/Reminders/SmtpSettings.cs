using System.Globalization;
using MimeKit;

namespace Aims.Web.Reminders;

/// <summary>
/// <c>Aims:Smtp</c>: the mail server reminder e-mails go through. Absent (no <c>Host</c> and nothing else under the
/// section) means no e-mail: reminders stay in-app. Every problem is reported at start-up in one message, and no
/// message, log line or <see cref="ToString"/> ever contains the password.
/// </summary>
public sealed class SmtpSettings
{
    public const string Section = "Aims:Smtp";

    public required string Host { get; init; }
    public required int Port { get; init; }
    /// <summary><c>From</c>: the sender reminders come from.</summary>
    public required MailboxAddress Sender { get; init; }
    public required SmtpSecurity Security { get; init; }
    public string? UserName { get; init; }
    public string? Password { get; init; }

    /// <summary>How long one connect, authenticate or send may take (<c>TimeoutSeconds</c>, default 30).</summary>
    public required TimeSpan Timeout { get; init; }

    /// <summary>The settings, or null when the section is empty; throws naming every invalid key otherwise.</summary>
    public static SmtpSettings? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var host = section["Host"]?.Trim();
        var given = section.GetChildren().Where(c => !string.IsNullOrWhiteSpace(c.Value)).Select(c => c.Key).ToList();
        if (string.IsNullOrEmpty(host) && given.Count == 0)
        {
            return null;
        }

        var errors = new List<string>();
        if (string.IsNullOrEmpty(host))
        {
            errors.Add($"{Section}:Host is required when {Section} is configured (set: {string.Join(", ", given)})");
        }

        var security = SmtpSecurity.StartTls;
        var securityText = section["Security"]?.Trim();
        if (!string.IsNullOrEmpty(securityText) &&
            (int.TryParse(securityText, out _) || !Enum.TryParse(securityText, ignoreCase: true, out security)))
        {
            errors.Add($"{Section}:Security must be none, startTls or sslOnConnect (got '{securityText}')");
        }

        var port = security switch { SmtpSecurity.SslOnConnect => 465, SmtpSecurity.None => 25, _ => 587 };
        var portText = section["Port"]?.Trim();
        if (!string.IsNullOrEmpty(portText) &&
            (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            errors.Add($"{Section}:Port must be a whole number from 1 to 65535 (got '{portText}')");
        }

        var fromText = section["From"]?.Trim();
        MailboxAddress? from = null;
        if (string.IsNullOrEmpty(fromText))
        {
            errors.Add($"{Section}:From is required, e.g. \"OpenAIMS <aims@example.org>\"");
        }
        else if (!MailboxAddress.TryParse(fromText, out from) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            errors.Add($"{Section}:From is not an e-mail address (got '{fromText}'); use e.g. \"OpenAIMS <aims@example.org>\"");
        }

        var userName = NullIfEmpty(section["UserName"]);
        var password = NullIfEmpty(section["Password"]);
        if ((userName is null) != (password is null))
        {
            errors.Add($"{Section}:UserName and {Section}:Password go together: set both to sign in to the server, or neither");
        }

        var timeoutSeconds = 30;
        var timeoutText = section["TimeoutSeconds"]?.Trim();
        if (!string.IsNullOrEmpty(timeoutText) &&
            (!int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out timeoutSeconds) || timeoutSeconds is < 1 or > 300))
        {
            errors.Add($"{Section}:TimeoutSeconds must be a whole number from 1 to 300 (got '{timeoutText}')");
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("E-mail settings are invalid: " + string.Join("; ", errors) + ".");
        }

        return new SmtpSettings
        {
            Host = host!, Port = port, Sender = from!, Security = security, UserName = userName, Password = password,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
        };
    }

    /// <summary>For logs and the start-up banner: server, security and sender, never the password.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Host}:{Port} ({Security}{(UserName is null ? "" : ", as " + UserName)}), from {Sender.Address}");

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
