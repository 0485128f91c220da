using System.Text.Json.Nodes;
using Aims.Evidence.Documents;
using Aims.Evidence.Fairness;
using Aims.Evidence.Input;

namespace Aims.Evidence;

/// <summary>Runs a fairness analysis from a file and returns the evidence document (the CLI only adds I/O around this).</summary>
public static class FairnessEvidence
{
    /// <summary>Reads <paramref name="inputPath"/>, computes every fairness metric and judges the thresholds.</summary>
    /// <exception cref="EvidenceInputException">The input is unusable; the message says why.</exception>
    public static async Task<EvidenceDocument> RunAsync(
        string inputPath,
        FairnessColumnMap map,
        FairnessOptions options,
        Action<long>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);
        map = map with { MissingPolicy = options.MissingPolicy };
        var read = await FairnessInput.ReadAsync(inputPath, map, progress, ct);
        if (read.Stats.Used == 0)
        {
            throw new EvidenceInputException(
                $"No usable rows in '{inputPath}': {read.Stats.Read} read, all dropped ({string.Join(", ", read.Stats.Dropped.Select(kv => $"{kv.Key} {kv.Value}"))}).");
        }

        var verdicts = new List<Verdict>();
        var warnings = new List<string>(read.Warnings);
        foreach (var (reason, count) in read.Stats.Dropped)
        {
            warnings.Add($"{count} row(s) dropped: {reason}.");
        }

        EvidenceTrace.Mark("analysis started");
        var report = FairnessAnalyzer.Analyze(read.Counts, options, map.Positive, verdicts, warnings);
        EvidenceTrace.Mark("analysis done");
        var sha256 = await read.Sha256; // hashed beside the reading and the analysis
        return new EvidenceDocument
        {
            Schema = EngineInfo.Schema,
            Kind = "fairness",
            Engine = new EngineDescriptor(EngineInfo.Name, EngineInfo.Version),
            CreatedAt = DateTimeOffset.UtcNow,
            Conventions =
            [
                new ReferenceConvention("fairlearn", "0.12.0", "group metrics; MetricFrame aggregates; demographic parity, equalized odds, equal opportunity"),
                new ReferenceConvention("aif360", "sklearn API (one-vs-rest)", "signed differences and ratios vs reference group; generalized entropy and Theil indices"),
                new ReferenceConvention("aequitas", "Audit defaults (maj, tau 0.8, fill_divbyzero 10)", "disparities vs reference group and parity band"),
            ],
            Inputs = [new InputFileInfo("input", inputPath, read.Format, read.SizeBytes, sha256, read.Stats.Read)],
            Rows = new RowAccounting(read.Stats.Read, read.Stats.Used, read.Stats.Read - read.Stats.Used, read.Stats.Dropped),
            Parameters = Parameters(map, options),
            Fairness = report,
            Verdicts = verdicts,
            Breach = verdicts.Any(v => v.Status == "breach"),
            Warnings = warnings,
        };
    }

    private static JsonObject Parameters(FairnessColumnMap map, FairnessOptions options)
    {
        var references = new JsonObject();
        foreach (var (k, v) in options.ReferenceGroups.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            references[k] = v;
        }

        return new JsonObject
        {
            ["prediction"] = map.Prediction,
            ["label"] = map.Label,
            ["score"] = map.Score,
            ["scoreThreshold"] = map.ScoreThreshold,
            ["weight"] = map.Weight,
            ["sensitive"] = new JsonArray(map.Sensitive.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            ["positive"] = map.Positive,
            ["delimiter"] = map.Delimiter.ToString(),
            ["skipBadRows"] = map.SkipBadRows,
            ["maxGroups"] = map.MaxGroups,
            ["missingPolicy"] = FairnessAnalyzer.PolicyName(options.MissingPolicy),
            ["minGroupSize"] = options.MinGroupSize,
            ["referenceGroups"] = references,
            ["aequitasTau"] = options.AequitasTau,
            ["aequitasFillDivByZero"] = options.AequitasFillDivByZero,
            ["entropyAlpha"] = options.EntropyAlpha,
            ["bootstrapIterations"] = options.BootstrapIterations,
            ["bootstrapSeed"] = options.BootstrapSeed,
            ["confidenceLevel"] = options.ConfidenceLevel,
            ["thresholds"] = new JsonArray(options.Thresholds.Select(t => (JsonNode?)new JsonObject
            {
                ["metric"] = t.Metric,
                ["convention"] = t.Convention,
                ["method"] = t.Method,
                ["agg"] = t.Agg,
                ["operator"] = t.Operator,
                ["value"] = t.Value,
            }).ToArray()),
        };
    }
}
