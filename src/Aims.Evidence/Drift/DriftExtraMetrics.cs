namespace Aims.Evidence.Drift;

/// <summary>
/// Additional drift measures for one column, reported beside the test that decides drift. A null value means
/// "not computed" (not applicable to the column, or extra metrics switched off); it never stands for NaN.
/// </summary>
/// <param name="PsiQuantile">PSI over reference-quantile bins (banking convention) with epsilon for empty bins.</param>
/// <param name="PsiQuantileBins">Number of distinct quantile bins actually used (ties in the reference merge edges).</param>
/// <param name="PsiBand">"stable" (&lt; 0.1), "moderate" (0.1–0.25) or "significant" (&gt; 0.25) for <paramref name="PsiQuantile"/>.</param>
/// <param name="Psi">PSI on Evidently bins (Sturges over ref ∪ cur, or one bin per value) with Evidently zero filling.</param>
/// <param name="KlDivergence">KL(ref ‖ cur), natural log, on Evidently bins with zero filling.</param>
/// <param name="Hellinger">Hellinger distance as Evidently computes it.</param>
/// <param name="WassersteinNormed">Wasserstein-1 / max(population std of reference, 0.001); numerical columns only.</param>
/// <param name="JensenShannon">Jensen–Shannon distance, natural log, on Evidently bins without zero filling.</param>
public sealed record DriftExtraMetrics(
    double? PsiQuantile,
    int? PsiQuantileBins,
    string? PsiBand,
    double? Psi,
    double? KlDivergence,
    double? Hellinger,
    double? WassersteinNormed,
    double? JensenShannon);
