namespace Aims.Evidence.Drift;

/// <summary>Override for one column (or one kind): a method, a threshold, or both. Null keeps the default.</summary>
/// <param name="Method">Method to use instead of the Evidently default choice.</param>
/// <param name="Threshold">Threshold to use instead of the method's default threshold.</param>
public sealed record DriftColumnOverride(DriftMethod? Method = null, double? Threshold = null);
