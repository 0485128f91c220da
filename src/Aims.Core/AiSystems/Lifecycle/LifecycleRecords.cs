using Aims.Core.Common;

namespace Aims.Core.AiSystems.Lifecycle;

/// <summary>
/// A record filed as one of a system's life-cycle artefacts: a controlled document or an evidence item, exactly one of
/// the two. Several may be filed under one kind (a plan and its revision); the gate needs at least one that counts.
/// </summary>
public sealed class LifecycleArtefact : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid AiSystemId { get; set; }
    public ArtefactKind Kind { get; set; }
    public Guid? DocumentId { get; set; }
    public Guid? EvidenceId { get; set; }
}

/// <summary>How a system came to be in a stage.</summary>
public enum GateOutcome
{
    /// <summary>Registered at inception: there was no gate to pass.</summary>
    Registered,

    /// <summary>The gate was passed with every required artefact present.</summary>
    Passed,

    /// <summary>Moved without every required artefact, or past a gate, or registered at a later stage: with a reason.</summary>
    Exception,
}

/// <summary>
/// One step of a system's life cycle, kept for ever (the timeline auditors read): where it came from, where it went,
/// who approved it in which role, and what was present or missing at that moment. Never changed after it is written.
/// </summary>
public sealed class LifecycleGateEvent : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid AiSystemId { get; set; }

    /// <summary>Null when the system was registered in <see cref="ToStage"/>.</summary>
    public LifecycleStage? FromStage { get; set; }

    public LifecycleStage ToStage { get; set; }
    public GateOutcome Outcome { get; set; }

    /// <summary>The account that approved the step.</summary>
    public Guid ApproverUserId { get; set; }

    /// <summary>The approver's name as it was then (the person who decided; seeded steps were not written by them).</summary>
    public string ApproverName { get; set; } = "";

    /// <summary>The role the approver acted in: the gate's approver role, or the approver's role in the organization.</summary>
    public string ApproverRole { get; set; } = "";

    /// <summary>Why the gate was passed by exception (required for <see cref="GateOutcome.Exception"/>).</summary>
    public string? Reason { get; set; }

    public string? Note { get; set; }

    /// <summary>A JSON array of <see cref="ArtefactSnapshot"/>: the artefacts that counted when the step was approved.</summary>
    public string Present { get; set; } = "[]";

    /// <summary>A JSON array of the <see cref="ArtefactKind"/> names that were required and missing.</summary>
    public string Missing { get; set; } = "[]";
}

/// <summary>
/// What an organization requires to enter one stage. Stages without a row use <see cref="LifecycleGates.DefaultRequired"/>.
/// </summary>
public sealed class LifecycleGateRule : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }

    /// <summary>The stage entered through this gate.</summary>
    public LifecycleStage Stage { get; set; }

    /// <summary>A JSON array of <see cref="ArtefactKind"/> names.</summary>
    public string RequiredArtefacts { get; set; } = "[]";

    /// <summary>The AIMS role (clause 5.3) whose holders approve the gate; null lets anyone who may edit AI systems approve it.</summary>
    public Guid? ApproverRoleId { get; set; }
}

/// <summary>An artefact as it stood when a step was approved (its title then, not now).</summary>
/// <param name="Register">"documents" or "evidence".</param>
public sealed record ArtefactSnapshot(ArtefactKind Kind, string Register, Guid Id, string Title);
