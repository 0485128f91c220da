namespace Aims.Evidence.Fairness;

/// <summary>
/// Weighted and unweighted confusion counts of one group. Every fairness metric in this engine is a function of these
/// eight numbers, which is what makes one pass over the rows enough and the bootstrap cheap.
/// </summary>
internal struct ConfusionCounts
{
    public double WeightTn;
    public double WeightFp;
    public double WeightFn;
    public double WeightTp;
    public long Tn;
    public long Fp;
    public long Fn;
    public long Tp;

    public readonly long Count => Tn + Fp + Fn + Tp;

    public readonly double Weight => WeightTn + WeightFp + WeightFn + WeightTp;

    public void Add(in ConfusionCounts other)
    {
        WeightTn += other.WeightTn;
        WeightFp += other.WeightFp;
        WeightFn += other.WeightFn;
        WeightTp += other.WeightTp;
        Tn += other.Tn;
        Fp += other.Fp;
        Fn += other.Fn;
        Tp += other.Tp;
    }
}
