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
    public LifecycleStage? LifecycleStage { get; init; }
}
