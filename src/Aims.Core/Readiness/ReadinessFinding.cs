namespace Aims.Core.Readiness;

/// <summary>What one rule found: a status, its score (met 1, partial between, not met 0) and the reasons.</summary>
public sealed record ReadinessFinding(ReadinessStatus Status, double Score, IReadOnlyList<ReadinessReason> Reasons)
{
    public static ReadinessFinding Met(params ReadinessReason[] reasons) => new(ReadinessStatus.Met, 1, reasons);

    public static ReadinessFinding NotMet(params ReadinessReason[] reasons) => new(ReadinessStatus.NotMet, 0, reasons);

    public static ReadinessFinding Partial(double score, params ReadinessReason[] reasons) =>
        new(ReadinessStatus.Partial, Math.Clamp(score, 0.01, 0.99), reasons);
}
