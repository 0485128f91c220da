namespace Aims.Evidence.Drift;

/// <summary>A drift test or distance. Names in <see cref="DriftMethods.Name"/> follow Evidently's stattest names.</summary>
public enum DriftMethod
{
    /// <summary>Two-sample Kolmogorov–Smirnov p-value (SciPy <c>ks_2samp</c>, method "auto"); drift if p ≤ threshold.</summary>
    KolmogorovSmirnov,

    /// <summary>Wasserstein-1 distance divided by the reference population std (floor 0.001); drift if ≥ threshold.</summary>
    WassersteinNormed,

    /// <summary>Pearson chi-square goodness-of-fit p-value of current counts against scaled reference counts; drift if p &lt; threshold.</summary>
    ChiSquare,

    /// <summary>Two-sided two-proportion z-test p-value; drift if p &lt; threshold.</summary>
    ZTest,

    /// <summary>Jensen–Shannon distance (natural log, no zero filling) on Evidently bins; drift if ≥ threshold.</summary>
    JensenShannon,

    /// <summary>Population stability index on Evidently bins (Sturges over ref ∪ cur, zero filling); drift if ≥ threshold.</summary>
    Psi,

    /// <summary>Kullback–Leibler divergence KL(ref ‖ cur) on Evidently bins with zero filling; drift if ≥ threshold.</summary>
    KullbackLeibler,

    /// <summary>Hellinger distance as Evidently computes it; drift if ≥ threshold.</summary>
    Hellinger,

    /// <summary>PSI on reference-quantile bins (banking convention, <see cref="DriftOptions.PsiBins"/>, epsilon); drift if ≥ threshold. Not an Evidently method.</summary>
    PsiQuantile,
}
