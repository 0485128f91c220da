namespace Aims.Core.AiSystems.Lifecycle;

/// <summary>A request to move a system to another stage through its gate.</summary>
/// <param name="To">The stage to enter.</param>
/// <param name="ExceptionReason">Why the move may go ahead without every required artefact, or past a gate; recorded.</param>
/// <param name="Note">Anything the approver wants on the record (conditions, the meeting that decided).</param>
public sealed record StageMoveInput(LifecycleStage? To, string? ExceptionReason = null, string? Note = null);

/// <summary>A record to file as a life-cycle artefact: exactly one of a document and an evidence item.</summary>
public sealed record ArtefactInput(ArtefactKind? Kind, Guid? DocumentId = null, Guid? EvidenceId = null);

/// <summary>A filed artefact and whether it counts for a gate now (a draft document or expired evidence does not).</summary>
/// <param name="Register">"documents" or "evidence".</param>
/// <param name="Standing">Why it counts or not, in words.</param>
public sealed record ArtefactView(Guid Id, ArtefactKind Kind, string Register, Guid RecordId, string Title, bool Counts, string Standing,
    DateTimeOffset AddedAt, string AddedBy);

/// <summary>One required artefact kind of a gate, and whether a filed artefact of that kind counts now.</summary>
public sealed record GateRequirementView(ArtefactKind Kind, string Label, string Control, bool Present);

/// <summary>A move the system can make from its stage, with what it requires and what is still missing.</summary>
/// <param name="Ordinary">An ordinary step; a skip needs an exception even with every artefact present.</param>
/// <param name="ApproverRole">The AIMS role whose holders approve it; null when anyone who edits AI systems may.</param>
/// <param name="CallerMayApprove">Whether the person asking holds that role (always true without one).</param>
public sealed record GateView(LifecycleStage Stage, bool Ordinary, IReadOnlyList<GateRequirementView> Required, IReadOnlyList<ArtefactKind> MissingArtefacts,
    string? ApproverRole, bool CallerMayApprove);

/// <summary>One step of the timeline.</summary>
public sealed record GateEventView(Guid Id, DateTimeOffset At, LifecycleStage? From, LifecycleStage To, GateOutcome Outcome, string ApprovedBy,
    string ApproverRole, string? Reason, string? Note, IReadOnlyList<ArtefactSnapshot> Present, IReadOnlyList<ArtefactKind> Missing);

/// <summary>A system's life cycle: where it is, where it can go and what each way needs, its artefacts and its timeline (newest first).</summary>
public sealed record LifecycleView(Guid AiSystemId, LifecycleStage Stage, long SystemVersion, IReadOnlyList<GateView> Gates,
    IReadOnlyList<ArtefactView> Artefacts, IReadOnlyList<GateEventView> Timeline);

/// <summary>An organization's requirement for entering one stage.</summary>
/// <param name="Configured">False while the Annex A default applies.</param>
public sealed record GateRuleView(LifecycleStage Stage, IReadOnlyList<ArtefactKind> RequiredArtefacts, Guid? ApproverRoleId, string? ApproverRole,
    bool Configured);

/// <summary>The requirement for one stage as an administrator sets it.</summary>
public sealed record GateRuleInput(LifecycleStage? Stage, IReadOnlyList<ArtefactKind>? RequiredArtefacts, Guid? ApproverRoleId);

/// <summary>The whole gate configuration; stages left out go back to their default.</summary>
public sealed record GateRulesInput(IReadOnlyList<GateRuleInput>? Gates);
