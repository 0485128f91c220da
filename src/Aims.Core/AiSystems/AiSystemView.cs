using Aims.Core.AiSystems.Profile;
using Aims.Core.Context;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.AiSystems;

/// <summary>
/// An AI system as shown to callers, with the owner's display name resolved and its profile: the fields of
/// <see cref="AiSystemProfileForm"/>, the documents and evidence it links, and the datasets and third parties that link to it.
/// </summary>
public sealed record AiSystemView(
    Guid Id,
    string Name,
    string? Purpose,
    string? IntendedUse,
    Guid OwnerId,
    string? OwnerName,
    LifecycleStage LifecycleStage,
    AiSystemStatus Status,
    DateTimeOffset? ArchivedAt,
    string? ArchiveReason,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    long Version) : IRegisterView
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

    /// <summary>The organization's ISO/IEC 22989 roles towards the system, from the AI roles register (clause 4.1).</summary>
    public IReadOnlyList<AiStakeholderRole> AiRoles { get; init; } = [];

    /// <summary>The EU AI Act operator role recorded with those roles (the first, should several differ).</summary>
    public OperatorRole? OperatorRole { get; init; }
    public IReadOnlyList<string> Geographies { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Channels { get; init; } = [];
    public IReadOnlyList<AiSystemComponent> Components { get; init; } = [];
    public string? ResponsibleUseObjectives { get; init; }
    public IReadOnlyList<RecordRef> Documents { get; init; } = [];
    public IReadOnlyList<RecordRef> Evidence { get; init; } = [];
    public IReadOnlyList<RecordRef> Datasets { get; init; } = [];
    public IReadOnlyList<RecordRef> ThirdParties { get; init; } = [];

    /// <summary>The tier of its stored EU AI Act classification (null: not classified yet).</summary>
    public EuAiAct.EuAiActTier? EuAiActTier { get; init; }

    /// <summary>Classified under a rules version that has since been superseded: to be reviewed.</summary>
    public bool EuAiActOutdated { get; init; }
}
