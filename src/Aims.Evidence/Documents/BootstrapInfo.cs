namespace Aims.Evidence.Documents;

/// <summary>How the confidence intervals were computed.</summary>
/// <param name="Iterations">Replicates drawn (0 = off).</param>
/// <param name="Seed">RNG seed (xoshiro256**), so the intervals are reproducible.</param>
/// <param name="Level">Interval coverage.</param>
/// <param name="Method">Method identifier, "poisson-cell-bootstrap".</param>
public sealed record BootstrapInfo(int Iterations, int Seed, double Level, string Method);
