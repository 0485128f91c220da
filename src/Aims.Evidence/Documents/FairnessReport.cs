namespace Aims.Evidence.Documents;

/// <summary>Fairness results of one run.</summary>
public sealed record FairnessReport
{
    /// <summary>The value of the prediction and label columns treated as the favourable outcome (normalised to 1).</summary>
    public required string PositiveLabel { get; init; }

    /// <summary>Sensitive attribute columns, in command-line order.</summary>
    public required IReadOnlyList<string> SensitiveAttributes { get; init; }

    /// <summary>"group", "drop" (Fairlearn: excluded from groups, kept in overall) or "exclude" (dropped entirely).</summary>
    public required string MissingPolicy { get; init; }

    /// <summary>Groups with fewer rows are marked insufficientData and do not drive verdicts.</summary>
    public required int MinGroupSize { get; init; }

    /// <summary>Metrics over all used rows.</summary>
    public required GroupMetrics Overall { get; init; }

    /// <summary>Dataset-level inequality indices (AIF360 generalized entropy, Theil, coefficient of variation).</summary>
    public required IReadOnlyList<DisparityResult> Indices { get; init; }

    /// <summary>One entry per sensitive attribute, plus the intersection of all of them when there are several.</summary>
    public required IReadOnlyList<GroupingReport> Groupings { get; init; }

    /// <summary>How confidence intervals were computed.</summary>
    public required BootstrapInfo Bootstrap { get; init; }
}
