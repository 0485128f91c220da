namespace Aims.Evidence.Documents;

/// <summary>
/// Base metrics of one group (or overall), Fairlearn convention: a zero denominator gives 0 for the rates, as
/// sklearn's normalised confusion matrix does.
/// </summary>
public sealed record GroupMetrics
{
    /// <summary>Display label: the values joined with " | "; "(missing)" for a missing value.</summary>
    public required string Label { get; init; }

    /// <summary>The value of each attribute of the grouping, null for missing; empty for overall.</summary>
    public required IReadOnlyList<string?> Values { get; init; }

    /// <summary>Rows in the group (unweighted, like Fairlearn's <c>count</c>).</summary>
    public required long Count { get; init; }

    /// <summary>Sum of sample weights (equals Count when no weight column is given).</summary>
    public required double Weight { get; init; }

    /// <summary>Weighted true positives.</summary>
    public required double TruePositives { get; init; }

    /// <summary>Weighted false positives.</summary>
    public required double FalsePositives { get; init; }

    /// <summary>Weighted true negatives.</summary>
    public required double TrueNegatives { get; init; }

    /// <summary>Weighted false negatives.</summary>
    public required double FalseNegatives { get; init; }

    /// <summary>P(ŷ=1).</summary>
    public required double SelectionRate { get; init; }

    /// <summary>TP/(TP+FN); 0 when the group has no actual positives.</summary>
    public required double TruePositiveRate { get; init; }

    /// <summary>FP/(FP+TN); 0 when the group has no actual negatives.</summary>
    public required double FalsePositiveRate { get; init; }

    /// <summary>FN/(TP+FN); 0 when the group has no actual positives.</summary>
    public required double FalseNegativeRate { get; init; }

    /// <summary>TN/(FP+TN); 0 when the group has no actual negatives.</summary>
    public required double TrueNegativeRate { get; init; }

    /// <summary>TP/(TP+FP); 0 when nothing was predicted positive (sklearn zero_division=0).</summary>
    public required double PositivePredictiveValue { get; init; }

    /// <summary>(TP+TN)/weight.</summary>
    public required double Accuracy { get; init; }

    /// <summary>P(y=1), the prevalence.</summary>
    public required double BaseRate { get; init; }

    /// <summary>True when the group is the missing-value group of some attribute.</summary>
    public required bool Missing { get; init; }

    /// <summary>True when Count is below the minimum group size.</summary>
    public required bool InsufficientData { get; init; }
}
