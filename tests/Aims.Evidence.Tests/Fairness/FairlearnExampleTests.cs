using Aims.Evidence.Fairness;
using static Aims.Evidence.Tests.Fairness.FairnessTestData;

namespace Aims.Evidence.Tests.Fairness;

/// <summary>The public Fairlearn examples and edge cases quoted in computed-evidence.md §1.</summary>
public sealed class FairlearnExampleTests
{
    private const double Tol = 1e-12;

    // Reconstructed so that Fairlearn yields the documented figures: selection rate a = 3/4, b = 2/4
    // (DP difference 0.25, ratio 0.667); TPR a = 1, b = 0 (equalized odds difference 1.0).
    private static readonly int[] YTrue = [1, 1, 0, 0, 0, 0, 1, 1];
    private static readonly int[] YPred = [1, 1, 1, 0, 1, 1, 0, 0];
    private static readonly string?[] Sf = ["a", "a", "a", "a", "b", "b", "b", "b"];

    [Fact]
    public void Docs_example_gives_dp_difference_025_ratio_0667_eo_difference_1()
    {
        var g = Analyze(Counts(YTrue, YPred, [Sf])).Groupings.Single();
        Assert.Equal(0.25, Value(g, "demographicParityDifference"), Tol);
        Assert.Equal(2.0 / 3.0, Value(g, "demographicParityRatio"), Tol);
        Assert.Equal(0.667, Math.Round(Value(g, "demographicParityRatio"), 3));
        Assert.Equal(1.0, Value(g, "equalizedOddsDifference", agg: "worst_case"), Tol);
    }

    [Fact]
    public void Docs_example_other_aggregates_match_hand_computation()
    {
        var g = Analyze(Counts(YTrue, YPred, [Sf])).Groupings.Single();
        // overall selection 5/8; |3/4 − 5/8| = |1/2 − 5/8| = 1/8.
        Assert.Equal(0.125, Value(g, "demographicParityDifference", method: "to_overall"), Tol);
        // (3/4)/(5/8) = 1.2 → 1/1.2; (1/2)/(5/8) = 0.8 → min 0.8.
        Assert.Equal(0.8, Value(g, "demographicParityRatio", method: "to_overall"), Tol);
        // ΔTPR = 1, ΔFPR = |1/2 − 1| = 1/2.
        Assert.Equal(0.75, Value(g, "equalizedOddsDifference", agg: "mean"), Tol);
        Assert.Equal(0.0, Value(g, "equalizedOddsRatio", agg: "worst_case"), Tol);
        Assert.Equal(0.25, Value(g, "equalizedOddsRatio", agg: "mean"), Tol);
        Assert.Equal(1.0, Value(g, "equalOpportunityDifference"), Tol);
        Assert.Equal(0.0, Value(g, "equalOpportunityRatio"), Tol);
        Assert.Equal(0.5, Value(g, "selectionRateGroupMin", method: null), Tol);
        Assert.Equal(0.75, Value(g, "selectionRateGroupMax", method: null), Tol);
        Assert.Equal(4, Group(g, "a").Count);
    }

    [Fact]
    public void Tpr_of_group_without_positives_is_zero_not_nan()
    {
        var g = Analyze(Counts([0, 0, 1, 1], [1, 0, 1, 0], [["a", "a", "b", "b"]])).Groupings.Single();
        Assert.Equal(0.0, Group(g, "a").TruePositiveRate);
        Assert.Equal(0.5, Group(g, "b").TruePositiveRate);
        Assert.Equal(0.0, Group(g, "b").FalsePositiveRate); // no actual negatives in b
    }

    [Fact]
    public void Missing_sensitive_values_under_drop_policy_are_kept_in_overall_only()
    {
        string?[] sf = ["1", "1", "2", "2", null, null];
        var counts = Counts([1, 1, 1, 1, 1, 1], [1, 0, 1, 1, 1, 1], [sf]);
        var report = Analyze(counts, new FairnessOptions { MissingPolicy = MissingValuePolicy.Drop, BootstrapIterations = 0, MinGroupSize = 0 });
        var g = report.Groupings.Single();
        Assert.Equal(0.5, Group(g, "1").SelectionRate, Tol);
        Assert.Equal(1.0, Group(g, "2").SelectionRate, Tol);
        Assert.Equal(2, g.Groups.Count);
        Assert.Equal(5.0 / 6.0, report.Overall.SelectionRate, Tol);
        Assert.Equal(0.8333, Math.Round(report.Overall.SelectionRate, 4));
        Assert.Equal(2, g.RowsOutsideGroups);
    }

    [Fact]
    public void Missing_sensitive_values_default_to_their_own_group()
    {
        string?[] sf = ["1", "1", "2", "2", null, null];
        var g = Analyze(Counts([1, 1, 1, 1, 1, 1], [1, 0, 1, 1, 1, 1], [sf])).Groupings.Single();
        Assert.Equal(3, g.Groups.Count);
        var missing = Group(g, "(missing)");
        Assert.True(missing.Missing);
        Assert.Equal(1.0, missing.SelectionRate);
        Assert.Equal(0, g.RowsOutsideGroups);
    }

