using Aims.Evidence.Drift;
using Aims.Evidence.Drift.Internal;
using static Aims.Evidence.Tests.Drift.DriftTestData;

namespace Aims.Evidence.Tests.Drift;

/// <summary>The public examples quoted in computed-evidence.md §3.1 (Evidently's own tests, v0.7.21).</summary>
public sealed class EvidentlyExamplesTests
{
    private static readonly int[] ReferenceCounts = [16, 18, 16, 14, 12, 12];
    private static readonly int[] CurrentCounts = [16, 16, 16, 16, 16, 8];

    [Fact]
    public void PsiOnIntegerColumnIsCategoricalWithZeroFill()
    {
        // multitest data_drift.py: current [1,2,3] vs reference [3,2,2], stattest psi → 2.934147248.
        DriftColumnResult r = Single(Ints("x", 3, 2, 2), Ints("x", 1, 2, 3), Override("x", DriftMethod.Psi));
        Assert.Equal(DriftColumnKind.Categorical, r.Kind);
        Assert.Equal("psi", r.MethodName);
        Assert.Equal(2.934147248, r.Statistic!.Value, 1e-9);
        Assert.True(r.Drifted);
        Assert.Equal(">=", r.Comparison);
    }

    [Fact]
    public void ChiSquareMatchesEvidentlyStattestExample()
    {
        DriftColumnResult r = Single(
            Texts("x", TextCounts(ReferenceCounts)),
            Texts("x", TextCounts(CurrentCounts)),
            Override("x", DriftMethod.ChiSquare));
        Assert.Equal(0.67309, r.Statistic!.Value, 5e-6);
        Assert.False(r.Drifted);
        Assert.Equal("<", r.Comparison);
        Assert.Equal(0.06812, r.Extra!.Hellinger!.Value, 1e-5); // Evidently asserts approx(0.06812, abs=1e-5)
    }

    [Fact]
    public void ChiSquareIsUnchangedWhenReferenceCountsDouble()
    {
        int[] doubled = [.. ReferenceCounts.Select(c => c * 2)];
        DriftColumnResult r = Single(
            Texts("x", TextCounts(doubled)),
            Texts("x", TextCounts(CurrentCounts)),
            Override("x", DriftMethod.ChiSquare));
        Assert.Equal(0.67309, r.Statistic!.Value, 5e-6);
        Assert.Equal(0.06812, r.Extra!.Hellinger!.Value, 1e-5); // Evidently asserts approx(0.06812, abs=1e-5)
    }

    [Fact]
    public void ChiSquareStatisticByHand()
    {
        // Σ (o − e)²/e = 4/18 + 4/14 + 16/12 + 16/12 with df 5; p from the regularized upper gamma.
        long[] r = [.. ReferenceCounts.Select(c => (long)c)];
        long[] c = [.. CurrentCounts.Select(c => (long)c)];
        double p = DriftStatistics.ChiSquarePValue(r, c, 88, 88);
        double stat = (4.0 / 18) + (4.0 / 14) + (16.0 / 12) + (16.0 / 12);
        Assert.Equal(MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(2.5, stat / 2), p, 1e-15);
        Assert.Equal(0.67309, p, 5e-6);
    }

    [Fact]
    public void DefaultTestForIdenticalSmallIntegerColumnIsChiSquareWithPOne()
    {
        DriftColumnResult r = Single(Ints("x", 1, 2, 3), Ints("x", 1, 2, 3));
        Assert.Equal(DriftColumnKind.Categorical, r.Kind);
        Assert.Equal(DriftMethod.ChiSquare, r.Method);
        Assert.Equal("default", r.MethodSource);
        Assert.Equal(1.0, r.Statistic!.Value, 1e-12);
        Assert.False(r.Drifted);
    }

    [Fact]
    public void DefaultTestWithNewCategoriesGivesPZeroAndDrift()
    {
        DriftColumnResult r = Single(Ints("x", 1, 2, 3), Ints("x", 5, 8, 3));
        Assert.Equal(DriftMethod.ChiSquare, r.Method);
        Assert.Equal(0.0, r.Statistic!.Value);
        Assert.True(r.Drifted);
    }

    public static TheoryData<string, DriftMethod> RegistryCases() => new()
    {
        { "11 distinct integers", DriftMethod.KolmogorovSmirnov },
        { "11 distinct integers x1000", DriftMethod.WassersteinNormed },
        { "1..5 x1000", DriftMethod.JensenShannon },
        { "a,b,c x10", DriftMethod.ChiSquare },
        { "a,b x10", DriftMethod.ZTest },
        { "a,b x10000", DriftMethod.JensenShannon },
    };

    [Theory]
    [MemberData(nameof(RegistryCases))]
    public void DefaultTestSelectionMatchesEvidentlyRegistry(string name, DriftMethod expected)
    {
        double[] eleven = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
        DriftColumnData column = name switch
        {
            "11 distinct integers" => Ints("x", eleven),
            "11 distinct integers x1000" => Ints("x", Repeat(eleven, 1000)),
            "1..5 x1000" => Ints("x", Repeat([1, 2, 3, 4, 5], 1000)),
            "a,b,c x10" => Texts("x", Repeat(["a", "b", "c"], 10)),
            "a,b x10" => Texts("x", Repeat(["a", "b"], 10)),
            _ => Texts("x", Repeat(["a", "b"], 10000)),
        };
        DriftColumnResult r = Single(column, column);
        Assert.Equal(expected, r.Method);
        Assert.False(r.Drifted);
    }

    [Fact]
    public void FloatColumnWithFewValuesIsNumericalAndUsesChiSquareBelow1000()
    {
        DriftColumnResult r = Single(Floats("x", 1, 2, 3, 1), Floats("x", 1, 2, 3, 3));
        Assert.Equal(DriftColumnKind.Numerical, r.Kind);
        Assert.Equal(DriftMethod.ChiSquare, r.Method);
    }
}
