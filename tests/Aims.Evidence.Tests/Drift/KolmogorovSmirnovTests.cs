using Aims.Evidence.Drift;
using Aims.Evidence.Drift.Internal;
using static Aims.Evidence.Tests.Drift.DriftTestData;

namespace Aims.Evidence.Tests.Drift;

/// <summary>
/// The KS p-value checked independently: exact two-sample values by enumerating every arrangement of the pooled
/// sample, the one-sample distribution against closed forms at the ends of its range and across algorithms.
/// </summary>
public sealed class KolmogorovSmirnovTests
{
    /// <summary>Brute force: share of all C(n1+n2, n1) labelings whose D·lcm reaches the observed one.</summary>
    private static double EnumeratedPValue(int n1, int n2, long observedScaled)
    {
        int total = n1 + n2;
        long lcm = n1 / Gcd(n1, n2) * n2;
        long hits = 0;
        long all = 0;
        for (long mask = 0; mask < (1L << total); mask++)
        {
            if (long.PopCount(mask) != n1)
            {
                continue;
            }

            all++;
            long c1 = 0;
            long c2 = 0;
            long max = 0;
            for (int pos = 0; pos < total; pos++)
            {
                if ((mask & (1L << pos)) != 0)
                {
                    c1++;
                }
                else
                {
                    c2++;
                }

                long diff = Math.Abs((c1 * (lcm / n1)) - (c2 * (lcm / n2)));
                max = Math.Max(max, diff);
            }

            if (max >= observedScaled)
            {
                hits++;
            }
        }

        return (double)hits / all;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    public static TheoryData<int, int> Sizes() => new() { { 3, 4 }, { 5, 5 }, { 4, 6 }, { 6, 9 }, { 8, 8 }, { 7, 10 }, { 2, 12 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void ExactPValueEqualsEnumerationForEveryAttainableStatistic(int n1, int n2)
    {
        long lcm = n1 / Gcd(n1, n2) * n2;
        for (long h = 1; h <= lcm; h++)
        {
            double expected = EnumeratedPValue(n1, n2, h);
            double d = h / (double)lcm;
            double p = KolmogorovSmirnovTwoSample.PValue(d, n1, n2, out bool exact);
            if (exact)
            {
                Assert.Equal(expected, p, 1e-12);
            }
            else
            {
                // SciPy's rule: an exact result that rounds outside [0, 1] (here 2·P = 1 + ulp for D = 1/n) falls
                // back to kstwo.sf(d, round(n1·n2/(n1+n2))); only then may the exact branch be skipped.
                Assert.Equal(n1, n2);
                Assert.True(KolmogorovSmirnovTwoSample.ProbabilityOutsideSquare(n1, h) > 1);
                int effective = (int)Math.Round(n1 * (double)n2 / (n1 + n2), MidpointRounding.ToEven);
                Assert.Equal(KolmogorovDistribution.TwoSidedSf(effective, d), p);
                Assert.Equal(expected, p, 1e-4);
            }
        }
    }

    [Fact]
    public void StatisticAndExactPValueOnSamplesWithTies()
    {
        // Pooled order ref: 1,2,2,3 / cur: 2,4,5: ECDF gap peaks at value 3 (ref 1.0, cur 1/3).
        double d = KolmogorovSmirnovTwoSample.Statistic([1, 2, 2, 3], [2, 4, 5]);
        Assert.Equal(1.0 - (1.0 / 3), d, 1e-15);
        DriftColumnResult r = Single(Floats("x", 3, 2, 1, 2, 7, 8, 9), Floats("x", 2, 5, 4, 10, 11, 12, 13), Override("x", DriftMethod.KolmogorovSmirnov));
        Assert.Equal("exact", r.Detail);
        Assert.Equal("<=", r.Comparison);
    }

    [Fact]
    public void IdenticalSamplesGivePOne()
    {
        double[] x = Normal(500, 0, 1, 1);
        DriftColumnResult r = Single(Floats("x", x), Floats("x", [.. x.Reverse()]));
        Assert.Equal(DriftMethod.KolmogorovSmirnov, r.Method);
        Assert.Equal(1.0, r.Statistic);
    }

    [Fact]
    public void AutoModeSwitchesToAsymptoticAbove10000()
    {
        Assert.True(ExactFlag(10000, 300));
        Assert.False(ExactFlag(10001, 300));

        static bool ExactFlag(int n1, int n2)
        {
            KolmogorovSmirnovTwoSample.PValue(0.05, n1, n2, out bool exact);
            return exact;
        }
    }

    [Fact]
    public void DurbinMatchesRubenGambinoClosedFormForSmallD()
    {
        // For 1/(2n) < d ≤ 1/n: P(D_n ≤ d) = n!/n^n · (2nd − 1)^n.
        foreach (int n in new[] { 3, 7, 20, 60 })
        {
            foreach (double t in new[] { 0.6, 0.8, 0.99 })
            {
                double d = t / n;
                double expected = 1.0;
                for (int i = 1; i <= n; i++)
                {
                    expected *= i / (double)n * ((2 * t) - 1);
                }

                Assert.Equal(expected, KolmogorovDistribution.DurbinCdf(n, d), 1e-13);
            }
        }
    }

    [Fact]
    public void DurbinMatchesTwiceTheOneSidedTailAboveOneHalf()
    {
        // For d ≥ 1/2 the two one-sided events are disjoint: P(D_n ≥ d) = 2·P(D_n+ ≥ d).
        foreach (int n in new[] { 5, 10, 40 })
        {
            foreach (double d in new[] { 0.5, 0.55, 0.7 })
            {
                Assert.Equal(2 * SmirnovDistribution.Sf(n, d), 1 - KolmogorovDistribution.DurbinCdf(n, d), 1e-13);
            }
        }
    }

    [Fact]
    public void DurbinReproducesTheMarsagliaTsangWangWorkedExample()
    {
        // Marsaglia, Tsang & Wang (2003), J. Stat. Softw. 8(18): K(10, 0.274) = 0.6284796154565043.
        Assert.Equal(0.6284796154565043, KolmogorovDistribution.DurbinCdf(10, 0.274), 1e-14);
    }

    [Fact]
    public void SmirnovOneSidedTailMatchesDirectSumForSmallN()
    {
        // Independent evaluation of x·Σ C(n,v)(x+v/n)^(v−1)(1−x−v/n)^(n−v) with plain powers.
        foreach (int n in new[] { 2, 3, 10, 25, 60 })
        {
            foreach (double x in new[] { 0.05, 0.13, 0.3, 0.55, 0.8 })
            {
                double sum = 0;
                double binom = 1;
                for (int v = 0; v <= (int)Math.Floor(n * (1 - x)); v++)
                {
                    double q = x + (v / (double)n);
                    if (1 - q > 0)
                    {
                        sum += binom * Math.Pow(q, v - 1) * Math.Pow(1 - q, n - v);
                    }

                    binom = binom * (n - v) / (v + 1);
                }

                Assert.Equal(x * sum, SmirnovDistribution.Sf(n, x), 1e-13);
            }
        }

        Assert.Equal(0.7, SmirnovDistribution.Sf(1, 0.3), 1e-15);
    }

    [Fact]
    public void PelzGoodAgreesWithExactDurbinAtLargeN()
    {
        // Where SciPy switches between the two (n·x^1.5 ≈ 1.4), the asymptotic series and the exact matrix agree.
        const int n = 100000;
        foreach (double nx15 in new[] { 1.0, 1.3, 1.4 })
        {
            double x = Math.Pow(nx15 / n, 2.0 / 3);
            Assert.Equal(KolmogorovDistribution.DurbinCdf(n, x), KolmogorovDistribution.PelzGoodCdf(n, x), 1e-10);
        }
    }

    [Fact]
    public void LargeNTailApproachesTheKolmogorovLimit()
    {
        // P(√n·D_n ≥ z) → 2Σ(−1)^(k−1)exp(−2k²z²); at n = 10^6 the gap is of order 1/√n.
        const int n = 1000000;
        foreach (double z in new[] { 0.6, 1.0, 1.36, 1.8 })
        {
            double limit = 0;
            for (int k = 1; k < 100; k++)
            {
                limit += 2 * (k % 2 == 1 ? 1 : -1) * Math.Exp(-2.0 * k * k * z * z);
            }

            Assert.Equal(limit, KolmogorovDistribution.TwoSidedSf(n, z / Math.Sqrt(n)), 3e-3);
        }
    }

    [Fact]
    public void AsymptoticTwoSamplePValueIsMonotoneAndBounded()
    {
        double previous = 1.0;
        for (double d = 0.001; d < 0.2; d += 0.001)
        {
            double p = KolmogorovSmirnovTwoSample.PValue(d, 50000, 800, out bool exact);
            Assert.False(exact);
            Assert.InRange(p, 0.0, previous + 1e-12);
            previous = p;
        }
    }
}
