using System.Globalization;
using Aims.Evidence.Documents;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Aims.Evidence.Fairness;

/// <summary>
/// Turns per-intersection confusion counts into the fairness report: base metrics per group, the Fairlearn, AIF360 and
/// Aequitas disparities, bootstrap intervals and verdicts.
/// </summary>
internal static class FairnessAnalyzer
{
    public const string MissingLabel = "(missing)";
    public const string BootstrapMethod = "poisson-cell-bootstrap";
    private const int MaxEmptyExamples = 100;

    public static FairnessReport Analyze(
        FairnessCounts counts,
        FairnessOptions options,
        string positiveLabel,
        List<Verdict> verdicts,
        List<string> warnings)
    {
        // Canonical cell order (by values): bootstrap draws are assigned to cells in this order, so intervals do not
        // depend on the order in which groups first appeared in the file.
        counts = counts with
        {
            Cells = counts.Cells
                .OrderBy(c => c.Codes.Select((code, a) => counts.Values[a][code]).ToArray(), Comparer<string?[]>.Create(CompareValues))
                .ToArray(),
        };
        var cells = counts.Cells.Select(c => c.Counts).ToArray();
        var overall = counts.Total();
        var groupings = BuildGroupings(counts, options.MissingPolicy);
        var reports = new List<GroupingReport>(groupings.Count);
        var sinks = new List<DisparitySink>(groupings.Count);
        var references = new List<(int Index, string Method)>(groupings.Count);

        foreach (var grouping in groupings)
        {
            var groups = grouping.Aggregate(cells);
            var reference = ChooseReference(counts, grouping, groups, options);
            references.Add(reference);
            var sink = new DisparitySink(describe: true);
            DisparityEngine.Compute(groups, overall, reference.Index, grouping.Labels, options, sink);
            sinks.Add(sink);
        }

        var indexSink = new DisparitySink(describe: true);
        EmitIndices(overall, options.EntropyAlpha, indexSink);

        var intervals = Bootstrap(cells, groupings, references, options, sinks, indexSink);

        for (var k = 0; k < groupings.Count; k++)
        {
            var grouping = groupings[k];
            var groups = grouping.Aggregate(cells);
            var disparities = WithIntervals(sinks[k].Descriptors, intervals?.Groupings[k]);
            reports.Add(new GroupingReport
            {
                Name = grouping.Name,
                Attributes = grouping.Attributes.Select(a => counts.Attributes[a]).ToArray(),
                Groups = groups.Select((g, i) => Metrics(grouping.Labels[i]!, grouping.GroupValues[i], g, options.MinGroupSize)).ToArray(),
                EmptyIntersections = new EmptyIntersections(grouping.EmptyCount, grouping.EmptyExamples),
                RowsOutsideGroups = overall.Count - groups.Sum(g => g.Count),
                ReferenceGroup = references[k].Index >= 0 ? grouping.Labels[references[k].Index] : null,
                ReferenceGroupMethod = references[k].Method,
                Disparities = disparities,
                Aequitas = AequitasParities(disparities, options),
            });
            Judge(grouping, groups, overall, references[k].Index, options, verdicts);
            Warn(grouping, groups, options.MinGroupSize, warnings);
        }

        return new FairnessReport
        {
            PositiveLabel = positiveLabel,
            SensitiveAttributes = counts.Attributes,
            MissingPolicy = PolicyName(options.MissingPolicy),
            MinGroupSize = options.MinGroupSize,
            Overall = Metrics("overall", [], overall, options.MinGroupSize),
            Indices = WithIntervals(indexSink.Descriptors, intervals?.Indices),
            Groupings = reports,
            Bootstrap = new BootstrapInfo(options.BootstrapIterations, options.BootstrapSeed, options.ConfidenceLevel, BootstrapMethod),
        };
    }

    public static string PolicyName(MissingValuePolicy policy) => policy switch
    {
        MissingValuePolicy.Drop => "drop",
        MissingValuePolicy.Exclude => "exclude",
        _ => "group",
    };

    public static string Label(IEnumerable<string?> values) => string.Join(" | ", values.Select(v => v ?? MissingLabel));

