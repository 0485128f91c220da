using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Aims.Evidence.Drift.Internal;

/// <summary>The drift tests and distances, each written to reproduce the SciPy / Evidently function named in its summary.</summary>
internal static class DriftStatistics
{
    /// <summary>
    /// Evidently <c>chisquare</c>: f_exp = ref_count · (n_cur / n_ref), f_obs = cur_count over the union of categories,
    /// then SciPy <c>chisquare</c> (df = k − 1). A category absent from the reference gives an infinite statistic, p = 0.
    /// Returns NaN when there is a single category (df = 0), as SciPy does.
    /// </summary>
    public static double ChiSquarePValue(ReadOnlySpan<long> refCounts, ReadOnlySpan<long> curCounts, long nRef, long nCur)
    {
        double kNorm = (double)nCur / nRef;
        var stat = default(CompensatedSum);
        bool infinite = false;
        for (int i = 0; i < refCounts.Length; i++)
        {
            double expected = refCounts[i] * kNorm;
            double observed = curCounts[i];
            if (expected == 0)
            {
                if (observed != 0)
                {
                    infinite = true;
                }

                continue;
            }

            double diff = observed - expected;
            stat.Add(diff * diff / expected);
        }

        int df = refCounts.Length - 1;
        if (df <= 0)
        {
            return double.NaN;
        }

        if (infinite)
        {
            return 0.0;
        }

        double s = stat.Value;
        return s <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, s / 2.0);
    }

    /// <summary>
    /// Evidently <c>z</c>: two-proportion z-test on "value ≠ first sorted category", p = 2·(1 − Φ(|z|)) (computed as
    /// Evidently does, so it reaches exactly 0 in the far tail); p = 1 when both sides hold the same single value.
    /// </summary>
    public static double ZTestPValue(ReadOnlySpan<long> refCounts, ReadOnlySpan<long> curCounts, long nRef, long nCur)
    {
        int refDistinct = 0;
        int curDistinct = 0;
        int refOnly = -1;
        int curOnly = -1;
        for (int i = 0; i < refCounts.Length; i++)
        {
            if (refCounts[i] > 0)
            {
                refDistinct++;
                refOnly = i;
            }

            if (curCounts[i] > 0)
            {
                curDistinct++;
                curOnly = i;
            }
        }

        if (refDistinct == 1 && curDistinct == 1 && refOnly == curOnly)
        {
            return 1.0;
        }

        double n1 = nRef;
        double n2 = nCur;
        double p1 = (double)(nRef - refCounts[0]) / n1;
        double p2 = (double)(nCur - curCounts[0]) / n2;
        double pooled = ((p1 * n1) + (p2 * n2)) / (n1 + n2);
        double z = (p1 - p2) / Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        return 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)));
    }

    /// <summary>SciPy <c>wasserstein_distance</c> (1-D): ∫|F_ref − F_cur| over two ascending-sorted samples.</summary>
    public static double Wasserstein(ReadOnlySpan<double> sorted1, ReadOnlySpan<double> sorted2)
    {
        int n1 = sorted1.Length;
        int n2 = sorted2.Length;
        double dn1 = n1;
        double dn2 = n2;
        int i = 0;
        int j = 0;
        var total = default(CompensatedSum);
        double v = Math.Min(sorted1[0], sorted2[0]);
        while (true)
        {
            while (i < n1 && sorted1[i] <= v)
            {
                i++;
            }

            while (j < n2 && sorted2[j] <= v)
            {
                j++;
            }

            if (i >= n1 && j >= n2)
            {
                break;
            }

            double next = i < n1 && (j >= n2 || sorted1[i] <= sorted2[j]) ? sorted1[i] : sorted2[j];
            total.Add(Math.Abs((i / dn1) - (j / dn2)) * (next - v));
            v = next;
        }

        return total.Value;
    }

    /// <summary>NumPy <c>np.std</c> with ddof = 0 (two-pass, compensated).</summary>
    public static double PopulationStd(ReadOnlySpan<double> values)
    {
        var sum = default(CompensatedSum);
        for (int i = 0; i < values.Length; i++)
        {
            sum.Add(values[i]);
        }

        double mean = sum.Value / values.Length;
        var squares = default(CompensatedSum);
        for (int i = 0; i < values.Length; i++)
        {
            double d = values[i] - mean;
            squares.Add(d * d);
        }

        return Math.Sqrt(squares.Value / values.Length);
    }

    /// <summary>Evidently <c>wasserstein</c>: distance / max(population std of reference, 0.001).</summary>
    public static double WassersteinNormed(ReadOnlySpan<double> sortedRef, ReadOnlySpan<double> sortedCur) =>
        Wasserstein(sortedRef, sortedCur) / Math.Max(PopulationStd(sortedRef), 0.001);

    /// <summary>Evidently <c>psi</c>: Σ (r − c)·ln(r / c) on zero-filled, non-renormalised proportions.</summary>
    public static double Psi(ReadOnlySpan<double> reference, ReadOnlySpan<double> current)
    {
        var sum = default(CompensatedSum);
        for (int i = 0; i < reference.Length; i++)
        {
            sum.Add((reference[i] - current[i]) * Math.Log(reference[i] / current[i]));
        }

        return sum.Value;
    }

    /// <summary>SciPy <c>entropy(p, q)</c>: both renormalised to sum 1, then Σ rel_entr(p, q), natural log.</summary>
    public static double KullbackLeibler(ReadOnlySpan<double> p, ReadOnlySpan<double> q)
    {
        double sp = Sum(p);
        double sq = Sum(q);
        var sum = default(CompensatedSum);
        for (int i = 0; i < p.Length; i++)
        {
            sum.Add(RelativeEntropy(p[i] / sp, q[i] / sq));
        }

        return sum.Value;
    }

    /// <summary>SciPy <c>jensenshannon(p, q)</c>, natural log: √((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q)/2 after renormalising.</summary>
    public static double JensenShannon(ReadOnlySpan<double> p, ReadOnlySpan<double> q)
    {
        double sp = Sum(p);
        double sq = Sum(q);
        var left = default(CompensatedSum);
        var right = default(CompensatedSum);
        for (int i = 0; i < p.Length; i++)
        {
            double pi = p[i] / sp;
            double qi = q[i] / sq;
            double m = (pi + qi) / 2.0;
            left.Add(RelativeEntropy(pi, m));
            right.Add(RelativeEntropy(qi, m));
        }

        return Math.Sqrt((left.Value + right.Value) / 2.0);
    }

    /// <summary>Evidently categorical Hellinger: √(1 − clip(Σ √(p·q), 0, 1)) with p, q = count / n.</summary>
    public static double HellingerCategorical(ReadOnlySpan<long> refCounts, ReadOnlySpan<long> curCounts, long nRef, long nCur)
    {
        var sum = default(CompensatedSum);
        for (int i = 0; i < refCounts.Length; i++)
        {
            double p1 = (double)refCounts[i] / nRef;
            double p2 = (double)curCounts[i] / nCur;
            sum.Add(Math.Sqrt(p1 * p2));
        }

        return Math.Sqrt(1 - Math.Clamp(sum.Value, 0.0, 1.0));
    }

    /// <summary>
    /// Evidently numerical Hellinger: Sturges edges over the distinct values of ref ∪ cur, density histograms of each
    /// sample, Σ √(h1·h2)·w with w the mean bin width, then √(1 − clip(·, 0, 1)).
    /// </summary>
    public static double HellingerNumerical(ReadOnlySpan<double> sortedRef, ReadOnlySpan<double> sortedCur, ReadOnlySpan<double> edges)
    {
        int bins = edges.Length - 1;
        var refCounts = new long[bins];
        var curCounts = new long[bins];
        EvidentlyBinning.CountIntoEdges(sortedRef, edges, refCounts);
        EvidentlyBinning.CountIntoEdges(sortedCur, edges, curCounts);
        long refTotal = 0;
        long curTotal = 0;
        for (int i = 0; i < bins; i++)
        {
            refTotal += refCounts[i];
            curTotal += curCounts[i];
        }

        double width = (edges[^1] - edges[0]) / bins;
        var sum = default(CompensatedSum);
        for (int i = 0; i < bins; i++)
        {
            double db = edges[i + 1] - edges[i];
            double h1 = refCounts[i] / db / refTotal;
            double h2 = curCounts[i] / db / curTotal;
            sum.Add(Math.Sqrt(h1 * h2) * width);
        }

        return Math.Sqrt(1 - Math.Clamp(sum.Value, 0.0, 1.0));
    }

    /// <summary>SciPy <c>rel_entr</c>.</summary>
    private static double RelativeEntropy(double x, double y)
    {
        if (x > 0 && y > 0)
        {
            return x * Math.Log(x / y);
        }

        return x == 0 && y >= 0 ? 0.0 : double.PositiveInfinity;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = default(CompensatedSum);
        for (int i = 0; i < values.Length; i++)
        {
            sum.Add(values[i]);
        }

        return sum.Value;
    }
}
