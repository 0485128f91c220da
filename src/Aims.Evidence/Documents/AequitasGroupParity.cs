namespace Aims.Evidence.Documents;

/// <summary>Parities of one group against the Aequitas reference group.</summary>
/// <param name="Group">Group label.</param>
/// <param name="Parities">Parity name (e.g. "statisticalParity", "impactParity", "equalizedOdds") → verdict; null when the disparity is NaN.</param>
public sealed record AequitasGroupParity(string Group, IReadOnlyDictionary<string, bool?> Parities);
