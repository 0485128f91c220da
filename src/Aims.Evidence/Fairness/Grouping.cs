namespace Aims.Evidence.Fairness;

/// <summary>One grouping (an attribute or the intersection) with its groups and the cell → group map.</summary>
internal sealed class Grouping
{
    public required string Name { get; init; }

    public required int[] Attributes { get; init; }

    public required List<string?[]> GroupValues { get; init; }

    public required string?[] Labels { get; init; }

    /// <summary>For each cell of <see cref="FairnessCounts.Cells"/>, the group index or -1 (outside every group).</summary>
    public required int[] CellToGroup { get; init; }

    public required long EmptyCount { get; init; }

    public required List<string> EmptyExamples { get; init; }

    public ConfusionCounts[] Aggregate(ReadOnlySpan<ConfusionCounts> cells)
    {
        var groups = new ConfusionCounts[GroupValues.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var g = CellToGroup[i];
            if (g >= 0)
            {
                groups[g].Add(cells[i]);
            }
        }

        return groups;
    }
}
