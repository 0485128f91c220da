namespace Aims.Evidence.Drift.Internal;

/// <summary>
/// Survival function of the one-sample two-sided Kolmogorov–Smirnov statistic D_n, chosen by the regime rules of
/// Simard and L'Ecuyer (2011) exactly as SciPy's <c>kstwo.sf</c> applies them, because <c>ks_2samp</c>'s asymptotic
/// mode evaluates <c>kstwo.sf(d, round(n1·n2/(n1+n2)))</c> and we must land on the same branch to agree with it.
/// </summary>
internal static class KolmogorovDistribution
{
    // Thresholds of the regime selection (Simard and L'Ecuyer 2011, as used by SciPy).
    private const int SmallN = 140;
    private const double DurbinSmallNxSquared = 0.754693;
    private const double ExactSmallNxSquared = 4.0;
    private const double SfZeroNxSquared = 370.0;
    private const double SfSmirnovNxSquared = 2.2;
    private const int DurbinMaxN = 100000;
    private const double DurbinMaxNx15 = 1.4;
    private static readonly double TwoTo128 = Math.ScaleB(1.0, 128);
    private static readonly double TwoToMinus128 = Math.ScaleB(1.0, -128);

    /// <summary>P(D_n ≥ x) (two-sided, one sample).</summary>
    public static double TwoSidedSf(int n, double x)
    {
        if (n <= 0 || double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x >= 1.0)
        {
            return 0.0;
        }

        if (x <= 0.0)
        {
            return 1.0;
        }

        double t = n * x;
        if (t <= 1.0)
        {
            // Ruben–Gambino: for 1/(2n) ≤ x ≤ 1/n the CDF is n!/n^n · (2t−1)^n.
            if (t <= 0.5)
            {
                return 1.0;
            }

            double cdf;
            if (n <= SmallN)
            {
                cdf = 1.0;
                double factor = (2 * t) - 1;
                double invN = 1.0 / n;
                for (int i = 1; i <= n; i++)
                {
                    cdf *= i * invN * factor;
                }
            }
            else
            {
                cdf = Math.Exp(SpecialMath.LogFactorialOverPower(n) + (n * Math.Log((2 * t) - 1)));
            }

            return Clip(1.0 - cdf);
        }

        if (t >= n - 1)
        {
            // Ruben–Gambino upper end: P(D_n ≥ x) = 2(1−x)^n.
            return Clip(2 * Math.Pow(1.0 - x, n));
        }

        if (x >= 0.5)
        {
            // Above 1/2 the two one-sided events are disjoint, so the two-sided tail is exactly twice the one-sided one.
            return Clip(2 * SmirnovDistribution.Sf(n, x));
        }

        double nxSquared = t * x;
        if (n <= SmallN)
        {
            if (nxSquared <= ExactSmallNxSquared)
            {
                // SciPy uses Durbin's matrix below 0.754693 and Pomeranz's recursion up to 4; both are exact
                // algorithms for the same probability, so one exact algorithm (Durbin) serves the whole range.
                return Clip(1.0 - DurbinCdf(n, x));
            }

            return Clip(2 * SmirnovDistribution.Sf(n, x));
        }

        if (nxSquared >= SfZeroNxSquared)
        {
            return 0.0;
        }

        if (nxSquared >= SfSmirnovNxSquared)
        {
            return Clip(2 * SmirnovDistribution.Sf(n, x));
        }

        double cdfProb = n <= DurbinMaxN && n * Math.Pow(x, 1.5) <= DurbinMaxNx15
            ? DurbinCdf(n, x)
            : PelzGoodCdf(n, x);
        return Clip(1.0 - cdfProb);
    }

