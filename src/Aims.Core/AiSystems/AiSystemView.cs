namespace Aims.Core.AiSystems;

/// <summary>An AI system as shown to callers, with the owner's display name resolved.</summary>
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
    long Version) : Registers.IRegisterView;
