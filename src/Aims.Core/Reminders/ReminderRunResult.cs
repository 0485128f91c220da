namespace Aims.Core.Reminders;

/// <summary>What one reminder check did, for the log and tests.</summary>
public sealed class ReminderRunResult
{
    public int Organizations { get; set; }
    public int FailedOrganizations { get; set; }
    public int People { get; set; }
    public int NotificationsCreated { get; set; }
    public int MailsQueued { get; set; }

    /// <summary>The node lost the lease during the run; the organizations after that point wait for the next run.</summary>
    public bool Interrupted { get; set; }
}
