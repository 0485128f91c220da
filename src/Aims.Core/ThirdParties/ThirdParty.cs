using System.Text.Json;
using Aims.Core.Common;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.ThirdParties;

/// <summary>How a third party stands to the organization's AI systems (A.10).</summary>
public enum ThirdPartyKind
{
    Supplier,
    Customer,
    Partner,
}

/// <summary>The activities of an AI system's life whose responsibility is split with a third party (A.10.2).</summary>
public enum ResponsibilityActivity
{
    DesignAndDevelopment,
    DataSupplyAndPreparation,
    RiskAndImpactAssessment,
    VerificationAndValidation,
    Deployment,
    OperationAndMonitoring,
    HumanOversight,
    IncidentHandling,
    TechnicalDocumentation,
    ReEvaluation,
    Retirement,
}

/// <summary>Who carries an activity: the third party (<c>provider</c>), the organization itself, or both together.</summary>
public enum ResponsibilityAllocation
{
    Provider,
    Organization,
    Shared,
}

/// <summary>
/// A supplier, customer or partner involved in the organization's AI systems (Annex A.10): what it supplies or
/// receives, who carries which activity of the AI life cycle, the contract, the due diligence done and when the
/// relationship is reviewed next. The AI systems concerned, the interested-party requirements the contract answers and
/// the evidence are links.
/// </summary>
public sealed class ThirdParty : RegisterRecord
{
    public string Name { get; set; } = "";
    public ThirdPartyKind Kind { get; set; }
    public string? Supplies { get; set; }
    public string? Contact { get; set; }

    /// <summary>The allocation per activity as a JSON object in API spelling (<c>{"deployment":"shared"}</c>).</summary>
    public string Responsibilities { get; set; } = "{}";
    public string? Contract { get; set; }
    public string? DueDiligence { get; set; }
    public DateOnly? LastReviewedOn { get; set; }
    public DateOnly ReviewDate { get; set; }
    public Guid OwnerId { get; set; }
}

public sealed record ThirdPartyInput
{
    public string? Name { get; init; }
    public ThirdPartyKind? Kind { get; init; }
    public string? Supplies { get; init; }
    public string? Contact { get; init; }
    public IReadOnlyDictionary<string, string?>? Responsibilities { get; init; }
    public string? Contract { get; init; }
    public string? DueDiligence { get; init; }
    public DateOnly? LastReviewedOn { get; init; }
    public DateOnly? ReviewDate { get; init; }
    public Guid? OwnerId { get; init; }
    public IReadOnlyList<Guid>? AiSystemIds { get; init; }
    public IReadOnlyList<Guid>? RequirementIds { get; init; }
    public IReadOnlyList<Guid>? EvidenceIds { get; init; }
}

/// <param name="Responsibilities">Activity → <c>provider</c>, <c>organization</c> or <c>shared</c>, in life-cycle order.</param>
/// <param name="Gaps">What Annex A.10 expects of this relationship that it does not record yet, in words.</param>
public sealed record ThirdPartyView(
    Guid Id, string Name, ThirdPartyKind Kind, string? Supplies, string? Contact, IReadOnlyDictionary<string, string> Responsibilities,
    string? Contract, string? DueDiligence, DateOnly? LastReviewedOn, DateOnly ReviewDate, ReviewState Review, Guid OwnerId, string? Owner,
    IReadOnlyList<RecordRef> AiSystems, IReadOnlyList<RecordRef> Requirements, IReadOnlyList<RecordRef> Evidence, IReadOnlyList<string> Gaps,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

/// <summary>The responsibility matrix as stored (a JSON object) and as read, always in life-cycle order.</summary>
public static class ResponsibilityMatrix
{
    public static string Store(IReadOnlyDictionary<string, string?>? cells) =>
        JsonSerializer.Serialize(Ordered((cells ?? new Dictionary<string, string?>()).Where(c => c.Value is not null)
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal)));

    public static IReadOnlyDictionary<string, string> Read(string? stored) =>
        Ordered(string.IsNullOrEmpty(stored) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(stored) ?? []);

    private static Dictionary<string, string> Ordered(Dictionary<string, string> cells)
    {
        var ordered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var activity in Enum.GetValues<ResponsibilityActivity>().Select(ApiNames.Of).Where(cells.ContainsKey))
        {
            ordered[activity] = cells[activity];
        }

        return ordered;
    }
}

/// <summary>What Annex A.10 asks to be recorded about a third party, checked one way for its page, its list and readiness.</summary>
public static class ThirdPartyGaps
{
    public static IReadOnlyList<string> Of(ThirdPartyKind kind, int responsibilities, int aiSystems, int requirements, string? dueDiligence)
    {
        var gaps = new List<string>();
        if (aiSystems == 0)
        {
            gaps.Add("no AI system linked");
        }
        else if (responsibilities == 0)
        {
            gaps.Add("no responsibilities allocated (A.10.2)");
        }

        if (kind == ThirdPartyKind.Supplier && string.IsNullOrWhiteSpace(dueDiligence))
        {
            gaps.Add("no due-diligence record (A.10.3)");
        }

        if (kind == ThirdPartyKind.Customer && requirements == 0)
        {
            gaps.Add("their requirements are not linked (A.10.4)");
        }

        return gaps;
    }
}

public static class ThirdPartyLabels
{
    public static string Kind(ThirdPartyKind kind) => kind switch
    {
        ThirdPartyKind.Supplier => "Supplier",
        ThirdPartyKind.Customer => "Customer",
        _ => "Partner",
    };

    public static string Activity(ResponsibilityActivity activity) => activity switch
    {
        ResponsibilityActivity.DesignAndDevelopment => "Design and development",
        ResponsibilityActivity.DataSupplyAndPreparation => "Data supply and preparation",
        ResponsibilityActivity.RiskAndImpactAssessment => "Risk and impact assessment",
        ResponsibilityActivity.VerificationAndValidation => "Verification and validation",
        ResponsibilityActivity.Deployment => "Deployment",
        ResponsibilityActivity.OperationAndMonitoring => "Operation and monitoring",
        ResponsibilityActivity.HumanOversight => "Human oversight",
        ResponsibilityActivity.IncidentHandling => "Incidents and complaints",
        ResponsibilityActivity.TechnicalDocumentation => "Technical documentation and user information",
        ResponsibilityActivity.ReEvaluation => "Changes and re-evaluation",
        _ => "Retirement",
    };

    public static string Allocation(ResponsibilityAllocation allocation) => allocation switch
    {
        ResponsibilityAllocation.Provider => "The third party",
        ResponsibilityAllocation.Organization => "Our organization",
        _ => "Shared",
    };

    /// <summary>"Deployment: shared; Retirement: our organization", for the export and the list.</summary>
    public static string? Matrix(IReadOnlyDictionary<string, string> cells) =>
        cells.Count == 0 ? null : string.Join("; ", cells.Select(c =>
            $"{Label<ResponsibilityActivity>(c.Key, Activity)}: {Label<ResponsibilityAllocation>(c.Value, Allocation).ToLowerInvariant()}"));

    private static string Label<TEnum>(string apiName, Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(apiName, ignoreCase: true, out var value) ? label(value) : apiName;
}
