namespace Aims.Core.Evidence.Files;

/// <summary>One verdict of a computed evidence document: a metric judged against a configured threshold.</summary>
/// <param name="Scope">The grouping judged ("sex", "sex &amp; age_band"), or "dataset" for a dataset-level check.</param>
/// <param name="Metric">e.g. "demographicParityRatio", "datasetDrift".</param>
/// <param name="Convention">Whose definition the metric follows: "fairlearn", "aif360", "aequitas" or "evidently".</param>
/// <param name="Method">How groups are compared ("between_groups", "to_overall", "vs_reference", "share"), or null.</param>
/// <param name="Operator">The pass condition against <paramref name="Threshold"/>: "&lt;=", "&gt;=", "&lt;", "abs&lt;=" or "within" ([t, 1/t]).</param>
/// <param name="Threshold">The configured threshold.</param>
/// <param name="Value">The judged value when it is a finite number, else null.</param>
/// <param name="Text">The value as the document writes it ("0.76", "NaN", "null").</param>
/// <param name="Status">The engine's outcome.</param>
public sealed record ComputedCheck(
    string Scope,
    string Metric,
    string Convention,
    string? Method,
    string Operator,
    double Threshold,
    double? Value,
    string Text,
    ComputedCheckStatus Status)
{
    /// <summary>True only for <see cref="ComputedCheckStatus.Pass"/>: a check that could not be judged has not passed.</summary>
    public bool Passed => Status == ComputedCheckStatus.Pass;
}
