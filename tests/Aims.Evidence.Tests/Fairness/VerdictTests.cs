using Aims.Evidence.Fairness;
using static Aims.Evidence.Tests.Fairness.FairnessTestData;

namespace Aims.Evidence.Tests.Fairness;

/// <summary>Thresholds, verdicts and the minimum group size.</summary>
public sealed class VerdictTests
{
    private static (int[] Y, int[] P, string?[] S) Data(int perGroupA, int perGroupB, int smallC)
    {
        var y = new List<int>();
        var p = new List<int>();
        var s = new List<string?>();
        void Add(string g, int n, double rate)
        {
            for (var i = 0; i < n; i++)
            {
                y.Add(i % 2);
                p.Add(i < n * rate ? 1 : 0);
                s.Add(g);
            }
        }

        Add("a", perGroupA, 0.5);
        Add("b", perGroupB, 0.45);
        Add("c", smallC, 0.0);
        return (y.ToArray(), p.ToArray(), s.ToArray());
    }

    [Fact]
    public void Small_groups_are_marked_and_do_not_drive_verdicts()
    {
        var (y, p, s) = Data(100, 100, 5);
        var report = Analyze(Counts(y, p, [s], names: ["g"]), new FairnessOptions { BootstrapIterations = 0 }, out var verdicts);
        var g = report.Groupings.Single();
        Assert.True(Group(g, "c").InsufficientData);
        Assert.False(Group(g, "a").InsufficientData);
        // With c the DP difference is 0.5; the verdict looks only at a and b (0.05).
        Assert.Equal(0.5, Value(g, "demographicParityDifference"), 12);
        var dp = verdicts.Single(v => v.Metric == "demographicParityDifference");
        Assert.Equal("pass", dp.Status);
        Assert.Equal(0.05, dp.Value!.Value, 12);
        Assert.Equal(["c"], dp.ExcludedGroups);
    }

    [Fact]
    public void Fewer_than_two_sufficient_groups_give_insufficient_data()
    {
        var (y, p, s) = Data(100, 10, 5);
        Analyze(Counts(y, p, [s], names: ["g"]), new FairnessOptions { BootstrapIterations = 0 }, out var verdicts);
        Assert.All(verdicts, v => Assert.Equal("insufficientData", v.Status));
        Assert.All(verdicts, v => Assert.Null(v.Value));
    }

    [Fact]
    public void Breach_and_operators_follow_the_metric_kind()
    {
        var (y, p, s) = Data(100, 100, 0);
        var thresholds = new[] { "demographicParityDifference=0.01", "demographicParityRatio=0.95", "aif360.statisticalParityDifference=0.1", "aif360.disparateImpact=0.8" }
            .Select(FairnessThreshold.Parse).ToArray();
        Analyze(Counts(y, p, [s], names: ["g"]), new FairnessOptions { BootstrapIterations = 0, Thresholds = thresholds }, out var verdicts);
        Assert.Equal("breach", verdicts.Single(v => v.Metric == "demographicParityDifference").Status);
        Assert.Equal("breach", verdicts.Single(v => v.Metric == "demographicParityRatio").Status); // 0.9 < 0.95
        var spd = verdicts.Single(v => v.Metric == "statisticalParityDifference");
        Assert.Equal("abs<=", spd.Operator);
        Assert.Equal("pass", spd.Status);
        Assert.Equal("within", verdicts.Single(v => v.Metric == "disparateImpact").Operator);
    }

    [Theory]
    [InlineData("demographicParityRatio=0.8", "demographicParityRatio", "fairlearn", "between_groups", null)]
    [InlineData("equalizedOddsDifference:to_overall:mean=0.1", "equalizedOddsDifference", "fairlearn", "to_overall", "mean")]
    [InlineData("aif360.equalOpportunityDifference=0.1", "equalOpportunityDifference", "aif360", "vs_reference", null)]
    [InlineData("disparateImpact=0.8", "disparateImpact", "aif360", "vs_reference", null)]
    public void Threshold_syntax_parses(string text, string metric, string convention, string method, string? agg)
    {
        var t = FairnessThreshold.Parse(text);
        Assert.Equal(metric, t.Metric);
        Assert.Equal(convention, t.Convention);
        Assert.Equal(method, t.Method);
        Assert.Equal(agg, t.Agg);
    }

    [Theory]
    [InlineData("nonsense=0.1")]
    [InlineData("demographicParityRatio")]
    [InlineData("demographicParityRatio=abc")]
    [InlineData("demographicParityRatio:mean=0.8")]
    public void Bad_threshold_is_an_input_error(string text) =>
        Assert.Throws<EvidenceInputException>(() => FairnessThreshold.Parse(text));
}