    private static void EmitIndices(in ConfusionCounts overall, double alpha, DisparitySink sink)
    {
        var ge = DisparityEngine.GeneralizedEntropy(overall, alpha);
        sink.Emit("generalizedEntropyIndex", DisparityEngine.Aif360, "benefit", null, null, "nan", null, ge);
        sink.Emit("theilIndex", DisparityEngine.Aif360, "benefit", null, null, "nan", null, DisparityEngine.GeneralizedEntropy(overall, 1));
        sink.Emit("coefficientOfVariation", DisparityEngine.Aif360, "benefit", null, null, "nan", null, Math.Sqrt(2 * DisparityEngine.GeneralizedEntropy(overall, 2)));
    }

    private static List<Grouping> BuildGroupings(FairnessCounts counts, MissingValuePolicy policy)
    {
        var attributes = counts.Attributes.Length;
        var result = new List<Grouping>();
        for (var a = 0; a < attributes; a++)
        {
            result.Add(BuildGrouping(counts, [a], policy));
        }

        if (attributes > 1)
        {
            result.Add(BuildGrouping(counts, Enumerable.Range(0, attributes).ToArray(), policy));
        }

        return result;
    }

    private static Grouping BuildGrouping(FairnessCounts counts, int[] attributes, MissingValuePolicy policy)
    {
        var keyToGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<(string?[] Values, int[] Codes)>();
        var cellKey = new int[counts.Cells.Count];
        for (var i = 0; i < counts.Cells.Count; i++)
        {
            var codes = attributes.Select(a => counts.Cells[i].Codes[a]).ToArray();
            var values = attributes.Select((a, j) => counts.Values[a][codes[j]]).ToArray();
            if (policy == MissingValuePolicy.Drop && values.Any(v => v is null))
            {
                cellKey[i] = -1;
                continue;
            }

            var key = string.Join('\u001f', codes.Select(c => c.ToString(CultureInfo.InvariantCulture)));
            if (!keyToGroup.TryGetValue(key, out var g))
            {
                g = keys.Count;
                keyToGroup.Add(key, g);
                keys.Add((values, codes));
            }

            cellKey[i] = g;
        }

        // Sort so that output (and group order in every computation) does not depend on row order or file format.
        var order = Enumerable.Range(0, keys.Count).ToArray();
        Array.Sort(order, (x, y) => CompareValues(keys[x].Values, keys[y].Values));
        var rank = new int[keys.Count];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        var cellToGroup = cellKey.Select(k => k < 0 ? -1 : rank[k]).ToArray();
        var groupValues = order.Select(i => keys[i].Values).ToList();

        // Cartesian product of each attribute's values (as Fairlearn's MultiIndex.from_product); absent ones are empty.
        long empty = 0;
        var examples = new List<string>();
        if (attributes.Length > 1)
        {
            var domains = attributes.Select(a => counts.Values[a]
                .Where(v => !(policy == MissingValuePolicy.Drop && v is null))
                .ToArray()).ToArray();
            long product = 1;
            foreach (var d in domains)
            {
                product = product > long.MaxValue / Math.Max(1, d.Length) ? long.MaxValue : product * d.Length;
            }

            empty = product - keys.Count;
            if (empty > 0)
            {
                var present = new HashSet<string>(groupValues.Select(v => Label(v)), StringComparer.Ordinal);
                foreach (var combo in Product(domains))
                {
                    var label = Label(combo);
                    if (!present.Contains(label))
                    {
                        examples.Add(label);
                        if (examples.Count >= MaxEmptyExamples)
                        {
                            break;
                        }
                    }
                }

                examples.Sort(StringComparer.Ordinal);
            }
        }

        return new Grouping
        {
            Name = string.Join(" & ", attributes.Select(a => counts.Attributes[a])),
            Attributes = attributes,
            GroupValues = groupValues,
            Labels = groupValues.Select(v => Label(v)).ToArray(),
            CellToGroup = cellToGroup,
            EmptyCount = empty,
            EmptyExamples = examples,
        };
    }

