namespace Aims.Evidence.Drift;

/// <summary>
/// Parameters of a drift run. Precedence for a column's method and threshold, highest first:
/// <see cref="PerColumn"/>, then <see cref="NumericalOverride"/> / <see cref="CategoricalOverride"/> by inferred kind,
/// then <see cref="Global"/>, then Evidently's default choice and the method's default threshold.
/// </summary>
public sealed record DriftOptions
{
    /// <summary>Dataset drift is declared when drifted/tested ≥ this share (Evidently <c>drift_share</c>, default 0.5).</summary>
    public double DriftShare { get; init; } = 0.5;

    /// <summary>Override applied to every column (Evidently <c>stattest</c> / <c>stattest_threshold</c>).</summary>
    public DriftColumnOverride? Global { get; init; }

    /// <summary>Override for numerical columns (Evidently <c>num_stattest</c>).</summary>
    public DriftColumnOverride? NumericalOverride { get; init; }

    /// <summary>Override for categorical columns (Evidently <c>cat_stattest</c>).</summary>
    public DriftColumnOverride? CategoricalOverride { get; init; }

    /// <summary>Per-column overrides keyed by column name (ordinal).</summary>
    public IReadOnlyDictionary<string, DriftColumnOverride>? PerColumn { get; init; }

    /// <summary>Number of reference-quantile bins for <see cref="DriftMethod.PsiQuantile"/> (banking convention: deciles).</summary>
    public int PsiBins { get; init; } = 10;

    /// <summary>Proportion substituted for an empty quantile bin before taking logarithms in <see cref="DriftMethod.PsiQuantile"/>.</summary>
    public double PsiEpsilon { get; init; } = 1e-4;

    /// <summary>Compute the extra metrics (PSI both ways, KL, Hellinger, Wasserstein normed, JS) besides the drift test.</summary>
    public bool ComputeExtraMetrics { get; init; } = true;

    /// <summary>Maximum number of columns processed concurrently; -1 or 0 means all processors.</summary>
    public int Parallelism { get; init; } = -1;
}
