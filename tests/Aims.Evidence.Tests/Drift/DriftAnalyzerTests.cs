using System.Text.Json;
using Aims.Evidence.Drift;
using static Aims.Evidence.Tests.Drift.DriftTestData;

namespace Aims.Evidence.Tests.Drift;

/// <summary>End-to-end behaviour: inference, cleaning, overrides, dataset verdict, properties and serialisation.</summary>
public sealed class DriftAnalyzerTests
{
    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    [Fact]
    public void IdenticalDistributionsGiveZeroDistancesAndPOne()
    {
        double[] small = Normal(800, 5, 2, 3);
        DriftColumnResult ks = Single(Floats("x", small), Floats("x", small));
        Assert.Equal(1.0, ks.Statistic);
        AssertZeroExtras(ks.Extra!);

        double[] large = Normal(20000, 5, 2, 4);
        DriftColumnResult wd = Single(Floats("x", large), Floats("x", large));
        Assert.Equal(DriftMethod.WassersteinNormed, wd.Method);
        Assert.Equal(0.0, wd.Statistic);
        AssertZeroExtras(wd.Extra!);

        string?[] cats = Repeat(["a", "b", "c", "d"], 50);
        DriftColumnResult chi = Single(Texts("c", cats), Texts("c", cats));
        Assert.Equal(1.0, chi.Statistic!.Value, 1e-12);
        AssertZeroExtras(chi.Extra!);

        static void AssertZeroExtras(DriftExtraMetrics e)
        {
            Assert.Equal(0.0, e.Psi!.Value, 1e-15);
            Assert.Equal(0.0, e.PsiQuantile!.Value, 1e-15);
            Assert.Equal(0.0, e.KlDivergence!.Value, 1e-15);
            Assert.Equal(0.0, e.JensenShannon!.Value, 1e-7);
            Assert.Equal(0.0, e.Hellinger!.Value, 1e-7);
            Assert.True(e.WassersteinNormed is null or 0.0);
        }
    }

    [Fact]
    public void ReportIsInvariantToRowOrderAndColumnOrderOfCurrent()
    {
        double[] r1 = Normal(3000, 0, 1, 10);
        double[] c1 = Normal(2500, 0.3, 1.2, 11);
        string?[] r2 = Repeat(["x", "y", "z", null!], 100);
        string?[] c2 = Repeat(["z", "y", "y", "w"], 80);
        double[] r3 = Normal(700, 1, 1, 12);
        double[] c3 = Normal(650, 1.1, 1, 13);
        DriftReport a = DriftAnalyzer.Analyze(
            [Floats("f", r1), Texts("t", r2), Floats("g", r3)],
            [Floats("f", c1), Texts("t", c2), Floats("g", c3)],
            new DriftOptions(),
            TestContext.Current.CancellationToken);
        var rng = new Random(5);
        DriftReport b = DriftAnalyzer.Analyze(
            [Floats("f", Shuffle(r1, rng)), Texts("t", Shuffle(r2, rng)), Floats("g", Shuffle(r3, rng))],
            [Floats("g", Shuffle(c3, rng)), Texts("t", Shuffle(c2, rng)), Floats("f", Shuffle(c1, rng))],
            new DriftOptions { Parallelism = 1 },
            TestContext.Current.CancellationToken);
        Assert.Equal(a.Columns.Count, b.Columns.Count);
        for (int i = 0; i < a.Columns.Count; i++)
        {
            Assert.Equal(a.Columns[i], b.Columns[i]);
        }

        Assert.Equal(a.Share, b.Share);

        static T[] Shuffle<T>(T[] values, Random rng)
        {
            T[] copy = [.. values];
            rng.Shuffle(copy);
            return copy;
        }
    }

