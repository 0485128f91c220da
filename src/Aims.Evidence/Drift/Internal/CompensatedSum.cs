namespace Aims.Evidence.Drift.Internal;

/// <summary>
/// Neumaier-compensated running sum. NumPy sums with pairwise summation; a compensated sum is at least as
/// accurate, so both land within a few ulps of the exact value and the 1e-9 agreement target holds for 10^7 terms.
/// </summary>
internal struct CompensatedSum
{
    private double sum;
    private double compensation;

    public readonly double Value => this.sum + this.compensation;

    public void Add(double value)
    {
        double t = this.sum + value;
        this.compensation += Math.Abs(this.sum) >= Math.Abs(value) ? (this.sum - t) + value : (value - t) + this.sum;
        this.sum = t;
    }
}
