using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Support;

/// <summary>
/// Someone who does work under the AIMS (clause 7.2): a member with an account, or staff and contractors without one.
/// Their roles come from the roles register; their competence from their competence records.
/// </summary>
public sealed class Person : RegisterRecord
{
    public string Name { get; set; } = "";
    public string? Email { get; set; }

    /// <summary>Their account when they are a member (their holding a role then counts as an active member's).</summary>
    public Guid? UserId { get; set; }

    public string? JobTitle { get; set; }
    public string? Notes { get; set; }
}

public sealed record PersonInput
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public Guid? UserId { get; init; }
    public string? JobTitle { get; init; }
    public string? Notes { get; init; }
}

/// <param name="Gaps">Competences a role they hold requires that no current record of theirs shows.</param>
/// <param name="Awareness">Whether they are aware of the AIMS (clause 7.3), computed from acknowledgements and training.</param>
public sealed record PersonView(
    Guid Id, string Name, string? Email, Guid? UserId, string? Member, string? JobTitle, string? Notes, IReadOnlyList<RecordRef> Roles,
    IReadOnlyList<CompetenceView> Competences, IReadOnlyList<string> Gaps, PersonAwareness Awareness,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

public enum CompetenceKind
{
    Training,
    Qualification,
    Experience,
}

/// <summary>One competence a person has shown (clause 7.2 d): training, a qualification or experience, with evidence and expiry.</summary>
public sealed class CompetenceRecord : RegisterRecord
{
    public Guid PersonId { get; set; }

    /// <summary>The competence, named as roles require it ("EU AI Act awareness").</summary>
    public string Competence { get; set; } = "";

    public CompetenceKind Kind { get; set; }
    public DateOnly AchievedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public Guid? EvidenceId { get; set; }
    public string? Notes { get; set; }

    /// <summary>The record is AIMS awareness training (clause 7.3): the AI policy, one's part in the AIMS, what not conforming means.</summary>
    public bool Awareness { get; set; }
}

public sealed record CompetenceRecordInput
{
    public Guid? PersonId { get; init; }
    public string? Competence { get; init; }
    public CompetenceKind? Kind { get; init; }
    public DateOnly? AchievedOn { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public Guid? EvidenceId { get; init; }
    public string? Notes { get; init; }
    public bool? Awareness { get; init; }
}

public sealed record CompetenceView(Guid Id, string Competence, CompetenceKind Kind, DateOnly AchievedOn, DateOnly? ValidUntil, bool Current, bool Awareness);

public sealed record CompetenceRecordView(
    Guid Id, Guid PersonId, string? PersonName, string Competence, CompetenceKind Kind, DateOnly AchievedOn, DateOnly? ValidUntil, bool Current,
    bool Awareness, Guid? EvidenceId, string? EvidenceTitle, string? Notes,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

public enum ChangeStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>A change to the AIMS carried out in a planned manner (clause 6.3).</summary>
public sealed class PlannedChange : RegisterRecord
{
    public string Title { get; set; } = "";
    public string? Purpose { get; set; }
    public string? Consequences { get; set; }
    public string? Resources { get; set; }
    public Guid ResponsibleId { get; set; }
    public DateOnly PlannedDate { get; set; }
    public ChangeStatus Status { get; set; }
    public bool AffectsScope { get; set; }
    public bool AffectsPolicy { get; set; }
}

public sealed record PlannedChangeInput
{
    public string? Title { get; init; }
    public string? Purpose { get; init; }
    public string? Consequences { get; init; }
    public string? Resources { get; init; }
    public Guid? ResponsibleId { get; init; }
    public DateOnly? PlannedDate { get; init; }
    public ChangeStatus? Status { get; init; }
    public bool? AffectsScope { get; init; }
    public bool? AffectsPolicy { get; init; }
    public IReadOnlyList<Guid>? AiSystemIds { get; init; }
    public IReadOnlyList<Guid>? DocumentIds { get; init; }
}

public sealed record PlannedChangeView(
    Guid Id, string Title, string? Purpose, string? Consequences, string? Resources, Guid ResponsibleId, string? Responsible,
    DateOnly PlannedDate, ChangeStatus Status, bool Overdue, bool AffectsScope, bool AffectsPolicy, IReadOnlyList<RecordRef> AiSystems,
    IReadOnlyList<RecordRef> Documents,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

public enum ResourceKind
{
    Data,
    Tooling,
    System,
    Computing,
    Human,
}

/// <summary>A resource the AIMS and its AI systems need (clause 7.1, A.4.2–A.4.6).</summary>
public sealed class AimsResource : RegisterRecord
{
    public string Name { get; set; } = "";
    public ResourceKind Kind { get; set; }
    public string? Description { get; set; }
    public Guid OwnerId { get; set; }
    public string? Notes { get; set; }
}

public sealed record AimsResourceInput
{
    public string? Name { get; init; }
    public ResourceKind? Kind { get; init; }
    public string? Description { get; init; }
    public Guid? OwnerId { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<Guid>? AiSystemIds { get; init; }
}

public sealed record AimsResourceView(
    Guid Id, string Name, ResourceKind Kind, string? Description, Guid OwnerId, string? Owner, string? Notes, IReadOnlyList<RecordRef> AiSystems,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

public static class SupportLabels
{
    public static string Competence(CompetenceKind kind) => kind switch
    {
        CompetenceKind.Training => "Training",
        CompetenceKind.Qualification => "Qualification",
        _ => "Experience",
    };

    public static string Status(ChangeStatus status) => status switch
    {
        ChangeStatus.Planned => "Planned",
        ChangeStatus.InProgress => "In progress",
        ChangeStatus.Done => "Done",
        _ => "Cancelled",
    };

    public static string Resource(ResourceKind kind) => kind switch
    {
        ResourceKind.Data => "Data",
        ResourceKind.Tooling => "Tooling",
        ResourceKind.System => "System",
        ResourceKind.Computing => "Computing",
        _ => "Human",
    };
}