    [Fact]
    public void MissingAndInfiniteValuesAreDroppedCountedAndDriveNRef()
    {
        // 1001 rows, 2 of them NaN/inf: n_ref = 999 ≤ 1000, so KS rather than Wasserstein.
        double[] reference = [.. Normal(999, 0, 1, 20), double.NaN, double.PositiveInfinity];
        double[] current = [.. Normal(500, 0, 1, 21), double.NegativeInfinity, double.NaN, double.NaN];
        DriftColumnResult r = Single(Floats("x", reference), Floats("x", current));
        Assert.Equal(DriftMethod.KolmogorovSmirnov, r.Method);
        Assert.Equal(1001, r.ReferenceRows);
        Assert.Equal(999, r.ReferenceUsed);
        Assert.Equal(1, r.ReferenceDroppedMissing);
        Assert.Equal(1, r.ReferenceDroppedInfinite);
        Assert.Equal(2, r.CurrentDroppedMissing);
        Assert.Equal(1, r.CurrentDroppedInfinite);
        Assert.Equal(500, r.CurrentUsed);
    }

    [Fact]
    public void IntegerColumnWithMissingValuesIsAFloatColumnAsInPandas()
    {
        // A missing value makes the pandas column float64; Evidently then takes the current side's dtype.
        DriftColumnResult r = Single(Ints("x", 1, 2, 3), Ints("x", 1, 2, double.NaN));
        Assert.Equal(SourceValueType.Float, r.ValueType);
        Assert.Equal(DriftColumnKind.Numerical, r.Kind);

        DriftColumnResult reverse = Single(Ints("x", 1, 2, double.NaN), Ints("x", 1, 2, 3));
        Assert.Equal(SourceValueType.Integer, reverse.ValueType);
        Assert.Equal(DriftColumnKind.Categorical, reverse.Kind);
    }

    [Fact]
    public void IntegerInferenceUsesReferenceUniqueCount()
    {
        // Reference has 5 distinct values (categorical) even though ref ∪ cur has 8.
        DriftColumnResult r = Single(Ints("x", 1, 2, 3, 4, 5), Ints("x", 6, 7, 8));
        Assert.Equal(DriftColumnKind.Categorical, r.Kind);
        Assert.Equal(8, r.UniqueValues);
        Assert.Equal(DriftMethod.ChiSquare, r.Method);
    }

    [Fact]
    public void BooleanColumnIsCategoricalAndUsesZTest()
    {
        var reference = new DriftColumnData { Name = "b", ValueType = SourceValueType.Boolean, Numbers = Repeat([0, 1, 1], 20) };
        var current = new DriftColumnData { Name = "b", ValueType = SourceValueType.Boolean, Numbers = Repeat([0, 0, 1], 20) };
        DriftColumnResult r = Single(reference, current);
        Assert.Equal(DriftColumnKind.Categorical, r.Kind);
        Assert.Equal(DriftMethod.ZTest, r.Method);
        Assert.Equal("<", r.Comparison);
    }

    [Fact]
    public void OverridesFollowColumnThenKindThenGlobalPrecedence()
    {
        double[] reference = Normal(400, 0, 1, 30);
        double[] current = Normal(400, 0.15, 1, 31);
        var options = new DriftOptions
        {
            Global = new DriftColumnOverride(DriftMethod.Hellinger, 0.9),
            NumericalOverride = new DriftColumnOverride(DriftMethod.PsiQuantile),
            PerColumn = new Dictionary<string, DriftColumnOverride>(StringComparer.Ordinal)
            {
                ["a"] = new DriftColumnOverride(Threshold: 0.001),
            },
        };
        DriftReport report = DriftAnalyzer.Analyze(
            [Floats("a", reference), Floats("b", reference)],
            [Floats("a", current), Floats("b", current)],
            options,
            TestContext.Current.CancellationToken);
        DriftColumnResult a = report.Columns[0];
        DriftColumnResult b = report.Columns[1];
        Assert.Equal(DriftMethod.PsiQuantile, a.Method);
        Assert.Equal("kind", a.MethodSource);
        Assert.Equal(0.001, a.Threshold);
        Assert.Equal("column", a.ThresholdSource);
        Assert.True(a.Drifted);
        Assert.Equal(0.9, b.Threshold);
        Assert.Equal("global", b.ThresholdSource);
        Assert.False(b.Drifted);
        Assert.Equal(a.Extra!.PsiQuantile, a.Statistic);
    }

