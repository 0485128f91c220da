using Aims.Core.Ledger;

namespace Aims.Core.Reminders.Scheduling;

/// <summary>
/// Which node may run a scheduled job (<see cref="Name"/>, e.g. "reminders") until when. See <see cref="DatabaseLease"/>.
/// Operational state, not ledgered.
/// </summary>
public sealed class SchedulerLease : INotLedgered
{
    public string Name { get; set; } = "";

    /// <summary>The node holding it; null once released.</summary>
    public string? Holder { get; set; }

    /// <summary>The holder must renew before this instant; after it, any node may take the lease.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the current holder took it (renewals keep it).</summary>
    public DateTimeOffset? AcquiredAt { get; set; }
}
