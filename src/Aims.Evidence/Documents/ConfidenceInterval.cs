namespace Aims.Evidence.Documents;

/// <summary>Bootstrap percentile interval.</summary>
/// <param name="Lower">Lower percentile of the finite replicate values.</param>
/// <param name="Upper">Upper percentile.</param>
/// <param name="Level">Coverage, e.g. 0.95.</param>
/// <param name="Replicates">Replicates with a finite value (NaN/∞ replicates are left out).</param>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level, int Replicates);
