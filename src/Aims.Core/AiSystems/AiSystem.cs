using Aims.Core.Registers;

namespace Aims.Core.AiSystems;

/// <summary>
/// An entry in the AI system register (the inventory auditors start from, and the anchor for risks, impact
/// assessments, evidence and monitoring). Intended use backs Annex A control A.9.4.
/// </summary>
public sealed class AiSystem : RegisterRecord
{
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

    /// <summary>Active or archived: the archive state as a column of its own, which the status filter and sort use.</summary>
    public AiSystemStatus Status { get; set; }

    protected override void OnArchiveChanged(bool archived) =>
        Status = archived ? AiSystemStatus.Archived : AiSystemStatus.Active;
}
