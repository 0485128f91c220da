namespace Aims.Evidence.Input;

/// <summary>Columns of one drift input file, loaded into memory for the drift statistics.</summary>
internal sealed record DriftInput(
    IReadOnlyList<Drift.DriftColumnData> Columns,
    string Format,
    long Rows,
    long SizeBytes,
    string Sha256);
