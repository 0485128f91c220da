using Aims.Evidence.Drift.Internal;

namespace Aims.Evidence.Tests.Drift;

/// <summary>The building blocks against values that follow from their definitions (SciPy/NumPy documentation examples).</summary>
public sealed class DriftStatisticsTests
{
    [Fact]
    public void WassersteinMatchesScipyDocumentationExample()
    {
        // scipy.stats.wasserstein_distance([0, 1, 3], [5, 6, 8]) = 5.0
        Assert.Equal(5.0, DriftStatistics.Wasserstein([0, 1, 3], [5, 6, 8]), 1e-15);
    }

    [Fact]
    public void WassersteinIsTheAreaBetweenEcdfs()
    {
        // F1 − F2 on [0,1): 1/2 − 0; [1,2): 1/2 − 1/2; [2,4): 1 − 1/2 → 0.5 + 0 + 1.0
        Assert.Equal(1.5, DriftStatistics.Wasserstein([0, 2], [1, 4]), 1e-15);
    }

    [Fact]
    public void PopulationStdUsesDdofZero()
    {
        Assert.Equal(2.0, DriftStatistics.PopulationStd([2, 4, 4, 4, 5, 5, 7, 9]), 1e-15);
    }

    [Fact]
    public void JensenShannonMatchesScipyDocumentationExample()
    {
        // scipy.spatial.distance.jensenshannon([1.0, 0.0], [0.5, 0.5]) = 0.46450140402245893 (natural log)
        Assert.Equal(0.46450140402245893, DriftStatistics.JensenShannon([1.0, 0.0], [0.5, 0.5]), 1e-15);
        Assert.Equal(Math.Sqrt(Math.Log(2)), DriftStatistics.JensenShannon([1.0, 0.0, 0.0], [0.0, 1.0, 0.0]), 1e-15);
    }

    [Fact]
    public void KullbackLeiblerMatchesScipyEntropyDocumentationExample()
    {
        // scipy.stats.entropy([1/2, 1/2], qk=[9/10, 1/10]) = 0.5108256237659907; inputs are renormalised.
        Assert.Equal(0.5108256237659907, DriftStatistics.KullbackLeibler([0.5, 0.5], [0.9, 0.1]), 1e-15);
        Assert.Equal(0.5108256237659907, DriftStatistics.KullbackLeibler([2, 2], [9, 1]), 1e-15);
    }

    [Fact]
    public void ZeroFillUses1e4OrMinOverAMillion()
    {
        double[] coarse = [0.5, 0.5, 0];
        EvidentlyBinning.FillZeroes(coarse);
        Assert.Equal([0.5, 0.5, 0.0001], coarse);

        double[] fine = [0.99995, 0.00005, 0];
        EvidentlyBinning.FillZeroes(fine);
        Assert.Equal(0.00005 / 1e6, fine[2], 1e-25);
        Assert.Equal(0.99995, fine[0]);
    }

    [Fact]
    public void SturgesEdgesFollowNumpy()
    {
        // n = 1000: width = 10 / (log2(1000) + 1) → ⌈10.97⌉ = 11 equal bins over [0, 10].
        double[] edges = EvidentlyBinning.SturgesEdges(0, 10, 1000, integerDtype: false);
        Assert.Equal(12, edges.Length);
        Assert.Equal(0, edges[0]);
        Assert.Equal(10, edges[^1]);
        Assert.Equal(10.0 / 11, edges[1], 1e-15);

        // Integer dtype: width below 1 is raised to 1, so 21 integers over 2^20 rows give 20 bins, not 22.
        Assert.Equal(21, EvidentlyBinning.SturgesEdges(0, 20, 1 << 21, integerDtype: true).Length);
        Assert.Equal(23, EvidentlyBinning.SturgesEdges(0, 20, 1 << 21, integerDtype: false).Length);

        // Constant sample: one bin [v − 0.5, v + 0.5].
        Assert.Equal([2.5, 3.5], EvidentlyBinning.SturgesEdges(3, 3, 10, integerDtype: false));
    }

    [Fact]
    public void HistogramCountsAreLeftClosedWithAClosedLastBin()
    {
        var counts = new long[2];
        EvidentlyBinning.CountIntoEdges([0, 1, 1, 2, 2], [0, 1, 2], counts);
        Assert.Equal([1L, 4L], counts);
    }

    [Fact]
    public void ZTestIsSymmetricInCategoryLabelsAndOneForASharedConstant()
    {
        double p = DriftStatistics.ZTestPValue([30, 70], [50, 50], 100, 100);
        double swapped = DriftStatistics.ZTestPValue([70, 30], [50, 50], 100, 100);
        Assert.Equal(p, swapped, 1e-15);

        // z = 0.2 / √(0.24·0.02); p = erfc(|z|/√2) written as 2(1 − Φ(|z|)).
        double z = 0.2 / Math.Sqrt(0.24 * 0.02);
        Assert.Equal(MathNet.Numerics.SpecialFunctions.Erfc(z / Math.Sqrt(2)), p, 1e-14);
        Assert.Equal(1.0, DriftStatistics.ZTestPValue([10], [7], 10, 7));
    }

    [Fact]
    public void QuantilePsiUsesReferenceDecilesAndOpenOuterBins()
    {
        double[] reference = [.. Enumerable.Range(1, 100).Select(i => (double)i)];
        Assert.Equal(0.0, QuantilePsi.Compute(reference, reference, 10, 1e-4, out int bins), 1e-15);
        Assert.Equal(10, bins);

        // Every current value above the reference maximum lands in the open last bin.
        double[] shifted = [.. Enumerable.Repeat(1000.0, 50)];
        double psi = QuantilePsi.Compute(reference, shifted, 10, 1e-4, out _);
        double expected = (9 * (1e-4 - 0.1) * Math.Log(1e-4 / 0.1)) + ((1.0 - 0.1) * Math.Log(1.0 / 0.1));
        Assert.Equal(expected, psi, 1e-12);
        Assert.Equal("significant", QuantilePsi.Band(psi));
        Assert.Equal("stable", QuantilePsi.Band(0.099));
        Assert.Equal("moderate", QuantilePsi.Band(0.25));
    }

    [Fact]
    public void RadixSortOrdersLikeArraySort()
    {
        double[] values = [.. DriftTestData.Normal(50000, 0, 1e3, 7), -0.0, 0.0, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon];
        double[] expected = [.. values];
        Array.Sort(expected);
        RadixSort.Sort(values, values.Length);
        Assert.Equal(expected, values);
    }
}
