namespace Aims.Evidence.Fairness;

/// <summary>Parameters of the fairness analysis (reading options live in the column map).</summary>
public sealed record FairnessOptions
{
    /// <summary>Groups with fewer rows are marked insufficient data and do not drive verdicts.</summary>
    public int MinGroupSize { get; init; } = 30;

    /// <summary>Handling of rows with a missing sensitive value.</summary>
    public MissingValuePolicy MissingPolicy { get; init; } = MissingValuePolicy.Group;

    /// <summary>Reference (privileged) value per attribute for AIF360/Aequitas; unset attributes use the largest group.</summary>
    public IReadOnlyDictionary<string, string> ReferenceGroups { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Aequitas τ: parity when τ ≤ disparity ≤ 1/τ.</summary>
    public double AequitasTau { get; init; } = 0.8;

    /// <summary>Aequitas replacement for an infinite disparity.</summary>
    public double AequitasFillDivByZero { get; init; } = 10;

    /// <summary>α of the generalized entropy index (AIF360 default 2).</summary>
    public double EntropyAlpha { get; init; } = 2;

    /// <summary>Bootstrap replicates for confidence intervals; 0 switches them off.</summary>
    public int BootstrapIterations { get; init; } = 200;

    /// <summary>Bootstrap seed.</summary>
    public int BootstrapSeed { get; init; } = 42;

    /// <summary>Coverage of the bootstrap intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Thresholds to judge; <see cref="FairnessThreshold.Defaults"/> when empty.</summary>
    public IReadOnlyList<FairnessThreshold> Thresholds { get; init; } = FairnessThreshold.Defaults;
}
