namespace Aims.Core.Readiness;

/// <summary>
/// Readiness of one organization at one moment: an overall score (the mean of the clause scores), every clause of
/// 4–10 and every Annex A control. <see cref="AsOf"/> is the moment evaluated; <see cref="SnapshotDay"/> is set when
/// the report was read from the daily snapshot of that day rather than computed now.
/// </summary>
public sealed record ReadinessReport(double Score, DateTimeOffset AsOf, DateOnly? SnapshotDay,
    IReadOnlyList<ReadinessItem> Clauses, IReadOnlyList<ReadinessItem> Controls);
