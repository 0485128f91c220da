namespace Aims.Evidence.Documents;

/// <summary>One disparity (or aggregate) value with the convention that defines it.</summary>
/// <param name="Metric">camelCase name, e.g. "demographicParityDifference", "truePositiveRateGroupMin", "disparateImpact", "ppr".</param>
/// <param name="Convention">"fairlearn", "aif360" or "aequitas".</param>
/// <param name="BaseMetric">Underlying per-group metric, e.g. "selectionRate".</param>
/// <param name="Method">"between_groups", "to_overall", "vs_reference" or null.</param>
/// <param name="Agg">"worst_case" or "mean" for equalized odds; null otherwise.</param>
/// <param name="ZeroDenominator">"zero" (Fairlearn/sklearn), "nan" (AIF360 rates, Aequitas) or "fill(10)" (Aequitas infinite disparity).</param>
/// <param name="Group">The group compared with the reference (Aequitas), else null.</param>
/// <param name="Value">The value; NaN is written as the string "NaN".</param>
/// <param name="Ci">Bootstrap percentile interval; null when bootstrapping is off.</param>
public sealed record DisparityResult(
    string Metric,
    string Convention,
    string? BaseMetric,
    string? Method,
    string? Agg,
    string ZeroDenominator,
    string? Group,
    double Value,
    ConfidenceInterval? Ci);
