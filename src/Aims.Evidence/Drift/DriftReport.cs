namespace Aims.Evidence.Drift;

/// <summary>Result of a drift run: one entry per column plus Evidently's dataset-level verdict.</summary>
/// <param name="Convention">The reference behaviour mirrored, e.g. "evidently-0.7.21".</param>
/// <param name="Columns">Per-column results in input order.</param>
/// <param name="TestedColumns">Columns that were tested (skipped columns excluded).</param>
/// <param name="DriftedColumns">Tested columns that drifted.</param>
/// <param name="Share">DriftedColumns / TestedColumns (0 when nothing was tested).</param>
/// <param name="DriftShareThreshold">The configured drift share.</param>
/// <param name="DatasetDrift">Share ≥ DriftShareThreshold (and at least one column tested).</param>
public sealed record DriftReport(
    string Convention,
    IReadOnlyList<DriftColumnResult> Columns,
    int TestedColumns,
    int DriftedColumns,
    double Share,
    double DriftShareThreshold,
    bool DatasetDrift);
