using System.Text.Json;

namespace Aims.Core.AiSystems.Profile;

/// <summary>What kind of AI system it is, as far as the questions an auditor asks of it differ.</summary>
public enum AiSystemType
{
    MachineLearningModel,
    RuleBased,
    GenerativeApplication,
    AgenticSystem,
    ThirdPartyService,
}

/// <summary>How far the system acts on its own (A.9.2): the more it does, the more the oversight must say.</summary>
public enum AutonomyLevel
{
    /// <summary>It informs; a person makes every decision.</summary>
    DecisionSupport,

    /// <summary>It proposes; nothing takes effect until a person approves.</summary>
    HumanInTheLoop,

    /// <summary>It acts; a person watches and can step in.</summary>
    HumanOnTheLoop,

    /// <summary>It acts without routine human intervention.</summary>
    Autonomous,
}

/// <summary>A model or component the system is built from; without a supplier it is built in-house.</summary>
/// <param name="Origin"><c>inHouse</c> or <c>thirdParty</c>, from whether a supplier is named.</param>
public sealed record AiSystemComponent(string Name, string? Version, string? Provenance, string? Supplier)
{
    public string Origin => Supplier is null ? "inHouse" : "thirdParty";
}

/// <summary>One component as sent by a client; the rules say what is missing.</summary>
public sealed record AiSystemComponentInput(string? Name, string? Version, string? Provenance, string? Supplier);

/// <summary>
/// The profile of an AI system (A.6.1.2, A.6.1.3, A.9.2–A.9.4, clause 4.1) as sent to <c>PUT …/ai-systems/{id}/profile</c>:
/// every field replaced, a missing one cleared. The documents and evidence are links; datasets and third parties link to
/// the system from their own registers, and the organization's roles towards it are records of the AI roles register.
/// </summary>
public sealed record AiSystemProfileInput
{
    public AiSystemType? SystemType { get; init; }
    public string? Description { get; init; }
    public string? Capabilities { get; init; }
    public string? IntendedUsers { get; init; }
    public string? AffectedPersons { get; init; }
    public string? ForeseeableMisuse { get; init; }
    public AutonomyLevel? AutonomyLevel { get; init; }
    public string? HumanOversightWho { get; init; }
    public string? HumanOversightHow { get; init; }
    public string? HumanOversightWhen { get; init; }
    public IReadOnlyList<string>? Geographies { get; init; }
    public IReadOnlyList<string>? Languages { get; init; }
    public IReadOnlyList<string>? Channels { get; init; }
    public IReadOnlyList<AiSystemComponentInput?>? Components { get; init; }
    public string? ResponsibleUseObjectives { get; init; }
    public IReadOnlyList<Guid>? DocumentIds { get; init; }
    public IReadOnlyList<Guid>? EvidenceIds { get; init; }
}

/// <summary>Lists of the profile as stored: JSON in one column each, read back in the order given.</summary>
public static class ProfileLists
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string? Store<T>(IReadOnlyList<T>? items) => items is null || items.Count == 0 ? null : JsonSerializer.Serialize(items, Json);

    public static IReadOnlyList<T> Read<T>(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : JsonSerializer.Deserialize<List<T>>(stored, Json) ?? [];
}

public static class ProfileLabels
{
    public static string Type(AiSystemType type) => type switch
    {
        AiSystemType.MachineLearningModel => "Machine learning model",
        AiSystemType.RuleBased => "Rule-based system",
        AiSystemType.GenerativeApplication => "Generative / LLM-based application",
        AiSystemType.AgenticSystem => "Agentic system",
        _ => "Third-party AI service",
    };

    public static string Autonomy(AutonomyLevel level) => level switch
    {
        AutonomyLevel.DecisionSupport => "Decision support: a person decides",
        AutonomyLevel.HumanInTheLoop => "Human in the loop: a person approves each action",
        AutonomyLevel.HumanOnTheLoop => "Human on the loop: it acts, a person monitors and can step in",
        _ => "Autonomous: no routine human intervention",
    };
}
