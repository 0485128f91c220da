using System.Text.Json.Serialization;
using Aims.Core.Context;

namespace Aims.Core.AiSystems.EuAiAct;

/// <summary>The risk tier (<see cref="Limited"/>: transparency duties under Art. 50 without high-risk status).</summary>
public enum EuAiActTier
{
    OutOfScope,
    Prohibited,
    High,
    Limited,
    Minimal,
}

/// <summary>What people read for a tier, on the system's page, in the register list and its exports.</summary>
public static class EuAiActTierLabels
{
    public static string Label(EuAiActTier tier) => tier switch
    {
        EuAiActTier.OutOfScope => "Out of scope",
        EuAiActTier.Prohibited => "Prohibited",
        EuAiActTier.High => "High-risk",
        EuAiActTier.Limited => "Transparency duties",
        _ => "Minimal risk",
    };
}

/// <summary>An obligation that falls on the operator, from when, and whether it applies today.</summary>
/// <param name="Record">What in the management system answers it.</param>
/// <param name="Evidence">The record OpenAIMS checks for it (see <see cref="EuAiActGaps"/>).</param>
public sealed record EuAiActObligationResult(string Article, string Title, DateOnly AppliesFrom, bool ApplicableNow, string? Record = null,
    [property: JsonIgnore] string? Evidence = null)
{
    /// <summary>What is missing in OpenAIMS for it, when the platform can tell; null when nothing is missing or it cannot.</summary>
    public string? Gap { get; init; }
}

/// <summary>A classification: tier, role, whether a GPAI model is provided, the rules version, why, and the obligations.</summary>
public sealed record EuAiActResult(EuAiActTier Tier, OperatorRole Role, bool GpaiModel, string RuleVersion, IReadOnlyList<string> Reasons,
    IReadOnlyList<EuAiActObligationResult> Obligations);
