using Aims.Evidence.Documents;
using Aims.Evidence.Fairness;

namespace Aims.Evidence.Tests.Fairness;

/// <summary>Builds fairness reports from in-memory arrays, as Fairlearn's y_true / y_pred / sensitive_features would be given.</summary>
internal static class FairnessTestData
{
    public static FairnessCounts Counts(int[] yTrue, int[] yPred, string?[][] sensitive, double[]? weights = null, string[]? names = null)
    {
        names ??= sensitive.Select((_, i) => "sf" + i).ToArray();
        var acc = new FairnessAccumulator(names, 1000);
        for (var r = 0; r < yTrue.Length; r++)
        {
            var cell = -1;
            for (var a = 0; a < sensitive.Length; a++)
            {
                var v = sensitive[a][r];
                var code = v is null ? acc.Codebook(a).GetMissingCode() : acc.Codebook(a).GetCode(v);
                cell = acc.Chain(cell, a, code);
            }

            acc.Add(cell, ConfusionCell.Of(yTrue[r], yPred[r]), weights?[r] ?? 1.0);
        }

        return acc.ToCounts();
    }

    public static FairnessReport Analyze(FairnessCounts counts, FairnessOptions? options = null) =>
        Analyze(counts, options, out _);

    public static FairnessReport Analyze(FairnessCounts counts, FairnessOptions? options, out List<Verdict> verdicts)
    {
        verdicts = [];
        return FairnessAnalyzer.Analyze(counts, options ?? new FairnessOptions { BootstrapIterations = 0, MinGroupSize = 0 }, "1", verdicts, []);
    }

    public static double Value(GroupingReport grouping, string metric, string convention = "fairlearn", string? method = "between_groups", string? agg = null, string? group = null) =>
        grouping.Disparities.Single(d => d.Metric == metric && d.Convention == convention && d.Method == method && d.Agg == agg && d.Group == group).Value;

    public static GroupMetrics Group(GroupingReport grouping, string label) => grouping.Groups.Single(g => g.Label == label);
}
