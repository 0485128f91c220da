namespace Aims.Evidence.Drift.Internal;

/// <summary>
/// PSI with reference-quantile bins (the credit-risk convention; not an Evidently method). Interior edges are the
/// reference quantiles at i/B (NumPy's default linear interpolation), duplicates merged; bins are right-closed with
/// open outer ends, (−∞, e1], (e1, e2], …, (ek, +∞), so current values outside the reference range still count.
/// Empty-bin proportions are replaced by epsilon on both sides; PSI = Σ (c − r)·ln(c / r).
/// </summary>
internal static class QuantilePsi
{
    public static double Compute(ReadOnlySpan<double> sortedRef, ReadOnlySpan<double> sortedCur, int bins, double epsilon, out int binsUsed)
    {
        var edges = new List<double>(bins);
        int n = sortedRef.Length;
        for (int i = 1; i < bins; i++)
        {
            double q = Quantile(sortedRef, i / (double)bins);
            if (edges.Count == 0 || q > edges[^1])
            {
                edges.Add(q);
            }
        }

        binsUsed = edges.Count + 1;
        var refCounts = new long[binsUsed];
        var curCounts = new long[binsUsed];
        Count(sortedRef, edges, refCounts);
        Count(sortedCur, edges, curCounts);
        return FromCounts(refCounts, curCounts, n, sortedCur.Length, epsilon);
    }

    /// <summary>PSI over given bins (categories for a categorical column) with epsilon for empty bins.</summary>
    public static double FromCounts(ReadOnlySpan<long> refCounts, ReadOnlySpan<long> curCounts, long nRef, long nCur, double epsilon)
    {
        var sum = default(CompensatedSum);
        for (int i = 0; i < refCounts.Length; i++)
        {
            double r = refCounts[i] == 0 ? epsilon : refCounts[i] / (double)nRef;
            double c = curCounts[i] == 0 ? epsilon : curCounts[i] / (double)nCur;
            sum.Add((c - r) * Math.Log(c / r));
        }

        return sum.Value;
    }

    /// <summary>Conventional band for a PSI value.</summary>
    public static string Band(double psi) => psi < 0.1 ? "stable" : (psi <= 0.25 ? "moderate" : "significant");

    /// <summary>NumPy <c>quantile(…, method="linear")</c> on a sorted sample.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double probability)
    {
        double h = (sorted.Length - 1) * probability;
        int lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        double frac = h - lo;
        return sorted[lo] + (frac * (sorted[lo + 1] - sorted[lo]));
    }

    private static void Count(ReadOnlySpan<double> sorted, List<double> edges, Span<long> counts)
    {
        long previous = 0;
        for (int i = 0; i < edges.Count; i++)
        {
            long upTo = EvidentlyBinning.UpperBound(sorted, edges[i]);
            counts[i] = upTo - previous;
            previous = upTo;
        }

        counts[edges.Count] = sorted.Length - previous;
    }
}
