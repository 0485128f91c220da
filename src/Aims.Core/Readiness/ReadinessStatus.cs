namespace Aims.Core.Readiness;

/// <summary>How far a clause or control is evidenced by the organization's records (API: met, partial, notMet).</summary>
public enum ReadinessStatus
{
    NotMet,
    Partial,
    Met,
}
