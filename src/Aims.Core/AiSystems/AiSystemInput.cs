namespace Aims.Core.AiSystems;

/// <summary>
/// What a person supplies to create or edit an AI system. Null owner means "me" on create. Shape only; the rules
/// live in <see cref="AiSystemValidator"/> so the API, UI and CLI all enforce the same ones.
/// </summary>
public sealed record AiSystemInput
{
    public string? Name { get; init; }
    public string? Purpose { get; init; }
    public string? IntendedUse { get; init; }
    public Guid? OwnerId { get; init; }

    /// <summary>On create: the stage the system starts in (inception when left out). On update it must stay as it is:
    /// the stage changes only through the gate (<see cref="Lifecycle.LifecycleService.MoveAsync"/>).</summary>
    public LifecycleStage? LifecycleStage { get; init; }

    /// <summary>On create at a later stage than inception (a system already in service): why, recorded as an exception.</summary>
    public string? InitialStageReason { get; init; }
}
