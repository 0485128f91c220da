using System.Globalization;
using System.Text.Json.Nodes;
using Aims.Evidence.Documents;
using Aims.Evidence.Drift;
using Aims.Evidence.Input;

namespace Aims.Evidence;

/// <summary>Runs a drift comparison of two files and wraps the drift report into the evidence envelope.</summary>
public static class DriftEvidence
{
    /// <summary>
    /// Loads <paramref name="columns"/> (default: every column both files have, minus <paramref name="exclude"/>) from
    /// both files and compares them with <see cref="DriftAnalyzer"/>. The document's breach is Evidently's dataset drift.
    /// </summary>
    /// <exception cref="EvidenceInputException">An input is unusable; the message says why.</exception>
    public static async Task<EvidenceDocument> RunAsync(
        string referencePath,
        string currentPath,
        IReadOnlyList<string>? columns,
        IReadOnlyList<string>? exclude,
        char delimiter,
        bool skipBadRows,
        DriftOptions options,
        Action<long>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(referencePath);
        ArgumentNullException.ThrowIfNull(currentPath);
        ArgumentNullException.ThrowIfNull(options);
        var excluded = new HashSet<string>(exclude ?? [], StringComparer.Ordinal);
        IReadOnlyList<string> selected;
        if (columns is { Count: > 0 })
        {
            selected = columns;
        }
        else
        {
            var refNames = await DriftColumnLoader.ColumnNamesAsync(referencePath, delimiter, ct);
            var curNames = (await DriftColumnLoader.ColumnNamesAsync(currentPath, delimiter, ct)).ToHashSet(StringComparer.Ordinal);
            selected = refNames.Where(n => curNames.Contains(n) && !excluded.Contains(n)).ToArray();
            if (selected.Count == 0)
            {
                throw new EvidenceInputException("The reference and current files have no column in common; pass --columns.");
            }
        }

        var reference = await DriftColumnLoader.LoadAsync(referencePath, selected, delimiter, skipBadRows, progress, ct);
        var current = await DriftColumnLoader.LoadAsync(currentPath, selected, delimiter, skipBadRows, progress, ct);
        var (refColumns, curColumns, warnings) = Reconcile(reference.Columns, current.Columns);

        DriftReport report;
        try
        {
            report = DriftAnalyzer.Analyze(refColumns, curColumns, options, ct);
        }
        catch (ArgumentException ex)
        {
            throw new EvidenceInputException("Drift analysis rejected the input: " + ex.Message, ex);
        }

        foreach (var c in report.Columns.Where(c => c.Skipped is not null))
        {
            warnings.Add($"Column '{c.Name}' not tested: {c.Skipped}.");
        }

        var verdict = new Verdict(
            null,
            "datasetDrift",
            "evidently",
            "share",
            null,
            "<",
            report.DriftShareThreshold,
            report.Share,
            report.TestedColumns == 0 ? "insufficientData" : report.DatasetDrift ? "breach" : "pass",
            []);
        var read = reference.Rows + current.Rows;
        return new EvidenceDocument
        {
            Schema = EngineInfo.Schema,
            Kind = "drift",
            Engine = new EngineDescriptor(EngineInfo.Name, EngineInfo.Version),
            CreatedAt = DateTimeOffset.UtcNow,
            Conventions = [new ReferenceConvention("evidently", "0.7.21", "column type inference, default tests, thresholds, binning, dataset drift share")],
            Inputs =
            [
                new InputFileInfo("reference", referencePath, reference.Format, reference.SizeBytes, reference.Sha256, reference.Rows),
                new InputFileInfo("current", currentPath, current.Format, current.SizeBytes, current.Sha256, current.Rows),
            ],
            Rows = new RowAccounting(read, read, 0, new SortedDictionary<string, long>(StringComparer.Ordinal)),
            Parameters = Parameters(selected, delimiter, skipBadRows, options),
            Drift = report,
            Verdicts = [verdict],
            Breach = verdict.Status == "breach",
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Aligns dtypes across the two files. Integer against Float is left to <see cref="DriftAnalyzer"/>, which applies
    /// Evidently's rule (the current side's dtype decides the column type, so a reference integer column with a gap
    /// against a gap-free current one with ≤ 5 values is categorical). Any mix involving text or booleans gives String.
    /// </summary>
    private static (List<DriftColumnData>, List<DriftColumnData>, List<string>) Reconcile(IReadOnlyList<DriftColumnData> reference, IReadOnlyList<DriftColumnData> current)
    {
        var warnings = new List<string>();
        var r = new List<DriftColumnData>(reference.Count);
        var c = new List<DriftColumnData>(current.Count);
        for (var i = 0; i < reference.Count; i++)
        {
            var a = reference[i];
            var b = current[i];
            if (a.ValueType != b.ValueType && IsNumber(a.ValueType) && IsNumber(b.ValueType))
            {
                warnings.Add($"Column '{a.Name}' is {a.ValueType} in reference and {b.ValueType} in current; its type follows current ({b.ValueType}), as in Evidently.");
            }
            else if (a.ValueType != b.ValueType)
            {
                const SourceValueType target = SourceValueType.String;
                warnings.Add($"Column '{a.Name}' is {a.ValueType} in reference and {b.ValueType} in current; compared as {target}.");
                a = Convert(a, target);
                b = Convert(b, target);
            }

            r.Add(a);
            c.Add(b);
        }

        return (r, c, warnings);
    }

    private static bool IsNumber(SourceValueType type) => type is SourceValueType.Integer or SourceValueType.Float;

    private static DriftColumnData Convert(DriftColumnData column, SourceValueType target)
    {
        if (column.ValueType == target || (target == SourceValueType.Float && column.Numbers is not null))
        {
            return new DriftColumnData { Name = column.Name, ValueType = target, Numbers = column.Numbers, Texts = column.Texts };
        }

        var texts = column.Texts ?? column.Numbers!.Select(v => double.IsNaN(v) ? null
            : column.ValueType == SourceValueType.Boolean ? (v != 0 ? "True" : "False")
            : v.ToString("R", CultureInfo.InvariantCulture)).ToArray();
        return new DriftColumnData { Name = column.Name, ValueType = SourceValueType.String, Texts = texts };
    }

    private static JsonObject Parameters(IReadOnlyList<string> columns, char delimiter, bool skipBadRows, DriftOptions options)
    {
        JsonObject? Override(DriftColumnOverride? o) => o is null ? null : new JsonObject
        {
            ["method"] = o.Method is { } m ? JsonNamingPolicyName(m) : null,
            ["threshold"] = o.Threshold,
        };

        var perColumn = new JsonObject();
        foreach (var (k, v) in (options.PerColumn ?? new Dictionary<string, DriftColumnOverride>()).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            perColumn[k] = Override(v);
        }

        return new JsonObject
        {
            ["columns"] = new JsonArray(columns.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
            ["delimiter"] = delimiter.ToString(),
            ["skipBadRows"] = skipBadRows,
            ["driftShare"] = options.DriftShare,
            ["global"] = Override(options.Global),
            ["numerical"] = Override(options.NumericalOverride),
            ["categorical"] = Override(options.CategoricalOverride),
            ["perColumn"] = perColumn,
            ["psiBins"] = options.PsiBins,
            ["psiEpsilon"] = options.PsiEpsilon,
            ["extraMetrics"] = options.ComputeExtraMetrics,
        };
    }

    private static string JsonNamingPolicyName(DriftMethod method) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(method.ToString());
}
