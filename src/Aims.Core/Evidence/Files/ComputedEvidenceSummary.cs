namespace Aims.Core.Evidence.Files;

/// <summary>
/// What an uploaded <c>aims evidence fairness|drift</c> document says, read by <see cref="ComputedEvidenceRecognizer"/>:
/// enough to show on the evidence item without opening the file. The file itself stays the evidence.
/// </summary>
/// <param name="Kind">Fairness or drift.</param>
/// <param name="Schema">The document schema, e.g. "openaims.evidence/1".</param>
/// <param name="EngineName">The engine that computed it, e.g. "openaims-evidence".</param>
/// <param name="EngineVersion">Its version (with the source revision when built from git).</param>
/// <param name="CreatedAt">When the run finished (UTC).</param>
/// <param name="Inputs">The data files, with their SHA-256.</param>
/// <param name="RowsRead">Rows read from all inputs.</param>
/// <param name="RowsUsed">Rows the metrics were computed over.</param>
/// <param name="Metrics">Headline numbers: for fairness the overall rates, the dataset indices and each grouping's
/// parity differences and ratios; for drift the drifted share and each column's test statistic.</param>
/// <param name="Checks">The document's verdicts, in its order.</param>
/// <param name="Breach">Whether the document reports any verdict in breach.</param>
/// <param name="Warnings">The engine's data-quality notes.</param>
public sealed record ComputedEvidenceSummary(
    ComputedEvidenceKind Kind,
    string Schema,
    string EngineName,
    string EngineVersion,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ComputedEvidenceInput> Inputs,
    long RowsRead,
    long RowsUsed,
    IReadOnlyList<ComputedMetric> Metrics,
    IReadOnlyList<ComputedCheck> Checks,
    bool Breach,
    IReadOnlyList<string> Warnings);