    [Fact]
    public void ThresholdOverrideFlipsTheVerdict()
    {
        string?[] reference = Repeat(["a", "b", "c"], 30);
        string?[] current = [.. Repeat(["a", "b", "c"], 25), .. Repeat(["a"], 15)];
        DriftColumnResult loose = Single(Texts("c", reference), Texts("c", current));
        DriftColumnResult strict = Single(Texts("c", reference), Texts("c", current), Override("c", DriftMethod.ChiSquare, 0.99));
        Assert.False(loose.Drifted);
        Assert.True(strict.Drifted);
        Assert.Equal(loose.Statistic, strict.Statistic);
    }

    [Fact]
    public void InapplicableOverrideIsRejectedLikeEvidently()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() =>
            Single(Texts("c", "a", "b"), Texts("c", "a", "b"), Override("c", DriftMethod.KolmogorovSmirnov)));
        Assert.Contains("'ks'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatasetDriftIsShareGreaterOrEqualToDriftShare()
    {
        double[] same = Normal(300, 0, 1, 40);
        double[] moved = Normal(300, 3, 1, 41);
        DriftReport report = DriftAnalyzer.Analyze(
            [Floats("same", same), Floats("moved", same)],
            [Floats("same", same), Floats("moved", moved)],
            new DriftOptions(),
            TestContext.Current.CancellationToken);
        Assert.Equal(2, report.TestedColumns);
        Assert.Equal(1, report.DriftedColumns);
        Assert.Equal(0.5, report.Share);
        Assert.True(report.DatasetDrift);
        Assert.Equal("evidently-0.7.21", report.Convention);

        DriftReport stricter = DriftAnalyzer.Analyze(
            [Floats("same", same), Floats("moved", same)],
            [Floats("same", same), Floats("moved", moved)],
            new DriftOptions { DriftShare = 0.6 },
            TestContext.Current.CancellationToken);
        Assert.False(stricter.DatasetDrift);
    }

    [Fact]
    public void EmptyColumnIsSkippedAndNotTested()
    {
        DriftReport report = DriftAnalyzer.Analyze(
            [Floats("x", double.NaN, double.NaN), Floats("y", 1, 2, 3)],
            [Floats("x", 1, 2), Floats("y", 1, 2, 3)],
            new DriftOptions(),
            TestContext.Current.CancellationToken);
        Assert.NotNull(report.Columns[0].Skipped);
        Assert.Null(report.Columns[0].Statistic);
        Assert.Equal(1, report.TestedColumns);
    }

    [Fact]
    public void MissingCurrentColumnIsAnError()
    {
        Assert.Throws<ArgumentException>(() =>
            DriftAnalyzer.Analyze([Floats("x", 1)], [Floats("y", 1)], new DriftOptions(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ReportSerialisesWithSystemTextJson()
    {
        DriftReport report = DriftAnalyzer.Analyze([Floats("x", 1, 2, 3, 4, 5, 6)], [Floats("x", 2, 3, 4, 5, 6, 7)], new DriftOptions(),
            TestContext.Current.CancellationToken);
        var json = JsonSerializer.Serialize(report, CamelCase);
        Assert.Contains("\"datasetDrift\":", json, StringComparison.Ordinal);
        Assert.Contains("\"psiQuantile\":", json, StringComparison.Ordinal);
        Assert.Contains("\"comparison\":\"\\u003C=\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MethodNamesRoundTrip()
    {
        foreach (DriftMethod m in Enum.GetValues<DriftMethod>())
        {
            Assert.True(DriftMethods.TryParse(DriftMethods.Name(m).ToUpperInvariant(), out DriftMethod parsed));
            Assert.Equal(m, parsed);
        }

        Assert.False(DriftMethods.TryParse("nope", out _));
    }
}
