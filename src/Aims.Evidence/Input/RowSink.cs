using System.Runtime.CompilerServices;
using Aims.Evidence.Fairness;

namespace Aims.Evidence.Input;

/// <summary>Shared per-row validation: turns normalised values into one accumulator update or a counted drop.</summary>
internal static class RowSink
{
    public const string MissingLabel = "missingLabel";
    public const string MissingPrediction = "missingPrediction";
    public const string NonFiniteLabel = "nonFiniteLabel";
    public const string NonFinitePrediction = "nonFinitePrediction";
    public const string InvalidWeight = "invalidWeight";
    public const string MissingSensitive = "missingSensitive";
    public const string MalformedRow = "malformedRow";

    /// <summary>Returns false (and counts the reason) when the row cannot be used.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Accept(int label, int prediction, double weight, ReadStats stats)
    {
        if (label < 0)
        {
            stats.Drop(label == BinaryColumn.Missing ? MissingLabel : NonFiniteLabel);
            return false;
        }

        if (prediction < 0)
        {
            stats.Drop(prediction == BinaryColumn.Missing ? MissingPrediction : NonFinitePrediction);
            return false;
        }

        // NaN, ±inf and negative weights have no meaning as sample weights; sklearn would propagate them into NaN metrics.
        if (!(weight >= 0) || double.IsPositiveInfinity(weight))
        {
            stats.Drop(InvalidWeight);
            return false;
        }

        return true;
    }

    public static int PredictionFromScore(double score, double threshold) =>
        double.IsNaN(score) ? BinaryColumn.Missing : double.IsInfinity(score) ? BinaryColumn.NonFinite : score >= threshold ? 1 : 0;
}
