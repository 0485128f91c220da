using Aims.Evidence.Fairness;
using static Aims.Evidence.Tests.Fairness.FairnessTestData;

namespace Aims.Evidence.Tests.Fairness;

/// <summary>AIF360 and Aequitas formulas (computed-evidence.md §2) on hand-computed data.</summary>
public sealed class Aif360AequitasTests
{
    private const double Tol = 1e-12;

    // a: (y,ŷ) = (1,1),(1,1),(0,1),(0,0) → TP 2, FP 1, TN 1, FN 0.  b: (0,1),(0,1),(1,0),(1,0) → TP 0, FP 2, TN 0, FN 2.
    private static readonly int[] YTrue = [1, 1, 0, 0, 0, 0, 1, 1];
    private static readonly int[] YPred = [1, 1, 1, 0, 1, 1, 0, 0];
    private static readonly string?[] Sf = ["a", "a", "a", "a", "b", "b", "b", "b"];

    private static Documents.GroupingReport Grouping(string reference = "a") =>
        Analyze(Counts(YTrue, YPred, [Sf], names: ["g"]), new FairnessOptions
        {
            BootstrapIterations = 0,
            MinGroupSize = 0,
            ReferenceGroups = new Dictionary<string, string> { ["g"] = reference },
        }).Groupings.Single();

    [Fact]
    public void Aif360_signed_differences_are_unprivileged_minus_privileged()
    {
        var g = Grouping();
        Assert.Equal("a", g.ReferenceGroup);
        Assert.Equal("predefined", g.ReferenceGroupMethod);
        Assert.Equal(-0.25, Value(g, "statisticalParityDifference", "aif360", "vs_reference"), Tol); // 0.5 − 0.75
        Assert.Equal(2.0 / 3.0, Value(g, "disparateImpact", "aif360", "vs_reference"), Tol);
        Assert.Equal(-1.0, Value(g, "equalOpportunityDifference", "aif360", "vs_reference"), Tol); // TPR 0 − 1
        Assert.Equal(-0.25, Value(g, "averageOddsDifference", "aif360", "vs_reference"), Tol); // ½[(1 − ½) + (0 − 1)]
        Assert.Equal(0.75, Value(g, "averageAbsOddsDifference", "aif360", "vs_reference"), Tol);
        Assert.Equal(1.0, Value(g, "equalizedOddsDifference", "aif360", "vs_reference"), Tol);
        Assert.Equal(0.5, Value(g, "falsePositiveRateDifference", "aif360", "vs_reference"), Tol);
        Assert.Equal(1.0, Value(g, "falseNegativeRateDifference", "aif360", "vs_reference"), Tol);
        // error rate b = 1, a = 1/4.
        Assert.Equal(0.75, Value(g, "errorRateDifference", "aif360", "vs_reference"), Tol);
        // PPV b 0 − a 2/3, FOR b 1 − a 0 → ½(−2/3 + 1).
        Assert.Equal(1.0 / 6.0, Value(g, "averagePredictiveValueDifference", "aif360", "vs_reference"), Tol);
    }

    [Fact]
    public void Aif360_tpr_zero_denominator_gives_nan_unlike_fairlearn()
    {
        // Privileged group a has no actual positives.
        var report = Analyze(Counts([0, 0, 1, 1], [1, 0, 1, 0], [["a", "a", "b", "b"]], names: ["g"]), new FairnessOptions
        {
            BootstrapIterations = 0,
            MinGroupSize = 0,
            ReferenceGroups = new Dictionary<string, string> { ["g"] = "a" },
        });
        var g = report.Groupings.Single();
        Assert.True(double.IsNaN(Value(g, "equalOpportunityDifference", "aif360", "vs_reference")));
        Assert.Equal(0.5, Value(g, "equalOpportunityDifference"), Tol); // Fairlearn: TPR a = 0
    }

    [Fact]
    public void Aif360_disparate_impact_is_zero_when_privileged_rate_is_zero()
    {
        var g = Analyze(Counts([0, 1, 0, 1], [0, 0, 1, 0], [["a", "a", "b", "b"]], names: ["g"]), new FairnessOptions
        {
            BootstrapIterations = 0,
            MinGroupSize = 0,
            ReferenceGroups = new Dictionary<string, string> { ["g"] = "a" },
        }).Groupings.Single();
        Assert.Equal(0.0, Value(g, "disparateImpact", "aif360", "vs_reference"));
    }

    [Fact]
    public void Aequitas_disparities_are_ratios_to_reference_with_fill_for_infinity()
    {
        var g = Grouping();
        // ppr: predicted positives a 3, b 2 of k = 5 → (2/5)/(3/5).
        Assert.Equal(2.0 / 3.0, Value(g, "pprDisparity", "aequitas", "vs_reference", group: "b"), Tol);
        Assert.Equal(2.0 / 3.0, Value(g, "pprevDisparity", "aequitas", "vs_reference", group: "b"), Tol);
        Assert.Equal(2.0, Value(g, "fprDisparity", "aequitas", "vs_reference", group: "b"), Tol); // 1 / ½
        Assert.Equal(0.0, Value(g, "tprDisparity", "aequitas", "vs_reference", group: "b"), Tol);
        Assert.Equal(10.0, Value(g, "fnrDisparity", "aequitas", "vs_reference", group: "b"), Tol); // 1/0 → fill 10
        Assert.Equal(10.0, Value(g, "forDisparity", "aequitas", "vs_reference", group: "b"), Tol);
        Assert.Equal(3.0, Value(g, "fdrDisparity", "aequitas", "vs_reference", group: "b"), Tol); // 1 / ⅓
        Assert.Equal(1.0, Value(g, "pprDisparity", "aequitas", "vs_reference", group: "a"), Tol);
    }

