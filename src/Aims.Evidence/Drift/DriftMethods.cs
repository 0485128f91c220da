namespace Aims.Evidence.Drift;

/// <summary>Names, default thresholds, comparison operators and applicability of each <see cref="DriftMethod"/>.</summary>
public static class DriftMethods
{
    /// <summary>Evidently's stattest name ("psi_quantile" is ours).</summary>
    public static string Name(DriftMethod method) => method switch
    {
        DriftMethod.KolmogorovSmirnov => "ks",
        DriftMethod.WassersteinNormed => "wasserstein",
        DriftMethod.ChiSquare => "chisquare",
        DriftMethod.ZTest => "z",
        DriftMethod.JensenShannon => "jensenshannon",
        DriftMethod.Psi => "psi",
        DriftMethod.KullbackLeibler => "kl_div",
        DriftMethod.Hellinger => "hellinger",
        DriftMethod.PsiQuantile => "psi_quantile",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown drift method."),
    };

    /// <summary>Parses an Evidently stattest name (or "psi_quantile"), ordinal and case-insensitive.</summary>
    public static bool TryParse(string? name, out DriftMethod method)
    {
        foreach (DriftMethod candidate in Enum.GetValues<DriftMethod>())
        {
            if (string.Equals(Name(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                method = candidate;
                return true;
            }
        }

        method = default;
        return false;
    }

    /// <summary>Evidently's default threshold: 0.05 for p-value tests, 0.1 for distances (and for our quantile PSI).</summary>
    public static double DefaultThreshold(DriftMethod method) => IsPValue(method) ? 0.05 : 0.1;

    /// <summary>True for tests whose statistic is a p-value (drift when small).</summary>
    public static bool IsPValue(DriftMethod method) =>
        method is DriftMethod.KolmogorovSmirnov or DriftMethod.ChiSquare or DriftMethod.ZTest;

    /// <summary>Drift when "statistic Comparison threshold": "&lt;=" for KS, "&lt;" for chi-square and z, "&gt;=" for distances.</summary>
    public static string Comparison(DriftMethod method) => method switch
    {
        DriftMethod.KolmogorovSmirnov => "<=",
        DriftMethod.ChiSquare or DriftMethod.ZTest => "<",
        _ => ">=",
    };

    /// <summary>Whether Evidently registers the method for the kind (KS and Wasserstein numerical only; chi-square and z categorical only).</summary>
    public static bool AppliesTo(DriftMethod method, DriftColumnKind kind) => method switch
    {
        DriftMethod.KolmogorovSmirnov or DriftMethod.WassersteinNormed => kind == DriftColumnKind.Numerical,
        DriftMethod.ChiSquare or DriftMethod.ZTest => kind == DriftColumnKind.Categorical,
        _ => true,
    };

    /// <summary>Applies the comparison of <paramref name="method"/>; NaN never drifts (as in Python).</summary>
    public static bool IsDrift(DriftMethod method, double statistic, double threshold) => Comparison(method) switch
    {
        "<=" => statistic <= threshold,
        "<" => statistic < threshold,
        _ => statistic >= threshold,
    };
}
