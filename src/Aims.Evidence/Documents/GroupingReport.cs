namespace Aims.Evidence.Documents;

/// <summary>Results for one way of grouping the rows: one attribute, or the intersection of several.</summary>
public sealed record GroupingReport
{
    /// <summary>Attribute names joined with " &amp; ".</summary>
    public required string Name { get; init; }

    /// <summary>Attributes of the grouping.</summary>
    public required IReadOnlyList<string> Attributes { get; init; }

    /// <summary>Non-empty groups, sorted by value (ordinal; missing last).</summary>
    public required IReadOnlyList<GroupMetrics> Groups { get; init; }

    /// <summary>Intersections of the cartesian product with no rows (Fairlearn NaN rows): ignored by every aggregate.</summary>
    public required EmptyIntersections EmptyIntersections { get; init; }

    /// <summary>Rows used overall but in no group of this grouping (missing policy "drop").</summary>
    public required long RowsOutsideGroups { get; init; }

    /// <summary>Reference (privileged) group for AIF360 and Aequitas results.</summary>
    public required string? ReferenceGroup { get; init; }

    /// <summary>"predefined" (from --reference-group) or "majority" (largest group by count).</summary>
    public required string ReferenceGroupMethod { get; init; }

    /// <summary>All disparities of the three conventions, each with its bootstrap interval.</summary>
    public required IReadOnlyList<DisparityResult> Disparities { get; init; }

    /// <summary>Aequitas parity determinations per group and overall.</summary>
    public required AequitasParity Aequitas { get; init; }
}
