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
internal static partial class FairnessAnalyzer
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

    private static DisparityResult[] WithIntervals(IReadOnlyList<DisparityResult> descriptors, ConfidenceInterval?[]? intervals) =>
        descriptors.Select((d, i) => intervals is null ? d : d with { Ci = intervals[i] }).ToArray();
}
