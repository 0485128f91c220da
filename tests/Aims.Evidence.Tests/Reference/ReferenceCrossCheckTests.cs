using System.Globalization;
using System.Text.Json;
using Aims.Evidence.Documents;
using Aims.Evidence.Drift;
using Aims.Evidence.Tests.Cli;

namespace Aims.Evidence.Tests.Reference;

/// <summary>
/// Runs the engine through the in-process CLI on every dataset in Reference/data and compares each value with
/// expected.json, which bench/reference/crosscheck.py computed with the reference primitives (Fairlearn 0.12 semantics
/// over scikit-learn 1.2.1 / pandas 1.5.3; Evidently 0.7.21 stattests over SciPy 1.10.1 / NumPy 1.24.2). Tolerance:
/// 1e-9 absolute or relative; NaN must match NaN. Each test lists every disagreement of its dataset at once.
/// </summary>
public sealed class ReferenceCrossCheckTests : IDisposable
{
    private const double Tolerance = 1e-9;

    private static readonly string DataDir = Path.Combine(AppContext.BaseDirectory, "Reference", "data");

    private static readonly Lazy<JsonDocument> Expected = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, "expected.json"))));

    private static readonly string[] BaseMetrics =
    [
        "selectionRate", "truePositiveRate", "falsePositiveRate", "falseNegativeRate", "trueNegativeRate",
        "positivePredictiveValue", "accuracy",
    ];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> FairnessDatasets() => Names("fairness");

    public static TheoryData<string> DriftDatasets() => Names("drift");

    [Fact]
    public void Fixtures_cover_the_edge_cases()
    {
        var root = Expected.Value.RootElement;
        Assert.Equal(1e-9, root.GetProperty("tolerance").GetDouble());
        Assert.True(root.GetProperty("fairness").GetArrayLength() >= 5);
        Assert.True(root.GetProperty("drift").GetArrayLength() >= 5);
        var drift = root.GetProperty("drift").EnumerateArray().SelectMany(d => d.GetProperty("columns").EnumerateArray()).ToArray();
        var defaults = drift.Select(c => c.GetProperty("defaultMethod").GetString()).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string?>(["ks", "wasserstein", "chisquare", "z", "jensenshannon"], StringComparer.Ordinal), defaults);
        var ksDetails = drift.Select(c => c.GetProperty("ksDetail").GetString()).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("exact", ksDetails);
        Assert.Contains("asymptotic", ksDetails);
    }

    [Theory]
    [MemberData(nameof(FairnessDatasets))]
    public async Task Fairness_matches_fairlearn(string name)
    {
        var spec = Dataset("fairness", name);
        var args = new List<string>
        {
            "fairness", "--input", Path.Combine(DataDir, spec.GetProperty("file").GetString()!),
            "--label", spec.GetProperty("label").GetString()!,
            "--prediction", spec.GetProperty("prediction").GetString()!,
            "--sensitive", string.Join(',', spec.GetProperty("sensitive").EnumerateArray().Select(s => s.GetString())),
            "--positive", spec.GetProperty("positive").GetString()!,
            "--missing-policy", spec.GetProperty("missingPolicy").GetString()!,
            "--bootstrap", "0", "--min-group-size", "1", "--out", _dir.File(name + ".json"),
        };
        if (spec.GetProperty("weight").ValueKind == JsonValueKind.String)
        {
            args.AddRange(["--weight", spec.GetProperty("weight").GetString()!]);
        }

        var doc = await Run(args);
        var report = doc.Fairness!;
        var errors = new List<string>();
        Same(errors, "rows.used", spec.GetProperty("rowsUsed").GetInt64(), doc.Rows.Used);
        foreach (var m in BaseMetrics)
        {
            Close(errors, "overall." + m, Number(spec.GetProperty("overall").GetProperty(m)), Metric(report.Overall, m));
        }

        foreach (var expected in spec.GetProperty("groupings").EnumerateArray())
        {
            var attributes = expected.GetProperty("attributes").EnumerateArray().Select(a => a.GetString()!).ToArray();
            var where = string.Join(" & ", attributes);
            var grouping = report.Groupings.SingleOrDefault(g => g.Attributes.SequenceEqual(attributes));
            if (grouping is null)
            {
                errors.Add($"{where}: grouping missing");
                continue;
            }

            Same(errors, where + ".emptyIntersections", expected.GetProperty("emptyIntersections").GetInt64(), grouping.EmptyIntersections.Count);
            var expectedGroups = expected.GetProperty("groups").EnumerateArray().ToArray();
            Same(errors, where + ".groups", expectedGroups.Length, grouping.Groups.Count);
            foreach (var eg in expectedGroups)
            {
                var values = eg.GetProperty("values").EnumerateArray().Select(v => v.GetString()).ToArray();
                var label = where + "[" + string.Join(" | ", values) + "]";
                var group = grouping.Groups.SingleOrDefault(g => g.Values.SequenceEqual(values));
                if (group is null)
                {
                    errors.Add($"{label}: group missing");
                    continue;
                }

                Same(errors, label + ".count", eg.GetProperty("count").GetInt64(), group.Count);
                foreach (var m in BaseMetrics)
                {
                    Close(errors, label + "." + m, Number(eg.GetProperty(m)), Metric(group, m));
                }
            }

            foreach (var ed in expected.GetProperty("disparities").EnumerateArray())
            {
                var metric = ed.GetProperty("metric").GetString()!;
                var method = ed.GetProperty("method").GetString();
                var agg = ed.GetProperty("agg").GetString();
                var label = $"{where}.{metric}:{method}:{agg}";
                var actual = grouping.Disparities
                    .Where(d => d.Convention == "fairlearn" && d.Metric == metric && d.Method == method && d.Agg == agg)
                    .ToArray();
                if (actual.Length != 1)
                {
                    errors.Add($"{label}: {actual.Length} results");
                    continue;
                }

                Close(errors, label, Number(ed.GetProperty("value")), actual[0].Value);
            }
        }

        Assert.True(errors.Count == 0, $"{name}: {errors.Count} disagreement(s) with Fairlearn:\n" + string.Join('\n', errors));
    }

    [Theory]
    [MemberData(nameof(DriftDatasets))]
    public async Task Drift_matches_evidently(string name)
    {
        var spec = Dataset("drift", name);
        var reference = Path.Combine(DataDir, spec.GetProperty("reference").GetString()!);
        var current = Path.Combine(DataDir, spec.GetProperty("current").GetString()!);
        var columns = spec.GetProperty("columns").EnumerateArray().ToArray();
        var errors = new List<string>();

        // Default run: Evidently's type inference, default test, statistic, verdicts and our extra metrics.
        var report = (await Run(["drift", "--reference", reference, "--current", current, "--out", _dir.File(name + ".json")])).Drift!;
        Same(errors, "tested", spec.GetProperty("tested").GetInt32(), report.TestedColumns);
        Same(errors, "drifted", spec.GetProperty("drifted").GetInt32(), report.DriftedColumns);
        Close(errors, "share", spec.GetProperty("share").GetDouble(), report.Share);
        Same(errors, "datasetDrift", spec.GetProperty("datasetDrift").GetBoolean(), report.DatasetDrift);
        foreach (var ec in columns)
        {
            var column = ec.GetProperty("name").GetString()!;
            var actual = report.Columns.SingleOrDefault(c => c.Name == column);
            if (actual is null)
            {
                errors.Add($"{column}: column missing");
                continue;
            }

            Same(errors, column + ".kind", ec.GetProperty("kind").GetString(), actual.Kind == DriftColumnKind.Numerical ? "numerical" : "categorical");
            Same(errors, column + ".referenceUsed", ec.GetProperty("referenceUsed").GetInt64(), actual.ReferenceUsed);
            Same(errors, column + ".currentUsed", ec.GetProperty("currentUsed").GetInt64(), actual.CurrentUsed);
            Same(errors, column + ".uniqueValues", ec.GetProperty("uniqueValues").GetInt64(), actual.UniqueValues);
            var method = ec.GetProperty("defaultMethod").GetString()!;
            Same(errors, column + ".defaultMethod", method, actual.MethodName);
            Close(errors, column + ".statistic", Number(ec.GetProperty("statistic")), actual.Statistic);
            Same(errors, column + ".drifted", ec.GetProperty("drifted").GetBoolean(), actual.Drifted);
            if (method == "ks")
            {
                Same(errors, column + ".ksDetail", ec.GetProperty("ksDetail").GetString(), actual.Detail);
            }

            var methods = ec.GetProperty("methods");
            var extra = actual.Extra!;
            Close(errors, column + ".extra.psi", Number(methods.GetProperty("psi")), extra.Psi);
            Close(errors, column + ".extra.kl_div", Number(methods.GetProperty("kl_div")), extra.KlDivergence);
            Close(errors, column + ".extra.jensenshannon", Number(methods.GetProperty("jensenshannon")), extra.JensenShannon);
            Close(errors, column + ".extra.hellinger", Number(methods.GetProperty("hellinger")), extra.Hellinger);
            if (methods.TryGetProperty("wasserstein", out var wasserstein))
            {
                Close(errors, column + ".extra.wasserstein", Number(wasserstein), extra.WassersteinNormed);
            }
        }

        // Every applicable Evidently method forced per column (--column-stattest), one run per method.
        var byMethod = columns
            .SelectMany(c => c.GetProperty("methods").EnumerateObject().Select(m => (Method: m.Name, Column: c)))
            .GroupBy(x => x.Method, StringComparer.Ordinal);
        foreach (var group in byMethod)
        {
            var names = group.Select(x => x.Column.GetProperty("name").GetString()!).ToArray();
            var args = new List<string> { "drift", "--reference", reference, "--current", current, "--no-extra-metrics", "--out", _dir.File($"{name}.{group.Key}.json") };
            args.AddRange(["--columns", string.Join(',', names)]);
            foreach (var column in names)
            {
                args.AddRange(["--column-stattest", column + "=" + group.Key]);
            }

            var forced = await TryRun(args);
            if (forced is null)
            {
                errors.Add($"method {group.Key}: the run failed for columns {string.Join(',', names)}");
                continue;
            }

            foreach (var (_, ec) in group)
            {
                var column = ec.GetProperty("name").GetString()!;
                var actual = forced.Drift!.Columns.Single(c => c.Name == column);
                Close(errors, $"{column}.{group.Key}", Number(ec.GetProperty("methods").GetProperty(group.Key)), actual.Statistic);
                if (group.Key == "ks")
                {
                    Same(errors, column + ".ks.detail", ec.GetProperty("ksDetail").GetString(), actual.Detail);
                }
            }
        }

        Assert.True(errors.Count == 0, $"{name}: {errors.Count} disagreement(s) with Evidently:\n" + string.Join('\n', errors));
    }

    private static TheoryData<string> Names(string kind)
    {
        var data = new TheoryData<string>();
        foreach (var d in Expected.Value.RootElement.GetProperty(kind).EnumerateArray())
        {
            data.Add(d.GetProperty("name").GetString()!);
        }

        return data;
    }

    private static JsonElement Dataset(string kind, string name) =>
        Expected.Value.RootElement.GetProperty(kind).EnumerateArray().Single(d => d.GetProperty("name").GetString() == name);

    private static async Task<EvidenceDocument> Run(IReadOnlyList<string> args) =>
        await TryRun(args) ?? throw new InvalidOperationException("CLI run failed: " + string.Join(' ', args));

    private static async Task<EvidenceDocument?> TryRun(IReadOnlyList<string> args)
    {
        var result = await CliHarness.RunAsync([.. args]);
        if (result.Code != 0)
        {
            TestContext.Current.SendDiagnosticMessage($"exit {result.Code}: {result.Err}");
            return null;
        }

        var outPath = args[args.ToList().IndexOf("--out") + 1];
        return EvidenceWriter.FromJson(await File.ReadAllTextAsync(outPath, TestContext.Current.CancellationToken));
    }

    /// <summary>A JSON number, or the strings "NaN", "Infinity", "-Infinity" the generator writes for non-finite values.</summary>
    private static double Number(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? double.Parse(e.GetString()!, CultureInfo.InvariantCulture) : e.GetDouble();

    private static double Metric(GroupMetrics g, string metric) => metric switch
    {
        "selectionRate" => g.SelectionRate,
        "truePositiveRate" => g.TruePositiveRate,
        "falsePositiveRate" => g.FalsePositiveRate,
        "falseNegativeRate" => g.FalseNegativeRate,
        "trueNegativeRate" => g.TrueNegativeRate,
        "positivePredictiveValue" => g.PositivePredictiveValue,
        "accuracy" => g.Accuracy,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, null),
    };

    /// <summary>
    /// Within 1e-9 absolute or relative. NaN matches NaN; infinities match exactly. The engine writes "not finite" as
    /// null for drift statistics and extras, so null matches a non-finite expectation.
    /// </summary>
    private static void Close(List<string> errors, string what, double expected, double? actual)
    {
        bool ok;
        if (actual is not { } a)
        {
            ok = !double.IsFinite(expected);
        }
        else if (double.IsNaN(expected) || double.IsNaN(a))
        {
            ok = double.IsNaN(expected) && double.IsNaN(a);
        }
        else if (double.IsInfinity(expected) || double.IsInfinity(a))
        {
            ok = expected.Equals(a);
        }
        else
        {
            var diff = Math.Abs(a - expected);
            ok = diff <= Tolerance || diff <= Tolerance * Math.Abs(expected);
        }

        if (!ok)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, engine {(actual is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "null")}"));
        }
    }

    private static void Same<T>(List<string> errors, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            errors.Add($"{what}: expected {expected}, engine {actual}");
        }
    }
}
