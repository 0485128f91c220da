using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Leadership;

/// <summary>
/// A role of the management system (clause 5.3): AIMS owner, AI risk owner, internal auditor, data steward… with its
/// responsibilities and authorities, the competences it requires (clause 7.2) and the people who hold it.
/// </summary>
public sealed class AimsRole : RegisterRecord
{
    public string Name { get; set; } = "";
    public string? Responsibilities { get; set; }
    public string? Authorities { get; set; }

    /// <summary>Top management (clause 5.1): decisions that need it (accepting high risks) look for holders of such a role.</summary>
    public bool TopManagement { get; set; }

    /// <summary>The competences a holder needs, one per line (matched by name to people's competence records).</summary>
    public string RequiredCompetences { get; set; } = "";
}

public sealed record AimsRoleInput
{
    public string? Name { get; init; }
    public string? Responsibilities { get; init; }
    public string? Authorities { get; init; }
    public bool? TopManagement { get; init; }
    public IReadOnlyList<string>? RequiredCompetences { get; init; }
    public IReadOnlyList<Guid>? HolderIds { get; init; }
}

/// <param name="ActiveHolders">Holders who are active members of the organization (an account, not only a name).</param>
public sealed record AimsRoleView(
    Guid Id, string Name, string? Responsibilities, string? Authorities, bool TopManagement, IReadOnlyList<string> RequiredCompetences,
    IReadOnlyList<RecordRef> Holders, int ActiveHolders,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

/// <summary>Who is responsible, accountable, consulted and informed for one AIMS activity (clause 5.3).</summary>
public sealed class RaciEntry : RegisterRecord
{
    public string Activity { get; set; } = "";

    /// <summary>The clause or control the activity serves ("9.2"), when it serves one.</summary>
    public string? Reference { get; set; }

    public Guid AccountableRoleId { get; set; }
    public string? Notes { get; set; }
}

public sealed record RaciEntryInput
{
    public string? Activity { get; init; }
    public string? Reference { get; init; }
    public Guid? AccountableRoleId { get; init; }
    public IReadOnlyList<Guid>? ResponsibleRoleIds { get; init; }
    public IReadOnlyList<Guid>? ConsultedRoleIds { get; init; }
    public IReadOnlyList<Guid>? InformedRoleIds { get; init; }
    public string? Notes { get; init; }
}

public sealed record RaciEntryView(
    Guid Id, string Activity, string? Reference, Guid AccountableRoleId, string? AccountableRole, IReadOnlyList<RecordRef> Responsible,
    IReadOnlyList<RecordRef> Consulted, IReadOnlyList<RecordRef> Informed, string? Notes,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

public enum LeadershipRecordKind
{
    Decision,
    ResourceApproval,
    Communication,
    Review,
    Other,
}

/// <summary>Evidence of top management's commitment (clause 5.1): a decision, a resource approval, a communication.</summary>
public sealed class LeadershipRecord : RegisterRecord
{
    public string Title { get; set; } = "";
    public LeadershipRecordKind Kind { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Who in top management made it (a person of the people register).</summary>
    public Guid? ByPersonId { get; set; }

    public string? Description { get; set; }
}

public sealed record LeadershipRecordInput
{
    public string? Title { get; init; }
    public LeadershipRecordKind? Kind { get; init; }
    public DateOnly? Date { get; init; }
    public Guid? ByPersonId { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<Guid>? DocumentIds { get; init; }
    public IReadOnlyList<Guid>? EvidenceIds { get; init; }
}

public sealed record LeadershipRecordView(
    Guid Id, string Title, LeadershipRecordKind Kind, DateOnly Date, Guid? ByPersonId, string? ByPerson, string? Description,
    IReadOnlyList<RecordRef> Documents, IReadOnlyList<RecordRef> Evidence,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

public static class LeadershipLabels
{
    public static string Kind(LeadershipRecordKind kind) => kind switch
    {
        LeadershipRecordKind.Decision => "Decision",
        LeadershipRecordKind.ResourceApproval => "Resource approval",
        LeadershipRecordKind.Communication => "Communication",
        LeadershipRecordKind.Review => "Review",
        _ => "Other",
    };
}
