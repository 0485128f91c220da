namespace Aims.Evidence.Fairness;

/// <summary>Per-group rates from weighted confusion counts, under each reference library's zero-denominator rule.</summary>
internal static class Rates
{
    /// <summary>Fairlearn/sklearn: a zero row in the normalised confusion matrix gives 0 (nan_to_num), not NaN.</summary>
    public static double ZeroSafe(double numerator, double denominator) => denominator == 0 ? 0 : numerator / denominator;

    public static double SelectionRate(in ConfusionCounts c) => (c.WeightFp + c.WeightTp) / c.Weight;

    public static double BaseRate(in ConfusionCounts c) => (c.WeightFn + c.WeightTp) / c.Weight;

    public static double Accuracy(in ConfusionCounts c) => (c.WeightTp + c.WeightTn) / c.Weight;

    public static double Tpr(in ConfusionCounts c) => ZeroSafe(c.WeightTp, c.WeightTp + c.WeightFn);

    public static double Fpr(in ConfusionCounts c) => ZeroSafe(c.WeightFp, c.WeightFp + c.WeightTn);

    public static double Fnr(in ConfusionCounts c) => ZeroSafe(c.WeightFn, c.WeightTp + c.WeightFn);

    public static double Tnr(in ConfusionCounts c) => ZeroSafe(c.WeightTn, c.WeightFp + c.WeightTn);

    public static double Ppv(in ConfusionCounts c) => ZeroSafe(c.WeightTp, c.WeightTp + c.WeightFp);

    /// <summary>Fairlearn-convention base metric by index (order of <see cref="FairlearnMetricNames"/>).</summary>
    public static double Fairlearn(int metric, in ConfusionCounts c) => metric switch
    {
        0 => SelectionRate(c),
        1 => Tpr(c),
        2 => Fpr(c),
        3 => Fnr(c),
        4 => Tnr(c),
        5 => Ppv(c),
        _ => Accuracy(c),
    };

    public static readonly string[] FairlearnMetricNames =
    [
        "selectionRate", "truePositiveRate", "falsePositiveRate", "falseNegativeRate", "trueNegativeRate",
        "positivePredictiveValue", "accuracy",
    ];

    /// <summary>
    /// Aequitas absolute metric by index (order of <see cref="AequitasMetricNames"/>): every zero denominator gives NaN.
    /// <paramref name="totalPredictedPositive"/> is k, the predicted positives over all groups of the attribute.
    /// </summary>
    public static double Aequitas(int metric, in ConfusionCounts c, double totalPredictedPositive) => metric switch
    {
        0 => (c.WeightTp + c.WeightFp) / totalPredictedPositive, // ppr
        1 => (c.WeightTp + c.WeightFp) / c.Weight, // pprev
        2 => c.WeightTp / (c.WeightTp + c.WeightFp), // precision
        3 => c.WeightFp / (c.WeightTp + c.WeightFp), // fdr
        4 => c.WeightFn / (c.WeightFn + c.WeightTn), // for
        5 => c.WeightFp / (c.WeightFp + c.WeightTn), // fpr
        6 => c.WeightFn / (c.WeightFn + c.WeightTp), // fnr
        7 => c.WeightTp / (c.WeightTp + c.WeightFn), // tpr
        8 => c.WeightTn / (c.WeightTn + c.WeightFp), // tnr
        _ => c.WeightTn / (c.WeightTn + c.WeightFn), // npv
    };

    public static readonly string[] AequitasMetricNames = ["ppr", "pprev", "precision", "fdr", "for", "fpr", "fnr", "tpr", "tnr", "npv"];
}
