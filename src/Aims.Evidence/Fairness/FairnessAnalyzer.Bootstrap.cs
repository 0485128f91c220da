using System.Globalization;
using Aims.Evidence.Documents;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Aims.Evidence.Fairness;

/// <summary>Bootstrap confidence intervals for the group metrics and disparity indices (percentile method).</summary>
internal static partial class FairnessAnalyzer
{
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
}
