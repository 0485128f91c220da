using System.Text;
using System.Text.Json.Nodes;
using Aims.Core.Evidence.Files;
using Aims.Evidence;
using Aims.Evidence.Documents;

namespace Aims.Web.Tests.Evidence;

/// <summary>
/// Documents written by <c>aims evidence fairness|drift</c> are recognised after upload, and what the summary says is
/// what the engine wrote (read back here with the engine's own types); any other JSON is just JSON.
/// </summary>
public sealed class ComputedEvidenceRecognizerTests(EvidenceOutputs outputs) : IClassFixture<EvidenceOutputs>, IDisposable
{
    private readonly TempFileStore _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_fairness_document_is_recognised_with_its_engine_input_hash_metrics_and_verdicts()
    {
        var (document, summary) = await UploadAsync(outputs.FairnessDocument);
        var log = await _files.PutAsync(await File.ReadAllBytesAsync(outputs.ReferenceLog, TestContext.Current.CancellationToken), "predictions.csv");

        Assert.Equal(ComputedEvidenceKind.Fairness, summary.Kind);
        Assert.Equal(("openaims-evidence", EngineInfo.Version, document.CreatedAt), (summary.EngineName, summary.EngineVersion, summary.CreatedAt));
        var input = Assert.Single(summary.Inputs);
        Assert.Equal(("input", log.Sha256, log.Length, 3000L, "csv"), (input.Role, input.Sha256, input.SizeBytes, input.RowsRead, input.Format));
        Assert.Equal((3000L, 3000L), (summary.RowsRead, summary.RowsUsed));

        Assert.Equal(9, summary.Checks.Count); // three default thresholds on sex, age_band and their intersection
        AssertChecksMatch(document, summary);
        Assert.Contains(summary.Checks, c => c.Status == ComputedCheckStatus.Breach); // the log was generated with a bias
        Assert.True(summary.Breach);

        var report = document.Fairness!;
        Assert.Equal(report.Overall.Accuracy, Metric(summary, "accuracy", "overall").Value);
        Assert.Equal(report.Overall.SelectionRate, Metric(summary, "selectionRate", "overall").Value);
        Assert.Equal(report.Indices.Single(i => i.Metric == "theilIndex").Value, Metric(summary, "theilIndex", "dataset").Value);
        foreach (var grouping in report.Groupings)
        {
            var ratio = grouping.Disparities.Single(d => d is { Metric: "demographicParityRatio", Method: "between_groups" });
            var odds = grouping.Disparities.Single(d => d is { Metric: "equalizedOddsDifference", Method: "between_groups", Agg: "worst_case" });
            Assert.Equal(ratio.Value, Metric(summary, "demographicParityRatio", grouping.Name).Value);
            Assert.Equal(odds.Value, Metric(summary, "equalizedOddsDifference", grouping.Name).Value);
        }

        Assert.Equal(["sex", "age_band", "sex & age_band"], summary.Metrics.Where(m => m.Name == "demographicParityDifference").Select(m => m.Scope));
    }

    [Fact]
    public async Task Verdicts_that_pass_breach_or_cannot_be_judged_keep_their_status_and_missing_values()
    {
        var (document, summary) = await UploadAsync(outputs.MixedFairnessDocument);

        AssertChecksMatch(document, summary);
        var sex = summary.Checks.Where(c => c.Scope == "sex").ToDictionary(c => c.Metric);
        Assert.True(sex["demographicParityRatio"].Passed);
        Assert.Equal((ComputedCheckStatus.Breach, 0.01), (sex["demographicParityDifference"].Status, sex["demographicParityDifference"].Threshold));
        var unjudged = summary.Checks.Where(c => c.Scope != "sex").ToList();
        Assert.Equal(4, unjudged.Count);
        Assert.All(unjudged, c => Assert.Equal((ComputedCheckStatus.InsufficientData, (double?)null, "null", false), (c.Status, c.Value, c.Text, c.Passed)));
    }

    [Fact]
    public async Task A_drift_document_is_recognised_with_the_drifted_share_and_each_column()
    {
        var (document, summary) = await UploadAsync(outputs.DriftDocument);
        var reference = await _files.PutAsync(await File.ReadAllBytesAsync(outputs.ReferenceLog, TestContext.Current.CancellationToken), "a.csv");
        var current = await _files.PutAsync(await File.ReadAllBytesAsync(outputs.CurrentLog, TestContext.Current.CancellationToken), "b.csv");

        Assert.Equal(ComputedEvidenceKind.Drift, summary.Kind);
        Assert.Equal(EngineInfo.Version, summary.EngineVersion);
        Assert.Equal([("reference", reference.Sha256), ("current", current.Sha256)], summary.Inputs.Select(i => (i.Role, i.Sha256)));
        var drift = document.Drift!;
        Assert.Equal(drift.Share, Metric(summary, "driftShare", "dataset").Value);
        Assert.Equal(drift.DriftedColumns, Metric(summary, "driftedColumns", "dataset").Value);
        Assert.Equal(drift.TestedColumns, Metric(summary, "testedColumns", "dataset").Value);
        foreach (var column in drift.Columns)
        {
            var metric = Metric(summary, column.MethodName, column.Name);
            Assert.Equal((column.Statistic, column.Drifted), (metric.Value, metric.Flagged));
        }

        var check = Assert.Single(summary.Checks);
        Assert.Equal(("dataset", "datasetDrift", "<", 0.5, drift.Share), (check.Scope, check.Metric, check.Operator, check.Threshold, check.Value));
        Assert.Equal(drift.DatasetDrift ? ComputedCheckStatus.Breach : ComputedCheckStatus.Pass, check.Status);
        Assert.Equal(drift.DatasetDrift, summary.Breach);
    }

