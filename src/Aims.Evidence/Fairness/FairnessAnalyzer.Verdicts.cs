using System.Globalization;
using Aims.Evidence.Documents;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Aims.Evidence.Fairness;

/// <summary>The verdicts: Aequitas-style parity per metric, the threshold judgement of each group, and the warnings about small groups.</summary>
internal static partial class FairnessAnalyzer
{
    private static readonly (string Name, string Metric)[] AequitasBase =
    [
        ("statisticalParity", "ppr"), ("impactParity", "pprev"), ("precisionParity", "precision"), ("fdrParity", "fdr"),
        ("forParity", "for"), ("fprParity", "fpr"), ("fnrParity", "fnr"), ("tprParity", "tpr"), ("tnrParity", "tnr"),
        ("npvParity", "npv"),
    ];

    private static readonly (string Name, string A, string B)[] AequitasCombined =
    [
        ("typeIParity", "fdrParity", "fprParity"), ("typeIIParity", "forParity", "fnrParity"),
        ("equalizedOdds", "fprParity", "tprParity"), ("unsupervisedFairness", "statisticalParity", "impactParity"),
        ("supervisedFairness", "typeIParity", "typeIIParity"),
    ];

    private static AequitasParity AequitasParities(IReadOnlyList<DisparityResult> disparities, FairnessOptions options)
    {
        var byGroup = disparities.Where(d => d.Convention == DisparityEngine.Aequitas).GroupBy(d => d.Group!, StringComparer.Ordinal);
        var groups = new List<AequitasGroupParity>();
        foreach (var g in byGroup)
        {
            var parities = new Dictionary<string, bool?>(StringComparer.Ordinal);
            foreach (var (name, metric) in AequitasBase)
            {
                var d = g.First(x => x.BaseMetric == metric).Value;
                parities[name] = double.IsNaN(d) ? null : d >= options.AequitasTau && d <= 1 / options.AequitasTau;
            }

            foreach (var (name, a, b) in AequitasCombined)
            {
                parities[name] = And(parities[a], parities[b]);
            }

            groups.Add(new AequitasGroupParity(g.Key, parities));
        }

        var overall = new Dictionary<string, bool?>(StringComparer.Ordinal);
        foreach (var name in AequitasBase.Select(b => b.Name).Concat(AequitasCombined.Select(c => c.Name)))
        {
            var values = groups.Select(g => g.Parities[name]).ToArray();
            overall[name] = values.Any(v => v == false) ? false : values.Any(v => v == true) ? true : null;
        }

        return new AequitasParity(options.AequitasTau, options.AequitasFillDivByZero, groups, overall);
    }

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;

    private static void Judge(Grouping grouping, ConfusionCounts[] groups, in ConfusionCounts overall, int reference, FairnessOptions options, List<Verdict> verdicts)
    {
        // Verdicts only look at groups large enough to be trusted; the reported disparities still use all groups.
        var keep = Enumerable.Range(0, groups.Length).Where(i => groups[i].Count >= options.MinGroupSize).ToArray();
        var excluded = Enumerable.Range(0, groups.Length).Where(i => groups[i].Count < options.MinGroupSize).Select(i => grouping.Labels[i]!).ToArray();
        var filtered = keep.Select(i => groups[i]).ToArray();
        var filteredReference = Array.IndexOf(keep, reference);
        var sink = new DisparitySink(describe: true);
        DisparityEngine.Compute(filtered, overall, filteredReference, keep.Select(i => grouping.Labels[i]).ToArray(), options, sink);

        foreach (var t in options.Thresholds)
        {
            var match = sink.Descriptors.FirstOrDefault(d => d.Metric == t.Metric && d.Convention == t.Convention && d.Method == t.Method && d.Agg == t.Agg);
            double? value = match?.Value;
            var insufficient = keep.Length < 2 || (t.Convention == DisparityEngine.Aif360 && filteredReference < 0);
            string status;
            if (insufficient)
            {
                status = "insufficientData";
                value = null;
            }
            else if (value is null || double.IsNaN(value.Value))
            {
                status = "undefined";
                value = null;
            }
            else
            {
                var v = value.Value;
                var pass = t.Operator switch
                {
                    "within" => v >= t.Value && v <= 1 / t.Value,
                    ">=" => v >= t.Value,
                    "abs<=" => Math.Abs(v) <= t.Value,
                    _ => v <= t.Value,
                };
                status = pass ? "pass" : "breach";
            }

            verdicts.Add(new Verdict(grouping.Name, t.Metric, t.Convention, t.Method, t.Agg, t.Operator, t.Value, value, status, excluded));
        }
    }

    private static void Warn(Grouping grouping, ConfusionCounts[] groups, int minGroupSize, List<string> warnings)
    {
        var small = Enumerable.Range(0, groups.Length).Where(i => groups[i].Count < minGroupSize).Select(i => grouping.Labels[i]).ToArray();
        if (small.Length > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{grouping.Name}: {small.Length} group(s) below the minimum group size {minGroupSize} (insufficient data, excluded from verdicts): {string.Join(", ", small.Take(10))}{(small.Length > 10 ? ", …" : string.Empty)}."));
        }

        var noPositives = Enumerable.Range(0, groups.Length).Where(i => groups[i].Tp + groups[i].Fn == 0).Select(i => grouping.Labels[i]).ToArray();
        if (noPositives.Length > 0)
        {
            warnings.Add($"{grouping.Name}: group(s) without actual positives, TPR/FNR reported as 0 (Fairlearn), NaN under AIF360/Aequitas: {string.Join(", ", noPositives.Take(10))}.");
        }

        var noNegatives = Enumerable.Range(0, groups.Length).Where(i => groups[i].Tn + groups[i].Fp == 0).Select(i => grouping.Labels[i]).ToArray();
        if (noNegatives.Length > 0)
        {
            warnings.Add($"{grouping.Name}: group(s) without actual negatives, FPR/TNR reported as 0 (Fairlearn), NaN under AIF360/Aequitas: {string.Join(", ", noNegatives.Take(10))}.");
        }

        if (grouping.EmptyCount > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{grouping.Name}: {grouping.EmptyCount} empty intersection(s) ignored, as Fairlearn does."));
        }
    }
}
