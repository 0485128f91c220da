using Aims.Core.Common;
using Aims.Core.Ledger;

namespace Aims.Core.Readiness;

/// <summary>
/// Readiness as it stood on one day of one organization (the last evaluation of that day), for the trend and the
/// "as of" view. Derived data: it is not ledgered (writing it must not move the organization's chain, which would
/// invalidate every cache keyed on it at each read), and the records it was computed from are.
/// </summary>
public sealed class ReadinessSnapshot : ITenantOwned, INotLedgered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public DateOnly Day { get; set; }
    public double Score { get; set; }
    public DateTimeOffset TakenAt { get; set; }

    /// <summary>The whole <see cref="ReadinessReport"/> as JSON.</summary>
    public string Report { get; set; } = "";
}