    [Fact]
    public void Dp_ratio_is_nan_when_all_predictions_are_zero()
    {
        var g = Analyze(Counts([0, 1, 0, 1], [0, 0, 0, 0], [["a", "a", "b", "b"]])).Groupings.Single();
        Assert.True(double.IsNaN(Value(g, "demographicParityRatio")));
        Assert.Equal(0.0, Value(g, "demographicParityDifference"));
    }

    [Fact]
    public void Equalized_odds_aggregates_a_nan_ratio_as_fairlearn_does()
    {
        // No false positives anywhere: FPR ratio = 0/0 = NaN; TPR a = 1/2, b = 1 gives TPR ratio 0.5. Fairlearn takes
        // builtin min((tpr, fpr)) = 0.5 (a later NaN never compares smaller) and Series.mean() = 0.5 (skipna).
        var noFp = Analyze(Counts([1, 1, 0, 1, 0], [1, 0, 0, 1, 0], [["a", "a", "a", "b", "b"]])).Groupings.Single();
        Assert.Equal(0.5, Value(noFp, "equalizedOddsRatio", agg: "worst_case"), Tol);
        Assert.Equal(0.5, Value(noFp, "equalizedOddsRatio", agg: "mean"), Tol);

        // No true positives anywhere: TPR ratio NaN comes first, so min((NaN, fpr)) = NaN, while the mean is the FPR
        // ratio (a 1/2, b 1 → 0.5).
        var noTp = Analyze(Counts([1, 0, 0, 1, 0], [0, 1, 0, 0, 1], [["a", "a", "a", "b", "b"]])).Groupings.Single();
        Assert.True(double.IsNaN(Value(noTp, "equalizedOddsRatio", agg: "worst_case")));
        Assert.Equal(0.5, Value(noTp, "equalizedOddsRatio", agg: "mean"), Tol);

        // Both NaN (nothing selected): both aggregates NaN.
        var none = Analyze(Counts([1, 0, 1, 0], [0, 0, 0, 0], [["a", "a", "b", "b"]])).Groupings.Single();
        Assert.True(double.IsNaN(Value(none, "equalizedOddsRatio", agg: "worst_case")));
        Assert.True(double.IsNaN(Value(none, "equalizedOddsRatio", agg: "mean")));
    }

    [Fact]
    public void Dp_ratio_is_zero_when_one_group_never_selected()
    {
        var g = Analyze(Counts([0, 1, 0, 1], [1, 0, 0, 0], [["a", "a", "b", "b"]])).Groupings.Single();
        Assert.Equal(0.0, Value(g, "demographicParityRatio"));
    }

    [Fact]
    public void Ratio_to_overall_with_zero_division_precision_is_zero()
    {
        // test_metricframe_aggregates.py::test_ratio_zero_divide: precision a = 1, b = 0 (zero_division=0), overall 1.
        var g = Analyze(Counts([1, 0], [1, 0], [["a", "b"]])).Groupings.Single();
        Assert.Equal(0.0, Value(g, "positivePredictiveValueRatio", method: "to_overall"));
    }

    [Fact]
    public void Empty_intersections_are_ignored_but_reported()
    {
        // (x, q) never occurs: Fairlearn's cartesian product gives a NaN row that min/max skip.
        string?[] s1 = ["x", "x", "y", "y", "y", "y"];
        string?[] s2 = ["p", "p", "p", "p", "q", "q"];
        var report = Analyze(Counts([1, 0, 1, 0, 1, 0], [1, 1, 1, 0, 0, 0], [s1, s2], names: ["s1", "s2"]));
        var intersection = report.Groupings.Single(g => g.Name == "s1 & s2");
        Assert.Equal(3, intersection.Groups.Count);
        Assert.Equal(1, intersection.EmptyIntersections.Count);
        Assert.Equal(["x | q"], intersection.EmptyIntersections.Examples);
        // selection: x|p = 1, y|p = 0.5, y|q = 0.
        Assert.Equal(1.0, Value(intersection, "demographicParityDifference"));
        Assert.Equal(3, report.Groupings.Count);
    }

    [Fact]
    public void Weighted_counts_follow_sample_weight()
    {
        // Group a: weighted selection = (2·1 + 1·0)/3.
        var g = Analyze(Counts([1, 0, 1, 1], [1, 0, 1, 0], [["a", "a", "b", "b"]], [2, 1, 1, 3])).Groupings.Single();
        Assert.Equal(2.0 / 3.0, Group(g, "a").SelectionRate, Tol);
        Assert.Equal(0.25, Group(g, "b").TruePositiveRate, Tol);
        Assert.Equal(2, Group(g, "a").Count); // count is unweighted, as Fairlearn's
        Assert.Equal(3.0, Group(g, "a").Weight);
    }
}
