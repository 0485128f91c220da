namespace Aims.Evidence.Fairness;

/// <summary>
/// Everything the fairness analysis needs from the data: per-intersection confusion counts. Value lists may contain
/// null, the missing-value code of an attribute.
/// </summary>
internal sealed record FairnessCounts(string[] Attributes, string?[][] Values, IReadOnlyList<FairnessCell> Cells)
{
    public ConfusionCounts Total()
    {
        var total = default(ConfusionCounts);
        foreach (var cell in Cells)
        {
            total.Add(cell.Counts);
        }

        return total;
    }
}
