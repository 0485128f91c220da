using System.Text.Json;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// Chooses the headline numbers of a computed evidence document: the few a reader of an evidence item looks for
/// before opening the file (the full document has hundreds, every disparity with its interval).
/// </summary>
internal static class ComputedEvidenceMetrics
{
    private static readonly string[] OverallRates =
    [
        "accuracy", "selectionRate", "truePositiveRate", "falsePositiveRate", "positivePredictiveValue", "baseRate",
    ];

    // Fairlearn's named fairness metrics, compared between groups; equalized odds in its worst-case form, the one the
    // default threshold judges.
    private static readonly string[] HeadlineDisparities =
    [
        "demographicParityDifference", "demographicParityRatio", "equalizedOddsDifference", "equalOpportunityDifference",
    ];

    public static IEnumerable<ComputedMetric> Fairness(JsonElement fairness)
    {
        var overall = EvidenceJson.Object(fairness, "overall");
        foreach (var rate in OverallRates)
        {
            yield return Metric(rate, "overall", EvidenceJson.Number(overall, rate));
        }

        foreach (var index in EvidenceJson.Array(fairness, "indices"))
        {
            yield return Metric(EvidenceJson.String(index, "metric"), "dataset", EvidenceJson.Number(index, "value"));
        }

        foreach (var grouping in EvidenceJson.Array(fairness, "groupings"))
        {
            var scope = EvidenceJson.String(grouping, "name");
            foreach (var disparity in EvidenceJson.Array(grouping, "disparities"))
            {
                var metric = EvidenceJson.String(disparity, "metric");
                if (HeadlineDisparities.Contains(metric, StringComparer.Ordinal)
                    && EvidenceJson.String(disparity, "convention") == "fairlearn"
                    && EvidenceJson.OptionalString(disparity, "method") == "between_groups"
                    && EvidenceJson.OptionalString(disparity, "agg") is null or "worst_case")
                {
                    yield return Metric(metric, scope, EvidenceJson.Number(disparity, "value"));
                }
            }
        }
    }

    public static IEnumerable<ComputedMetric> Drift(JsonElement drift)
    {
        yield return Metric("driftShare", "dataset", EvidenceJson.Number(drift, "share"));
        yield return Metric("driftedColumns", "dataset", EvidenceJson.Number(drift, "driftedColumns"));
        yield return Metric("testedColumns", "dataset", EvidenceJson.Number(drift, "testedColumns"));
        foreach (var column in EvidenceJson.Array(drift, "columns"))
        {
            var skipped = EvidenceJson.OptionalString(column, "skipped");
            var (value, text) = EvidenceJson.Number(column, "statistic");
            yield return new ComputedMetric(
                EvidenceJson.String(column, "methodName"),
                EvidenceJson.String(column, "name"),
                value,
                text,
                Flagged: skipped is null ? EvidenceJson.Boolean(column, "drifted") : null,
                Note: skipped);
        }
    }

    private static ComputedMetric Metric(string name, string scope, (double? Value, string Text) number) =>
        new(name, scope, number.Value, number.Text);
}
