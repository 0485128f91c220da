using System.Globalization;

namespace Aims.Web.Reminders;

/// <summary>
/// <c>Aims:Reminders</c>: <c>Enabled</c> (default true) runs the reminder check on this node; <c>Interval</c>
/// (default 00:15:00) is how often every node tries; <c>LeaseDuration</c> (default twice the interval) is how long
/// the node running the check holds the lease without renewing it, i.e. how long a dead node delays reminders before
/// another takes over.
/// </summary>
public sealed class ReminderSettings
{
    public const string Section = "Aims:Reminders";

    public bool Enabled { get; init; } = true;
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(15);
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(30);

    public static ReminderSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var errors = new List<string>();
        var enabled = true;
        if (section["Enabled"] is { Length: > 0 } enabledText && !bool.TryParse(enabledText, out enabled))
        {
            errors.Add($"{Section}:Enabled must be true or false (got '{enabledText}')");
        }

        var interval = Duration(section, "Interval", TimeSpan.FromMinutes(15), errors);
        var lease = Duration(section, "LeaseDuration", interval * 2, errors);
        if (errors.Count == 0 && lease <= interval)
        {
            errors.Add($"{Section}:LeaseDuration ({lease:c}) must be longer than {Section}:Interval ({interval:c}), or the lease lapses between two runs");
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Reminder settings are invalid: " + string.Join("; ", errors) + ".");
        }

        return new ReminderSettings { Enabled = enabled, Interval = interval, LeaseDuration = lease };
    }

    private static TimeSpan Duration(IConfigurationSection section, string key, TimeSpan fallback, List<string> errors)
    {
        var text = section[key]?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var value) || value < TimeSpan.FromSeconds(1) ||
            value > TimeSpan.FromDays(1))
        {
            errors.Add($"{Section}:{key} must be a duration from 00:00:01 to 1.00:00:00 written hh:mm:ss (got '{text}')");
            return fallback;
        }

        return value;
    }
}
