using Aims.Core.Common;

namespace Aims.Core.AiSystems;

/// <summary>
/// An entry in the AI system register (the inventory auditors start from, and the anchor for risks, impact
/// assessments, evidence and monitoring). Intended use backs Annex A control A.9.4.
/// </summary>
public sealed class AiSystem : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>
    /// <see cref="Text.NameKeys.For"/> of <see cref="Name"/>: what "unique per organization" compares (a unique index
    /// over non-archived systems). Null only on rows from before the AiSystemNameKey migration until the start-up
    /// backfill has computed it.
    /// </summary>
    public string? NameKey { get; set; }
    public string? Purpose { get; set; }
    public string? IntendedUse { get; set; }
    public Guid OwnerId { get; set; }
    public LifecycleStage LifecycleStage { get; set; }
    public AiSystemStatus Status { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
    public string? ArchiveReason { get; set; }
}
