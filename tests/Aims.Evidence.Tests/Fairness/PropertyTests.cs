using Aims.Evidence.Documents;
using Aims.Evidence.Fairness;
using static Aims.Evidence.Tests.Fairness.FairnessTestData;

namespace Aims.Evidence.Tests.Fairness;

/// <summary>Invariances every fairness result must have, checked on random data.</summary>
public sealed class PropertyTests
{
    private static (int[] Y, int[] P, string?[][] S, double[] W) RandomData(int seed, int n = 400)
    {
        var rng = new Random(seed);
        string[] a = ["F", "M", "X"];
        string[] b = ["young", "mid", "old"];
        var y = new int[n];
        var p = new int[n];
        var s1 = new string?[n];
        var s2 = new string?[n];
        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = rng.Next(2);
            p[i] = rng.NextDouble() < 0.3 + (0.4 * y[i]) ? 1 : 0;
            s1[i] = rng.NextDouble() < 0.05 ? null : a[rng.Next(a.Length)];
            s2[i] = b[rng.Next(b.Length)];
            w[i] = rng.Next(1, 4);
        }

        return (y, p, [s1, s2], w);
    }

    private static readonly FairnessOptions Options = new() { BootstrapIterations = 50, BootstrapSeed = 7, MinGroupSize = 10 };

    private static string Json(FairnessReport report) => System.Text.Json.JsonSerializer.Serialize(report, EvidenceJsonContext.Default.FairnessReport);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Row_permutation_does_not_change_any_number(int seed)
    {
        var (y, p, s, w) = RandomData(seed);
        var perm = Enumerable.Range(0, y.Length).OrderBy(_ => Random.Shared.Next()).ToArray();
        var original = Analyze(Counts(y, p, s, w, ["sex", "age"]), Options);
        var permuted = Analyze(Counts(perm.Select(i => y[i]).ToArray(), perm.Select(i => p[i]).ToArray(), s.Select(col => perm.Select(i => col[i]).ToArray()).ToArray(), perm.Select(i => w[i]).ToArray(), ["sex", "age"]), Options);
        Assert.Equal(Json(original), Json(permuted));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Unit_weights_equal_unweighted(int seed)
    {
        var (y, p, s, _) = RandomData(seed);
        var unweighted = Analyze(Counts(y, p, s, null, ["sex", "age"]), Options);
        var unit = Analyze(Counts(y, p, s, Enumerable.Repeat(1.0, y.Length).ToArray(), ["sex", "age"]), Options);
        Assert.Equal(Json(unweighted), Json(unit));
    }

    [Fact]
    public void Group_order_and_attribute_value_order_are_irrelevant()
    {
        // Same rows, but group "b" appears first in one file and "a" in the other.
        var first = Analyze(Counts([1, 0, 1, 0, 1, 1], [1, 1, 0, 0, 1, 0], [["a", "a", "a", "b", "b", "b"]]));
        var second = Analyze(Counts([0, 1, 1, 1, 0, 1], [0, 1, 0, 1, 1, 0], [["b", "b", "b", "a", "a", "a"]]));
        Assert.Equal(Json(first), Json(second));
        Assert.Equal(["a", "b"], first.Groupings.Single().Groups.Select(g => g.Label));
    }

    [Fact]
    public void Bootstrap_is_reproducible_with_the_seed_and_brackets_the_estimate()
    {
        var (y, p, s, w) = RandomData(9, 2000);
        var counts = Counts(y, p, s, w, ["sex", "age"]);
        var one = Analyze(counts, Options with { BootstrapIterations = 200 });
        var two = Analyze(counts, Options with { BootstrapIterations = 200 });
        Assert.Equal(Json(one), Json(two));
        var dp = one.Groupings[0].Disparities.Single(d => d.Metric == "demographicParityDifference" && d.Method == "between_groups");
        Assert.NotNull(dp.Ci);
        Assert.True(dp.Ci!.Lower <= dp.Value && dp.Value <= dp.Ci.Upper, $"{dp.Ci.Lower} ≤ {dp.Value} ≤ {dp.Ci.Upper}");
        Assert.Equal(200, dp.Ci.Replicates);
        var other = Analyze(counts, Options with { BootstrapIterations = 200, BootstrapSeed = 8 });
        Assert.NotEqual(Json(one), Json(other));
    }

    [Fact]
    public void Every_disparity_gets_an_interval_when_bootstrapping()
    {
        var (y, p, s, w) = RandomData(11, 1000);
        var report = Analyze(Counts(y, p, s, w, ["sex", "age"]), Options);
        Assert.All(report.Groupings.SelectMany(g => g.Disparities).Where(d => double.IsFinite(d.Value) && d.Metric != "betweenGroupGeneralizedEntropyIndex"), d => Assert.NotNull(d.Ci));
        Assert.All(report.Indices, d => Assert.NotNull(d.Ci));
    }
}
