namespace Aims.Evidence.Fairness;

/// <summary>Counts of one non-empty intersection; <see cref="Codes"/> index each attribute's value list.</summary>
internal sealed record FairnessCell(int[] Codes, ConfusionCounts Counts);
