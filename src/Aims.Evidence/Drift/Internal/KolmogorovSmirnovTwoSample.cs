namespace Aims.Evidence.Drift.Internal;

/// <summary>
/// Two-sided two-sample Kolmogorov–Smirnov test with SciPy <c>ks_2samp(method="auto")</c> semantics: the exact
/// null distribution (lattice-path counting) when max(n1, n2) ≤ 10 000, otherwise <c>kstwo.sf(d, round(n1·n2/(n1+n2)))</c>;
/// an exact attempt whose result is not a probability falls back to the asymptotic branch with the rounded d.
/// </summary>
internal static class KolmogorovSmirnovTwoSample
{
    /// <summary>SciPy's <c>MAX_AUTO_N</c>.</summary>
    public const int MaxExactN = 10000;

    /// <summary>sup |F1 − F2| over two ascending-sorted samples, with ECDF differences formed as SciPy forms them.</summary>
    public static double Statistic(ReadOnlySpan<double> sorted1, ReadOnlySpan<double> sorted2)
    {
        int n1 = sorted1.Length;
        int n2 = sorted2.Length;
        double dn1 = n1;
        double dn2 = n2;
        int i = 0;
        int j = 0;
        double maxDiff = double.NegativeInfinity;
        double minDiff = double.PositiveInfinity;
        while (i < n1 || j < n2)
        {
            double v = i < n1 && (j >= n2 || sorted1[i] <= sorted2[j]) ? sorted1[i] : sorted2[j];
            while (i < n1 && sorted1[i] <= v)
            {
                i++;
            }

            while (j < n2 && sorted2[j] <= v)
            {
                j++;
            }

            double diff = (i / dn1) - (j / dn2);
            if (diff > maxDiff)
            {
                maxDiff = diff;
            }

            if (diff < minDiff)
            {
                minDiff = diff;
            }
        }

        double minS = Math.Clamp(-minDiff, 0.0, 1.0);
        return Math.Max(minS, maxDiff);
    }

    /// <summary>p-value for statistic <paramref name="d"/>; <paramref name="exact"/> tells which branch produced it.</summary>
    public static double PValue(double d, int n1, int n2, out bool exact)
    {
        exact = false;
        if (Math.Max(n1, n2) <= MaxExactN)
        {
            long g = Gcd(n1, n2);
            long lcm = n1 / g * n2;
            long h = (long)Math.Round(d * lcm, MidpointRounding.ToEven);
            d = h * 1.0 / lcm;
            if (h == 0)
            {
                exact = true;
                return 1.0;
            }

            double p = n1 == n2 ? ProbabilityOutsideSquare(n1, h) : ProbabilityOutsideBand(n1, n2, g, h);
            if (p >= 0 && p <= 1)
            {
                exact = true;
                return p;
            }
        }

        double m = Math.Max(n1, n2);
        double n = Math.Min(n1, n2);
        double en = m * n / (m + n);
        int effective = (int)Math.Round(en, MidpointRounding.ToEven);
        double sf = KolmogorovDistribution.TwoSidedSf(effective, d);
        return Math.Clamp(sf, 0.0, 1.0);
    }

    /// <summary>
    /// P(D ≥ h/n) for equal sizes: 2·Σ_k (−1)^(k+1) C(2n, n−kh)/C(2n, n), evaluated in nested (Horner) form so the
    /// alternating series does not cancel.
    /// </summary>
    internal static double ProbabilityOutsideSquare(long n, long h)
    {
        double p = 0.0;
        long k = n / h;
        while (k >= 0)
        {
            double a = 1.0;
            for (long j = 0; j < h; j++)
            {
                a = (n - (k * h) - j) * a / (n + (k * h) + j + 1);
            }

            p = a * (1.0 - p);
            k--;
        }

        return 2 * p;
    }

    /// <summary>
    /// Share of monotone lattice paths from (0,0) to (m,n) that touch |x·n/g − y·m/g| ≥ h, computed directly as a
    /// probability (Hodges' inside method recast for the complement, after Viehmann 2021): the value at a lattice
    /// point is the chance that a uniformly random path reaching it has already left the band.
    /// </summary>
    internal static double ProbabilityOutsideBand(long m, long n, long g, long h)
    {
        if (m < n)
        {
            (m, n) = (n, m);
        }

        long mg = m / g;
        long ng = n / g;

        // p[j] holds column i's value at height j; cells outside the previous column's band count as "already left" = 1.
        var p = new double[n + 1];
        long lastMin = 0;
        long lastMax = Math.Min(CeilDiv(h, mg), n + 1);
        for (long j = lastMin; j < lastMax; j++)
        {
            p[j] = 0.0;
        }

        long minJ = lastMin;
        long maxJ = lastMax;
        for (long i = 1; i <= m; i++)
        {
            minJ = Math.Min(Math.Max(FloorDiv((ng * i) - h, mg) + 1, 0), n);
            maxJ = Math.Min(CeilDiv((ng * i) + h, mg), n + 1);
            if (maxJ <= minJ)
            {
                return 1.0;
            }

            double below = minJ == 0 ? 0.0 : 1.0;
            double di = i;
            for (long j = minJ; j < maxJ; j++)
            {
                double left = j >= lastMin && j < lastMax ? p[j] : 1.0;
                below = ((left * di) + (below * j)) / (di + j);
                p[j] = below;
            }

            lastMin = minJ;
            lastMax = maxJ;
        }

        return p[maxJ - 1];
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    private static long CeilDiv(long a, long b) => -FloorDiv(-a, b);
}
