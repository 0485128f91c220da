namespace Aims.Core.AiSystems.Lifecycle;

/// <summary>
/// A move refused at its gate: artefacts are missing, or the move skips a gate, and no exception reason was given.
/// The API answers 409 with <see cref="MissingArtefacts"/> as the <c>missingArtefacts</c> member.
/// </summary>
public sealed class GateNotSatisfiedException(LifecycleStage to, IReadOnlyList<ArtefactKind> missingArtefacts, string message) : Exception(message)
{
    public LifecycleStage To { get; } = to;
    public IReadOnlyList<ArtefactKind> MissingArtefacts { get; } = missingArtefacts;
}
