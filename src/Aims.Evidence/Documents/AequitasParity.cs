namespace Aims.Evidence.Documents;

/// <summary>Aequitas parity determinations: a disparity is fair when τ ≤ disparity ≤ 1/τ; NaN gives null.</summary>
/// <param name="Tau">τ, default 0.8.</param>
/// <param name="FillDivByZero">Value substituted for an infinite disparity (default 10).</param>
/// <param name="Groups">Per-group parities.</param>
/// <param name="Overall">Parity name → false if any group fails, true if all determinable groups pass, null if none determinable.</param>
public sealed record AequitasParity(
    double Tau,
    double FillDivByZero,
    IReadOnlyList<AequitasGroupParity> Groups,
    IReadOnlyDictionary<string, bool?> Overall);
