namespace Aims.Evidence.Drift.Internal;

/// <summary>
/// Evidently's binning (<c>get_binned_data</c>) and the NumPy pieces it relies on: Sturges edges as
/// <c>np.histogram_bin_edges(…, "sturges")</c> builds them, histogram counts against explicit edges, zero filling.
/// </summary>
internal static class EvidentlyBinning
{
    /// <summary>Above this many distinct reference values a numerical column is binned with Sturges edges.</summary>
    public const int DistinctValuesForSturges = 20;

    /// <summary>
    /// Edges of <c>np.histogram_bin_edges(a, "sturges")</c> for a sample with the given min, max and size:
    /// width = ptp / (log2(size) + 1) (at least 1 for an integer dtype), bins = ⌈(max − min) / width⌉, edges from
    /// <c>np.linspace</c>; a constant sample gets one bin [v − 0.5, v + 0.5].
    /// </summary>
    public static double[] SturgesEdges(double min, double max, long size, bool integerDtype)
    {
        double ptp = max - min;
        double first = min;
        double last = max;
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }

        int bins;
        double width = ptp / (Math.Log2(size) + 1.0);
        if (width != 0)
        {
            if (integerDtype && width < 1)
            {
                width = 1;
            }

            bins = (int)Math.Ceiling((last - first) / width);
        }
        else
        {
            bins = 1;
        }

        return Linspace(first, last, bins + 1);
    }

    /// <summary><c>np.linspace(start, stop, num)</c> with endpoint: i·step + start, the last edge set to stop.</summary>
    public static double[] Linspace(double start, double stop, int num)
    {
        var y = new double[num];
        int div = num - 1;
        double delta = stop - start;
        double step = delta / div;
        for (int i = 0; i < num; i++)
        {
            y[i] = step == 0 ? (i / (double)div * delta) + start : (i * step) + start;
        }

        y[num - 1] = stop;
        return y;
    }

    /// <summary>
    /// <c>np.histogram(sorted, edges)</c> counts: bin i holds edges[i] ≤ x &lt; edges[i+1], the last bin also holds
    /// x = edges[^1]; values outside are not counted.
    /// </summary>
    public static void CountIntoEdges(ReadOnlySpan<double> sorted, ReadOnlySpan<double> edges, Span<long> counts)
    {
        int bins = edges.Length - 1;
        long previous = LowerBound(sorted, edges[0]);
        for (int i = 0; i < bins; i++)
        {
            long next = i == bins - 1 ? UpperBound(sorted, edges[i + 1]) : LowerBound(sorted, edges[i + 1]);
            counts[i] = next - previous;
            previous = next;
        }
    }

    /// <summary>
    /// Evidently zero filling, applied to one array: zeros become min_nonzero / 10^6 when min_nonzero ≤ 1e-4, else 1e-4.
    /// The array is not renormalised.
    /// </summary>
    public static void FillZeroes(Span<double> proportions)
    {
        double minNonZero = double.PositiveInfinity;
        bool anyZero = false;
        foreach (double p in proportions)
        {
            if (p == 0)
            {
                anyZero = true;
            }
            else if (p < minNonZero)
            {
                minNonZero = p;
            }
        }

        if (!anyZero || double.IsPositiveInfinity(minNonZero))
        {
            return;
        }

        double fill = minNonZero <= 0.0001 ? minNonZero / 1e6 : 0.0001;
        for (int i = 0; i < proportions.Length; i++)
        {
            if (proportions[i] == 0)
            {
                proportions[i] = fill;
            }
        }
    }

    /// <summary>Proportions count / n.</summary>
    public static double[] Proportions(ReadOnlySpan<long> counts, long n)
    {
        var result = new double[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            result[i] = counts[i] / (double)n;
        }

        return result;
    }

    /// <summary>Number of elements strictly less than <paramref name="value"/>.</summary>
    public static int LowerBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0;
        int hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Number of elements less than or equal to <paramref name="value"/>.</summary>
    public static int UpperBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0;
        int hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
