namespace Aims.Evidence.Drift.Internal;

/// <summary>
/// Small numerical helpers: Stirling's error term and the saddle-point binomial probability (Loader 2000), which
/// keep binomial terms relatively accurate for n up to millions where log-gamma differences would lose digits.
/// </summary>
internal static class SpecialMath
{
    private const double LogSqrt2Pi = 0.91893853320467274178032973640561764;
    private static readonly double[] StirlingErrorSmall = BuildStirlingErrorTable();

    /// <summary>log(n!) − log(√(2πn)·(n/e)^n) for integer n ≥ 1.</summary>
    public static double StirlingError(long n)
    {
        if (n <= 15)
        {
            return StirlingErrorSmall[n];
        }

        const double s0 = 1.0 / 12;
        const double s1 = 1.0 / 360;
        const double s2 = 1.0 / 1260;
        const double s3 = 1.0 / 1680;
        const double s4 = 1.0 / 1188;
        double nn = (double)n * n;
        double x = n;
        if (n > 500)
        {
            return (s0 - (s1 / nn)) / x;
        }

        if (n > 80)
        {
            return (s0 - ((s1 - (s2 / nn)) / nn)) / x;
        }

        if (n > 35)
        {
            return (s0 - ((s1 - ((s2 - (s3 / nn)) / nn)) / nn)) / x;
        }

        return (s0 - ((s1 - ((s2 - ((s3 - (s4 / nn)) / nn)) / nn)) / nn)) / x;
    }

    /// <summary>x·log(x/np) + np − x, evaluated without cancellation when x ≈ np.</summary>
    public static double DevianceTerm(double x, double np)
    {
        if (Math.Abs(x - np) < 0.1 * (x + np))
        {
            double v = (x - np) / (x + np);
            double s = (x - np) * v;
            double ej = 2 * x * v;
            double v2 = v * v;
            for (int j = 1; j < 1000; j++)
            {
                ej *= v2;
                double s1 = s + (ej / ((2 * j) + 1));
                if (s1 == s)
                {
                    return s1;
                }

                s = s1;
            }

            return s;
        }

        return (x * Math.Log(x / np)) + np - x;
    }

    /// <summary>
    /// log of the binomial probability C(n,k) p^k (1−p)^(n−k) for 0 &lt; k &lt; n, given n·p and n·(1−p)
    /// directly so callers can pass them without rounding.
    /// </summary>
    public static double LogBinomialPmfInterior(long n, long k, double np, double nq)
    {
        double lc = StirlingError(n) - StirlingError(k) - StirlingError(n - k)
            - DevianceTerm(k, np) - DevianceTerm(n - k, nq);
        double lf = (2 * LogSqrt2Pi) + Math.Log(k) + SpecialMath.Log1p(-(double)k / n);
        return lc - (0.5 * lf);
    }

    /// <summary>log(n!/n^n) via Stirling's series, avoiding the n·log n cancellation.</summary>
    public static double LogFactorialOverPower(long n) =>
        (0.5 * Math.Log(n)) - n + LogSqrt2Pi + StirlingError(n);

    /// <summary>
    /// log(1 + x) accurate for small x (Goldberg's correction). .NET's <c>double.LogP1</c> is computed as
    /// log(x + 1) and loses the low digits that binomial tails depend on.
    /// </summary>
    public static double Log1p(double x)
    {
        double u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>exp(x) − 1 accurate for small x (Kahan's correction).</summary>
    public static double Expm1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        double um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }

    private static double[] BuildStirlingErrorTable()
    {
        var table = new double[16];
        double logFactorial = 0;
        for (int k = 1; k <= 15; k++)
        {
            logFactorial += Math.Log(k);
            table[k] = logFactorial - ((k + 0.5) * Math.Log(k)) + k - LogSqrt2Pi;
        }

        return table;
    }
}