    [Fact]
    public void Aequitas_parity_uses_tau_band_and_combines_parities()
    {
        var g = Grouping();
        var b = g.Aequitas.Groups.Single(x => x.Group == "b").Parities;
        Assert.False(b["statisticalParity"]);
        Assert.False(b["impactParity"]);
        Assert.False(b["fprParity"]);
        Assert.False(b["equalizedOdds"]);
        var a = g.Aequitas.Groups.Single(x => x.Group == "a").Parities;
        Assert.True(a["impactParity"]);
        Assert.False(g.Aequitas.Overall["impactParity"]);
        Assert.Equal(0.8, g.Aequitas.Tau);
    }

    [Fact]
    public void Aequitas_nan_disparity_gives_null_parity()
    {
        // Reference a has no actual positives → tpr_a = 0/0 = NaN → every tpr disparity NaN.
        var g = Analyze(Counts([0, 0, 1, 1], [1, 0, 1, 0], [["a", "a", "b", "b"]], names: ["g"]), new FairnessOptions
        {
            BootstrapIterations = 0,
            MinGroupSize = 0,
            ReferenceGroups = new Dictionary<string, string> { ["g"] = "a" },
        }).Groupings.Single();
        Assert.Null(g.Aequitas.Groups.Single(x => x.Group == "b").Parities["tprParity"]);
    }

    [Fact]
    public void Default_reference_is_the_largest_group()
    {
        var g = Analyze(Counts([1, 0, 1, 0, 1], [1, 0, 1, 1, 0], [["a", "b", "b", "b", "a"]], names: ["g"])).Groupings.Single();
        Assert.Equal("b", g.ReferenceGroup);
        Assert.Equal("majority", g.ReferenceGroupMethod);
    }

    [Fact]
    public void Unknown_reference_group_is_an_input_error()
    {
        var ex = Assert.Throws<EvidenceInputException>(() => Grouping("zzz"));
        Assert.Contains("zzz", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generalized_entropy_and_theil_match_hand_computation()
    {
        // b = ŷ − y + 1 = [1,1,2,1,2,2,0,0], μ = 9/8.
        var report = Analyze(Counts(YTrue, YPred, [Sf]));
        var ge2 = report.Indices.Single(i => i.Metric == "generalizedEntropyIndex").Value;
        Assert.Equal(19.5 / 81.0, ge2, Tol); // (1/16)(Σ b²/μ² − 8) = (960/81 − 8)/16
        var theil = report.Indices.Single(i => i.Metric == "theilIndex").Value;
        var expected = ((3 * (8 / 9.0) * Math.Log(8 / 9.0)) + (3 * (16 / 9.0) * Math.Log(16 / 9.0))) / 8;
        Assert.Equal(expected, theil, Tol);
        Assert.Equal(Math.Sqrt(2 * ge2), report.Indices.Single(i => i.Metric == "coefficientOfVariation").Value, Tol);
    }

    [Fact]
    public void Generalized_entropy_alpha_is_configurable_and_alpha_zero_is_infinite_with_false_negatives()
    {
        var counts = Counts(YTrue, YPred, [Sf]);
        var ge3 = Analyze(counts, new FairnessOptions { EntropyAlpha = 3, BootstrapIterations = 0 }).Indices.Single(i => i.Metric == "generalizedEntropyIndex").Value;
        // (1/(n·3·2)) Σ[(b/μ)³ − 1] with Σ b³ = 3·1 + 3·8 = 27, μ³ = 729/512.
        Assert.Equal(((27 / (729.0 / 512)) - 8) / 48, ge3, Tol);
        var ge0 = Analyze(counts, new FairnessOptions { EntropyAlpha = 0, BootstrapIterations = 0 }).Indices.Single(i => i.Metric == "generalizedEntropyIndex").Value;
        Assert.True(double.IsPositiveInfinity(ge0));
    }

    [Fact]
    public void Between_group_theil_uses_group_mean_benefits()
    {
        // Group mean benefits: a = 5/4, b = 4/4; μ = 9/8.
        var g = Analyze(Counts(YTrue, YPred, [Sf])).Groupings.Single();
        var ra = (5 / 4.0) / (9 / 8.0);
        var rb = 1 / (9 / 8.0);
        var expected = ((4 * ra * Math.Log(ra)) + (4 * rb * Math.Log(rb))) / 8;
        Assert.Equal(expected, Value(g, "betweenGroupTheilIndex", "aif360", null), Tol);
    }
}
