namespace Aims.Evidence.Documents;

/// <summary>Outcome of one configured threshold on one grouping.</summary>
/// <param name="Grouping">Grouping name (e.g. "sex" or "sex & age_band"); null for dataset-level checks.</param>
/// <param name="Metric">Metric name as in <see cref="DisparityResult.Metric"/>.</param>
/// <param name="Convention">"fairlearn", "aif360", "aequitas" or "evidently".</param>
/// <param name="Method">Aggregation method, if any.</param>
/// <param name="Agg">Equalized-odds aggregation, if any.</param>
/// <param name="Operator">Pass condition: "&lt;=", "&gt;=", "abs&lt;=" or "within" ([t, 1/t]).</param>
/// <param name="Threshold">Configured threshold.</param>
/// <param name="Value">Value judged: computed over groups with at least the minimum size; null when not computable.</param>
/// <param name="Status">"pass", "breach", "insufficientData" or "undefined" (value NaN).</param>
/// <param name="ExcludedGroups">Groups left out of the verdict because they were below the minimum group size.</param>
public sealed record Verdict(
    string? Grouping,
    string Metric,
    string Convention,
    string? Method,
    string? Agg,
    string Operator,
    double Threshold,
    double? Value,
    string Status,
    IReadOnlyList<string> ExcludedGroups);
