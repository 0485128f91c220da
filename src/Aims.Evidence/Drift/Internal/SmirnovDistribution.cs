namespace Aims.Evidence.Drift.Internal;

/// <summary>
/// Survival function of the one-sided one-sample statistic D_n^+ (SciPy's <c>scipy.special.smirnov</c>), used by
/// <see cref="KolmogorovDistribution"/> in the tail regimes. The value is the Smirnov / Birnbaum–Tingey sum
/// x·Σ_{v=0}^{⌊n(1−x)⌋} C(n,v)(x+v/n)^(v−1)(1−x−v/n)^(n−v), each term evaluated as a saddle-point binomial
/// probability so it stays accurate for n in the hundreds of thousands; the special regimes follow SciPy's.
/// </summary>
internal static class SmirnovDistribution
{
    private const double MinLog = -7.08396418532264106224E2;
    private const int MaxComputeN = 1000000;
    private const double MachineEpsilon = 2.220446049250313e-16;

    public static double Sf(int n, double x)
    {
        if (!(n > 0 && x >= 0.0 && x <= 1.0))
        {
            return double.NaN;
        }

        if (n == 1)
        {
            return 1 - x;
        }

        if (x == 0.0)
        {
            return 1.0;
        }

        if (x == 1.0)
        {
            return 0.0;
        }

        // floor(n·x) and the exact remainder: the FMA gives n·x − floor correctly rounded, so its sign is exact.
        double nxRounded = n * x;
        long nxFloor = (long)Math.Floor(nxRounded);
        double alpha = Math.FusedMultiplyAdd(n, x, -nxFloor);
        if (alpha < 0)
        {
            nxFloor -= 1;
            alpha = Math.FusedMultiplyAdd(n, x, -nxFloor);
        }

        if (alpha >= 1)
        {
            nxFloor += 1;
            alpha = 0;
        }

        if (nxFloor == 0 || (nxFloor == 1 && alpha == 0))
        {
            // x ≤ 1/n: CDF = x(1+x)^(n−1).
            double cdf = x * Math.Exp((n - 1) * SpecialMath.Log1p(x));
            return Clip(1 - cdf);
        }

        if (-2 * n * x * x < MinLog)
        {
            return 0.0;
        }

        if (nxFloor >= n - 1)
        {
            return Clip(Math.Exp(n * SpecialMath.Log1p(-x)));
        }

        if (n > MaxComputeN)
        {
            // SciPy's approximation for very large n: p ≈ exp(−(6nx+1)²/(18n)).
            double logp = -Math.Pow((6.0 * n * x) + 1, 2) / 18.0 / n;
            return logp < -Math.Log(2) ? Math.Exp(logp) : 1 - (-SpecialMath.Expm1(logp));
        }

        // The term at v = n − nxFloor would have (1 − x − v/n) ≤ 0, so the sum stops one before it.
        long lastV = n - nxFloor - 1;
        double sum = 0;
        double compensation = 0;

        // v = 0: C(n,0)·x^(−1)·(1−x)^n.
        double first = Math.Exp(n * SpecialMath.Log1p(-x)) / x;
        Accumulate(ref sum, ref compensation, first);
        for (long v = 1; v <= lastV; v++)
        {
            // n·q and n·(1−q) with q = x + v/n, formed from the exact integer parts and the exact remainder.
            double nq = (nxFloor + v) + alpha;
            double nqc = (n - nxFloor - v) - alpha;
            double logPmf = SpecialMath.LogBinomialPmfInterior(n, v, nq, nqc);
            double term = Math.Exp(logPmf) * n / nq;
            Accumulate(ref sum, ref compensation, term);
            // Stop once the remaining terms cannot move the sum (SciPy stops on the same criterion).
            if (term != 0 && 4.0 * (lastV - v + 1) * term < MachineEpsilon * sum && v != lastV)
            {
                break;
            }
        }

        return Clip(x * (sum + compensation));
    }

    private static void Accumulate(ref double sum, ref double compensation, double value)
    {
        double t = sum + value;
        compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - t) + value : (value - t) + sum;
        sum = t;
    }

    private static double Clip(double p) => p < 0 ? 0 : (p > 1 ? 1 : p);
}
