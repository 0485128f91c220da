namespace Aims.Evidence.Drift;

/// <summary>Drift result for one column.</summary>
/// <param name="Name">Column name.</param>
/// <param name="ValueType">Source dtype.</param>
/// <param name="Kind">Inferred kind (Evidently <c>_get_column_type</c> rules).</param>
/// <param name="UniqueValues">Distinct non-missing values over reference ∪ current (drives the default test).</param>
/// <param name="ReferenceRows">Rows in the reference column before dropping.</param>
/// <param name="CurrentRows">Rows in the current column before dropping.</param>
/// <param name="ReferenceUsed">Reference values used after dropping NaN, ±inf and nulls (Evidently's n_ref).</param>
/// <param name="CurrentUsed">Current values used after dropping.</param>
/// <param name="ReferenceDroppedMissing">Reference NaN (numbers) or null (texts) dropped.</param>
/// <param name="ReferenceDroppedInfinite">Reference ±inf dropped.</param>
/// <param name="CurrentDroppedMissing">Current NaN or null dropped.</param>
/// <param name="CurrentDroppedInfinite">Current ±inf dropped.</param>
/// <param name="Method">The method that decided drift.</param>
/// <param name="MethodName">Evidently's name for it ("ks", "wasserstein", "chisquare", "z", "jensenshannon", "psi", "kl_div", "hellinger"; "psi_quantile" is ours).</param>
/// <param name="MethodSource">"default", "column", "kind" or "global": where the method came from.</param>
/// <param name="ThresholdSource">"default", "column", "kind" or "global": where the threshold came from.</param>
/// <param name="Statistic">p-value or distance; null when the column could not be tested (see <paramref name="Skipped"/>).</param>
/// <param name="Threshold">Threshold compared against.</param>
/// <param name="Comparison">"&lt;=" (KS), "&lt;" (chi-square, z) or "&gt;=" (distances): drift when statistic Comparison threshold.</param>
/// <param name="Drifted">Whether the column drifted.</param>
/// <param name="Detail">Method detail, e.g. "exact" or "asymptotic" for KS; null otherwise.</param>
/// <param name="Skipped">Why the column was not tested (e.g. empty after dropping), null when tested.</param>
/// <param name="Extra">Extra metrics; null when switched off or the column was skipped.</param>
public sealed record DriftColumnResult(
    string Name,
    SourceValueType ValueType,
    DriftColumnKind Kind,
    int UniqueValues,
    long ReferenceRows,
    long CurrentRows,
    long ReferenceUsed,
    long CurrentUsed,
    long ReferenceDroppedMissing,
    long ReferenceDroppedInfinite,
    long CurrentDroppedMissing,
    long CurrentDroppedInfinite,
    DriftMethod Method,
    string MethodName,
    string MethodSource,
    string ThresholdSource,
    double? Statistic,
    double Threshold,
    string Comparison,
    bool Drifted,
    string? Detail,
    string? Skipped,
    DriftExtraMetrics? Extra);
