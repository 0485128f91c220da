using Aims.Evidence.Fairness;

namespace Aims.Evidence.Input;

/// <summary>Which columns of a prediction log mean what, and how to read them.</summary>
public sealed record FairnessColumnMap
{
    /// <summary>Predicted label column; may be null when <see cref="Score"/> and <see cref="ScoreThreshold"/> are set.</summary>
    public string? Prediction { get; init; }

    /// <summary>True label column.</summary>
    public required string Label { get; init; }

    /// <summary>Optional score column; with <see cref="ScoreThreshold"/> it yields the prediction (score ≥ threshold).</summary>
    public string? Score { get; init; }

    /// <summary>Threshold turning <see cref="Score"/> into a prediction.</summary>
    public double? ScoreThreshold { get; init; }

    /// <summary>Optional sample-weight column.</summary>
    public string? Weight { get; init; }

    /// <summary>One or more sensitive attribute columns.</summary>
    public required IReadOnlyList<string> Sensitive { get; init; }

    /// <summary>Optional timestamp column (validated to exist; not used by the fairness metrics).</summary>
    public string? Timestamp { get; init; }

    /// <summary>Feature columns (validated to exist; used by drift, not by fairness).</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary>The favourable value of label and prediction (normalised to 1); everything else is 0.</summary>
    public string Positive { get; init; } = "1";

    /// <summary>CSV delimiter.</summary>
    public char Delimiter { get; init; } = ',';

    /// <summary>Skip (and count) malformed CSV rows instead of failing.</summary>
    public bool SkipBadRows { get; init; }

    /// <summary>Refuse a sensitive attribute with more distinct values than this.</summary>
    public int MaxGroups { get; init; } = 1000;

    /// <summary>Missing sensitive value policy (Exclude drops rows while reading).</summary>
    public MissingValuePolicy MissingPolicy { get; init; } = MissingValuePolicy.Group;
}