    public static TheoryData<string> UnrelatedJson() => new()
    {
        "{\"a\": 1}",
        "[{\"schema\": \"openaims.evidence/1\"}]",
        "{\"schema\": \"openaims.evidence/2\", \"kind\": \"fairness\"}",
        "{\"schema\": \"openaims.evidence/1\"}",
        "{\"nested\": {\"schema\": \"openaims.evidence/1\"}}",
        "{\"schema\": 1}",
    };

    [Theory]
    [MemberData(nameof(UnrelatedJson))]
    public async Task Other_JSON_is_not_computed_evidence(string json)
    {
        var stored = await _files.PutAsync(Encoding.UTF8.GetBytes(json), "other.json");

        Assert.Equal(StoredFileKind.Json, stored.Kind);
        Assert.Null(await ComputedEvidenceRecognizer.RecognizeAsync(_files.Store, stored, TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, string> Damages() => new()
    {
        { "kind", "\"report\"" },
        { "verdicts", "null" },
        { "engine", "\"openaims\"" },
        { "createdAt", "\"yesterday\"" },
        { "breach", "\"yes\"" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_document_that_names_the_schema_but_breaks_its_shape_is_not_computed_evidence(string field, string replacement)
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(outputs.FairnessDocument, TestContext.Current.CancellationToken))!.AsObject();
        json[field] = JsonNode.Parse(replacement);

        Assert.Null(await RecognizeAsync(json.ToJsonString()));
    }

    [Fact]
    public async Task An_input_hash_that_is_not_a_SHA_256_makes_the_document_not_computed_evidence()
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(outputs.DriftDocument, TestContext.Current.CancellationToken))!;
        json["inputs"]![0]!["sha256"] = "../../etc/passwd";

        Assert.Null(await RecognizeAsync(json.ToJsonString()));
    }

    [Fact]
    public async Task Files_that_are_not_JSON_are_not_computed_evidence()
    {
        var csv = await _files.PutAsync(await File.ReadAllBytesAsync(outputs.ReferenceLog, TestContext.Current.CancellationToken), "log.csv");
        using var truncated = new MemoryStream(Encoding.UTF8.GetBytes("{\"schema\": \"openaims.evidence/1\", \"kind\": "));

        Assert.Null(await ComputedEvidenceRecognizer.RecognizeAsync(_files.Store, csv, TestContext.Current.CancellationToken));
        Assert.Null(await ComputedEvidenceRecognizer.RecognizeAsync(truncated, TestContext.Current.CancellationToken));
    }

    private async Task<(EvidenceDocument Document, ComputedEvidenceSummary Summary)> UploadAsync(string path)
    {
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        var stored = await _files.PutAsync(bytes, Path.GetFileName(path));
        Assert.Equal(StoredFileKind.Json, stored.Kind);
        var summary = await ComputedEvidenceRecognizer.RecognizeAsync(_files.Store, stored, TestContext.Current.CancellationToken);
        Assert.NotNull(summary);
        return (EvidenceWriter.FromJson(Encoding.UTF8.GetString(bytes))!, summary);
    }

    private static async Task<ComputedEvidenceSummary?> RecognizeAsync(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await ComputedEvidenceRecognizer.RecognizeAsync(stream, TestContext.Current.CancellationToken);
    }

    private static void AssertChecksMatch(EvidenceDocument document, ComputedEvidenceSummary summary) =>
        Assert.Equal(
            document.Verdicts.Select(v => (v.Grouping ?? "dataset", v.Metric, v.Convention, v.Operator, v.Threshold, v.Value, v.Status)),
            summary.Checks.Select(c => (c.Scope, c.Metric, c.Convention, c.Operator, c.Threshold, c.Value,
                c.Status.ToString() is var s ? char.ToLowerInvariant(s[0]) + s[1..] : "")));

    private static ComputedMetric Metric(ComputedEvidenceSummary summary, string name, string scope) =>
        Assert.Single(summary.Metrics, m => m.Name == name && m.Scope == scope);
}
