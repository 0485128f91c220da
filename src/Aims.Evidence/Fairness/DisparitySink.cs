using Aims.Evidence.Documents;

namespace Aims.Evidence.Fairness;

/// <summary>
/// Collects disparity values in a fixed order. The first (describing) pass also records what each value is; bootstrap
/// passes reuse the same code path and keep only the numbers, so point estimates and replicates can never disagree on
/// which value is which.
/// </summary>
internal sealed class DisparitySink(bool describe)
{
    private readonly List<DisparityResult> _descriptors = [];
    private readonly List<double> _values = [];

    public IReadOnlyList<DisparityResult> Descriptors => _descriptors;

    /// <summary>Whether results are described (labels, conventions) or only their values kept, as in the bootstrap.</summary>
    public bool Describes => describe;

    public List<double> Values => _values;

    public void Reset() => _values.Clear();

    public void Emit(string metric, string convention, string? baseMetric, string? method, string? agg, string zeroDenominator, string? group, double value)
    {
        _values.Add(value);
        if (describe)
        {
            _descriptors.Add(new DisparityResult(metric, convention, baseMetric, method, agg, zeroDenominator, group, value, null));
        }
    }
}
