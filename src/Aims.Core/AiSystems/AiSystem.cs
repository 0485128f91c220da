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

    // The profile (A.6.1.2, A.6.1.3, A.9.2–A.9.4, 4.1), edited as a whole through AiSystemProfileForm.
    public Profile.AiSystemType? SystemType { get; set; }
    public string? Description { get; set; }
    public string? Capabilities { get; set; }
    public string? IntendedUsers { get; set; }
    public string? AffectedPersons { get; set; }
    public string? ForeseeableMisuse { get; set; }
    public Profile.AutonomyLevel? AutonomyLevel { get; set; }
    public string? HumanOversightWho { get; set; }
    public string? HumanOversightHow { get; set; }
    public string? HumanOversightWhen { get; set; }

    /// <summary>JSON arrays of text (<see cref="Profile.ProfileLists"/>).</summary>
    public string? Geographies { get; set; }
    public string? Languages { get; set; }
    public string? Channels { get; set; }

    /// <summary>A JSON array of <see cref="Profile.AiSystemComponent"/>.</summary>
    public string? Components { get; set; }
    public string? ResponsibleUseObjectives { get; set; }

    /// <summary>Active or archived: the archive state as a column of its own, which the status filter and sort use.</summary>
    public AiSystemStatus Status { get; set; }

    protected override void OnArchiveChanged(bool archived) =>
        Status = archived ? AiSystemStatus.Archived : AiSystemStatus.Active;
}
