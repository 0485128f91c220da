using System.Globalization;

namespace Aims.Evidence.Fairness;

/// <summary>
/// A configured limit: <c>[convention.]metric[:method][:agg]=value</c>, e.g. <c>demographicParityRatio=0.8</c>,
/// <c>equalizedOddsDifference:mean=0.1</c>, <c>aif360.statisticalParityDifference=0.1</c>.
/// </summary>
public sealed record FairnessThreshold(string Metric, string Convention, string? Method, string? Agg, double Value)
{
    private static readonly HashSet<string> Aif360Only = new(StringComparer.Ordinal)
    {
        "statisticalParityDifference", "disparateImpact", "averageOddsDifference", "averageAbsOddsDifference",
        "averagePredictiveValueDifference", "falsePositiveRateDifference", "falseNegativeRateDifference",
        "errorRateDifference",
    };

    private static readonly HashSet<string> FairlearnNames = new(StringComparer.Ordinal)
    {
        "demographicParityDifference", "demographicParityRatio", "equalizedOddsDifference", "equalizedOddsRatio",
        "equalOpportunityDifference", "equalOpportunityRatio",
    };

    /// <summary>Thresholds used when none are configured: DP difference ≤ 0.1, DP ratio ≥ 0.8 (four-fifths), EO difference ≤ 0.1.</summary>
    public static IReadOnlyList<FairnessThreshold> Defaults { get; } =
    [
        new("demographicParityDifference", "fairlearn", "between_groups", null, 0.1),
        new("demographicParityRatio", "fairlearn", "between_groups", null, 0.8),
        new("equalizedOddsDifference", "fairlearn", "between_groups", "worst_case", 0.1),
    ];

    /// <summary>
    /// Pass condition: ratios pass when value ≥ threshold; AIF360's disparate impact when within [t, 1/t];
    /// AIF360's signed differences when |value| ≤ threshold; other differences when value ≤ threshold.
    /// </summary>
    public string Operator =>
        Metric == "disparateImpact" ? "within"
        : Metric.EndsWith("Ratio", StringComparison.Ordinal) ? ">="
        : Convention == "aif360" && Metric != "averageAbsOddsDifference" && Metric != "equalizedOddsDifference" ? "abs<="
        : "<=";

    /// <summary>Parses one <c>--threshold</c> argument.</summary>
    public static FairnessThreshold Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = text.LastIndexOf('=');
        if (eq <= 0 || !double.TryParse(text.AsSpan(eq + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value < 0)
        {
            throw new EvidenceInputException($"Invalid --threshold '{text}': expected [convention.]metric[:method][:agg]=number, e.g. demographicParityRatio=0.8.");
        }

        var parts = text[..eq].Split(':', StringSplitOptions.TrimEntries);
        var name = parts[0];
        string? convention = null;
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            convention = name[..dot];
            name = name[(dot + 1)..];
        }

        convention ??= Aif360Only.Contains(name) ? "aif360" : "fairlearn";
        var known = convention switch
        {
            "fairlearn" => FairlearnNames.Contains(name),
            "aif360" => Aif360Only.Contains(name) || name is "equalOpportunityDifference" or "equalizedOddsDifference",
            _ => false,
        };
        if (!known)
        {
            throw new EvidenceInputException(
                $"Unknown threshold metric '{text[..eq]}'. Known: {string.Join(", ", FairlearnNames.Order(StringComparer.Ordinal))}, " +
                $"aif360.{{{string.Join(", ", Aif360Only.Order(StringComparer.Ordinal))}, equalOpportunityDifference, equalizedOddsDifference}}.");
        }

        string? method = convention == "fairlearn" ? "between_groups" : "vs_reference";
        string? agg = convention == "fairlearn" && name.StartsWith("equalizedOdds", StringComparison.Ordinal) ? "worst_case" : null;
        foreach (var part in parts.Skip(1))
        {
            switch (part)
            {
                case "between_groups" or "to_overall" when convention == "fairlearn":
                    method = part;
                    break;
                case "worst_case" or "mean" when agg is not null:
                    agg = part;
                    break;
                default:
                    throw new EvidenceInputException($"Invalid --threshold '{text}': '{part}' is not a method (between_groups, to_overall) or agg (worst_case, mean) for this metric.");
            }
        }

        return new FairnessThreshold(name, convention, method, agg, value);
    }
}