    /// <summary>
    /// P(D_n &lt; d) by Durbin's matrix method in the formulation of Marsaglia, Tsang and Wang (2003):
    /// the (k,k) entry of H^n times n!/n^n, with d = (k − h)/n, 0 ≤ h &lt; 1 and H of order 2k − 1.
    /// </summary>
    public static double DurbinCdf(int n, double d)
    {
        if (d >= 1.0)
        {
            return 1.0;
        }

        double nd = n * d;
        if (nd <= 0.5)
        {
            return 0.0;
        }

        int k = (int)Math.Ceiling(nd);
        double h = k - nd;
        int m = (2 * k) - 1;

        var hMatrix = new double[m * m];
        var invFactorial = new double[m + 1];
        invFactorial[0] = 1.0;
        for (int i = 1; i <= m; i++)
        {
            invFactorial[i] = invFactorial[i - 1] / i;
        }

        // Lower Hessenberg band: H[i][j] = 1/(i−j+1)! for i−j+1 ≥ 0.
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < m; j++)
            {
                int e = i - j + 1;
                hMatrix[(i * m) + j] = e >= 0 ? invFactorial[e] : 0.0;
            }
        }

        // First column and last row carry the boundary corrections (1 − h^i)/i!.
        for (int i = 0; i < m; i++)
        {
            hMatrix[i * m] = (1.0 - Math.Pow(h, i + 1)) * invFactorial[i + 1];
            hMatrix[((m - 1) * m) + (m - 1 - i)] = (1.0 - Math.Pow(h, i + 1)) * invFactorial[i + 1];
        }

        double corner = 1.0 - (2 * Math.Pow(h, m)) + Math.Pow(Math.Max(0.0, (2 * h) - 1), m);
        hMatrix[(m - 1) * m] = corner * invFactorial[m];

        // Raise to the n-th power by squaring, keeping a power-of-two exponent aside so nothing overflows.
        var power = new double[m * m];
        for (int i = 0; i < m; i++)
        {
            power[(i * m) + i] = 1.0;
        }

        var scratch = new double[m * m];
        long powerExponent = 0;
        long baseExponent = 0;
        int remaining = n;
        while (remaining > 0)
        {
            if ((remaining & 1) != 0)
            {
                Multiply(power, hMatrix, scratch, m);
                (power, scratch) = (scratch, power);
                powerExponent += baseExponent;
            }

            remaining >>= 1;
            if (remaining == 0)
            {
                break;
            }

            Multiply(hMatrix, hMatrix, scratch, m);
            (hMatrix, scratch) = (scratch, hMatrix);
            baseExponent *= 2;
            double pivot = Math.Abs(hMatrix[((k - 1) * m) + (k - 1)]);
            if (pivot > TwoTo128)
            {
                for (int i = 0; i < hMatrix.Length; i++)
                {
                    hMatrix[i] = Math.ScaleB(hMatrix[i], -128);
                }

                baseExponent += 128;
            }
        }

        double p = power[((k - 1) * m) + (k - 1)];
        long exponent = powerExponent;
        for (int i = 1; i <= n; i++)
        {
            p = i * p / n;
            if (Math.Abs(p) < TwoToMinus128)
            {
                p = Math.ScaleB(p, 128);
                exponent -= 128;
            }
        }

        if (exponent != 0)
        {
            p = Math.ScaleB(p, (int)Math.Clamp(exponent, int.MinValue, int.MaxValue));
        }

        return Clip(p);
    }

    /// <summary>
    /// Pelz–Good (1976) asymptotic expansion of P(D_n ≤ x) to order n^(−3/2), in the small-z form obtained from
    /// the Li-Chien/Korolyuk series through Jacobi's theta transformation; terms truncated as SciPy does.
    /// </summary>
    public static double PelzGoodCdf(int n, double x)
    {
        if (x <= 0.0)
        {
            return 0.0;
        }

        if (x >= 1.0)
        {
            return 1.0;
        }

        double z = Math.Sqrt(n) * x;
        double z2 = z * z;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double z8 = z4 * z4;
        double pi2 = Math.PI * Math.PI;
        double pi4 = pi2 * pi2;
        double pi6 = pi4 * pi2;

        double logQ = -pi2 / 8 / z2;
        if (logQ < -708)
        {
            return 0.0;
        }

        // Coefficients of m² powers (m = 2k − 1) in the odd-index theta sums of K1, K2 and K3.
        double k1a = -z2;
        double k1b = pi2 / 4;
        double k2a = (6 * z6) + (2 * z4);
        double k2b = ((2 * z4) - (5 * z2)) * pi2 / 4;
        double k2c = pi4 * (1 - (2 * z2)) / 16;
        double k3d = pi6 * (5 - (30 * z2)) / 64;
        double k3c = pi4 * ((-60 * z2) + (212 * z4)) / 16;
        double k3b = pi2 * ((135 * z4) - (96 * z6)) / 4;
        double k3a = (-30 * z6) - (90 * z8);

        int maxK = (int)Math.Ceiling(16 * z / Math.PI);
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int k = maxK; k >= 1; k--)
        {
            double mm = (2.0 * k) - 1;
            double m2 = mm * mm;
            double m4 = m2 * m2;
            double m6 = m4 * m2;
            double w = Math.Exp(logQ * m2);
            s0 += w;
            s1 += (k1a + (k1b * m2)) * w;
            s2 += (k2a + (k2b * m2) + (k2c * m4)) * w;
            s3 += (k3a + (k3b * m2) + (k3c * m4) + (k3d * m6)) * w;
        }

        double sqrt2Pi = Math.Sqrt(2 * Math.PI);
        double k0 = s0 * sqrt2Pi / z;
        double k1 = s1 * sqrt2Pi / (6 * z4);
        double k2 = s2 * sqrt2Pi / (72 * z6 * z);
        double k3 = s3 * sqrt2Pi / (6480 * z8 * z2);

        // Even-index sums that K2 and K3 also carry.
        double logQ2 = -pi2 / 2 / z2;
        double e2 = 0, e3 = 0;
        double sqrt3z = Math.Sqrt(3) * z;
        for (int k = maxK; k >= 1; k--)
        {
            double kk = k;
            double k2sq = kk * kk;
            double w = Math.Exp(logQ2 * k2sq);
            double kPi = Math.PI * kk;
            e2 += k2sq * w;
            e3 += (sqrt3z + kPi) * (sqrt3z - kPi) * k2sq * w;
        }

        k2 += e2 * pi2 * sqrt2Pi / (-36 * z2 * z);
        k3 += e3 * pi2 * sqrt2Pi / (216 * z6);

        double sqrtN = Math.Sqrt(n);
        return k0 + (k1 / sqrtN) + (k2 / n) + (k3 / (n * sqrtN));
    }

    private static void Multiply(double[] a, double[] b, double[] result, int m)
    {
        Array.Clear(result);
        for (int i = 0; i < m; i++)
        {
            int row = i * m;
            for (int l = 0; l < m; l++)
            {
                double ail = a[row + l];
                if (ail == 0.0)
                {
                    continue;
                }

                int bRow = l * m;
                for (int j = 0; j < m; j++)
                {
                    result[row + j] += ail * b[bRow + j];
                }
            }
        }
    }

    private static double Clip(double p) => p < 0 ? 0 : (p > 1 ? 1 : p);
}
