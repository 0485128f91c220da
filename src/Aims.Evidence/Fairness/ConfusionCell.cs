namespace Aims.Evidence.Fairness;

/// <summary>Index of a confusion-table cell: label·2 + prediction, after both were normalised to 0/1.</summary>
internal static class ConfusionCell
{
    public const int TrueNegative = 0;
    public const int FalsePositive = 1;
    public const int FalseNegative = 2;
    public const int TruePositive = 3;
    public const int Count = 4;

    public static int Of(int label, int prediction) => (label << 1) | prediction;
}