    private static IEnumerable<string?[]> Product(string?[][] domains)
    {
        var index = new int[domains.Length];
        if (domains.Any(d => d.Length == 0))
        {
            yield break;
        }

        while (true)
        {
            yield return domains.Select((d, i) => d[index[i]]).ToArray();
            var k = domains.Length - 1;
            while (k >= 0 && ++index[k] == domains[k].Length)
            {
                index[k] = 0;
                k--;
            }

            if (k < 0)
            {
                yield break;
            }
        }
    }

    private static int CompareValues(string?[] x, string?[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var c = (x[i], y[i]) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => string.CompareOrdinal(x[i], y[i]),
            };
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static (int Index, string Method) ChooseReference(FairnessCounts counts, Grouping grouping, ConfusionCounts[] groups, FairnessOptions options)
    {
        var names = grouping.Attributes.Select(a => counts.Attributes[a]).ToArray();
        if (names.All(options.ReferenceGroups.ContainsKey))
        {
            var wanted = names.Select(n => options.ReferenceGroups[n]).ToArray();
            for (var i = 0; i < grouping.GroupValues.Count; i++)
            {
                if (grouping.GroupValues[i].Select(v => v ?? MissingLabel).SequenceEqual(wanted, StringComparer.Ordinal))
                {
                    return (i, "predefined");
                }
            }

            if (grouping.Attributes.Length == 1)
            {
                throw new EvidenceInputException(
                    $"Reference group '{wanted[0]}' not found in '{names[0]}'. Groups found: {string.Join(", ", grouping.Labels.Take(20))}.");
            }
        }

        // Aequitas' default ("maj"): the largest group; ties go to the first in sorted order.
        var best = -1;
        for (var i = 0; i < groups.Length; i++)
        {
            if (best < 0 || groups[i].Count > groups[best].Count)
            {
                best = i;
            }
        }

        return (best, "majority");
    }

    private static GroupMetrics Metrics(string label, IReadOnlyList<string?> values, in ConfusionCounts c, int minGroupSize) => new()
    {
        Label = label,
        Values = values,
        Count = c.Count,
        Weight = c.Weight,
        TruePositives = c.WeightTp,
        FalsePositives = c.WeightFp,
        TrueNegatives = c.WeightTn,
        FalseNegatives = c.WeightFn,
        SelectionRate = Rates.SelectionRate(c),
        TruePositiveRate = Rates.Tpr(c),
        FalsePositiveRate = Rates.Fpr(c),
        FalseNegativeRate = Rates.Fnr(c),
        TrueNegativeRate = Rates.Tnr(c),
        PositivePredictiveValue = Rates.Ppv(c),
        Accuracy = Rates.Accuracy(c),
        BaseRate = Rates.BaseRate(c),
        Missing = values.Any(v => v is null),
        InsufficientData = c.Count < minGroupSize,
    };

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

    private sealed record Intervals(List<ConfidenceInterval?[]> Groupings, ConfidenceInterval?[] Indices);

    /// <summary>
    /// Poisson bootstrap on the confusion cells: resampling n rows with replacement gives each row a Poisson(1)
    /// multiplicity in the limit, so a cell holding n rows receives Poisson(n) rows. Weighted cells scale their weight
    /// sum by the drawn count / n (exact for constant weights within a cell). All groupings derive from the same
    /// resampled intersection cells, so they stay consistent within a replicate.
    /// </summary>
    private static Intervals? Bootstrap(
        ConfusionCounts[] cells,
        List<Grouping> groupings,
        List<(int Index, string Method)> references,
        FairnessOptions options,
        List<DisparitySink> sinks,
        DisparitySink indexSink)
    {
        var iterations = options.BootstrapIterations;
        if (iterations <= 0)
        {
            return null;
        }

        var rng = new Xoshiro256StarStar(options.BootstrapSeed, threadSafe: false);
        var replicates = groupings.Select((_, k) => new double[sinks[k].Values.Count][]).ToList();
        for (var k = 0; k < groupings.Count; k++)
        {
            for (var j = 0; j < replicates[k].Length; j++)
            {
                replicates[k][j] = new double[iterations];
            }
        }

        var indexReplicates = indexSink.Values.Select(_ => new double[iterations]).ToArray();

        // The draws come from one seeded stream in a fixed order, so they are taken first, on one thread; the metrics
        // of each replicate depend only on its own draws and go to its own slot, so they can be computed on every core
        // with the same result.
        var draws = new ConfusionCounts[iterations][];
        for (var it = 0; it < iterations; it++)
        {
            var resampled = draws[it] = new ConfusionCounts[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                ref readonly var c = ref cells[i];
                (resampled[i].Tn, resampled[i].WeightTn) = Draw(rng, c.Tn, c.WeightTn);
                (resampled[i].Fp, resampled[i].WeightFp) = Draw(rng, c.Fp, c.WeightFp);
                (resampled[i].Fn, resampled[i].WeightFn) = Draw(rng, c.Fn, c.WeightFn);
                (resampled[i].Tp, resampled[i].WeightTp) = Draw(rng, c.Tp, c.WeightTp);
            }
        }

        Parallel.For(
            0,
            iterations,
            () => new DisparitySink(describe: false),
            (it, _, sink) =>
            {
                var resampled = draws[it];
                var overall = default(ConfusionCounts);
                foreach (ref readonly var c in resampled.AsSpan())
                {
                    overall.Add(c);
                }

                for (var k = 0; k < groupings.Count; k++)
                {
                    sink.Reset();
                    DisparityEngine.Compute(groupings[k].Aggregate(resampled), overall, references[k].Index, groupings[k].Labels, options, sink);
                    for (var j = 0; j < sink.Values.Count; j++)
                    {
                        replicates[k][j][it] = sink.Values[j];
                    }
                }

                sink.Reset();
                EmitIndices(overall, options.EntropyAlpha, sink);
                for (var j = 0; j < sink.Values.Count; j++)
                {
                    indexReplicates[j][it] = sink.Values[j];
                }

                return sink;
            },
            _ => { });

        return new Intervals(
            replicates.Select(r => Percentiles(r, options.ConfidenceLevel)).ToList(),
            Percentiles(indexReplicates, options.ConfidenceLevel));
    }

    private static (long Count, double Weight) Draw(Random rng, long count, double weight)
    {
        if (count == 0)
        {
            return (0, 0);
        }

        long k = Poisson.Sample(rng, count);
        return (k, weight * k / count);
    }

    /// <summary>The percentile interval of each metric's replicates; metrics are independent, so they spread over the cores.</summary>
    private static ConfidenceInterval?[] Percentiles(double[][] replicates, double level)
    {
        var intervals = new ConfidenceInterval?[replicates.Length];
        Parallel.For(0, replicates.Length, j => intervals[j] = Percentile(replicates[j], level));
        return intervals;
    }

    /// <summary>The interval over the finite replicates; NaN and ±inf ones are left out.</summary>
    private static ConfidenceInterval? Percentile(double[] values, double level)
    {
        var count = 0;
        foreach (var v in values)
        {
            count += double.IsFinite(v) ? 1 : 0;
        }

        if (count == 0)
        {
            return null;
        }

        var finite = new double[count];
        count = 0;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                finite[count++] = v;
            }
        }

        var alpha = (1 - level) / 2;
        return new ConfidenceInterval(Quantile(finite, alpha), Quantile(finite, 1 - alpha), level, finite.Length);
    }

    /// <summary>
    /// Linear interpolation between order statistics (numpy's default percentile method). The two order statistics are
    /// found by selection rather than a full sort: a Native AOT build sorts doubles through an interface comparer, which
    /// made sorting every replicate array the largest cost of the bootstrap. <paramref name="values"/> is reordered.
    /// </summary>
    private static double Quantile(double[] values, double q)
    {
        var pos = (values.Length - 1) * q;
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, values.Length - 1);
        var low = ArrayStatistics.OrderStatisticInplace(values, lo + 1); // orders count from 1
        var high = hi == lo ? low : ArrayStatistics.OrderStatisticInplace(values, hi + 1);
        return low + ((high - low) * (pos - lo));
    }

    private static DisparityResult[] WithIntervals(IReadOnlyList<DisparityResult> descriptors, ConfidenceInterval?[]? intervals) =>
        descriptors.Select((d, i) => intervals is null ? d : d with { Ci = intervals[i] }).ToArray();
}
