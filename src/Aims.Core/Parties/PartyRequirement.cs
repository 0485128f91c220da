using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Parties;

/// <summary>Where a requirement comes from, which decides how binding it is.</summary>
public enum RequirementSource
{
    Law,
    Contract,
    VoluntaryCommitment,
    Other,
}

/// <summary>How a requirement stands: met through linked records, a gap, or outside the AIMS by decision.</summary>
public enum RequirementCoverage
{
    Addressed,
    Gap,
    OutsideAims,
}

/// <summary>
/// One need or expectation of an interested party (clause 4.2 b and c): where it comes from, whether the AIMS must
/// address it, and how — the documents, Annex A controls and objectives linked to it. A requirement the AIMS must
/// address that nothing links to is a gap readiness names.
/// </summary>
public sealed class PartyRequirement : RegisterRecord
{
    public Guid PartyId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public RequirementSource Source { get; set; }

    /// <summary>The article, clause or commitment it comes from ("EU AI Act Art. 26(1)", "MSA §7.3").</summary>
    public string? SourceReference { get; set; }

    /// <summary>Whether the organization decided to address it through the AIMS (clause 4.2 c).</summary>
    public bool AddressedThroughAims { get; set; }

    /// <summary>How it is addressed, in words, beside the links.</summary>
    public string? How { get; set; }

    /// <summary>How many records link to it (kept with the links, so lists and readiness need no count per row).</summary>
    public int LinkCount { get; set; }
}

public sealed record PartyRequirementInput
{
    public Guid? PartyId { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public RequirementSource? Source { get; init; }
    public string? SourceReference { get; init; }
    public bool? AddressedThroughAims { get; init; }
    public string? How { get; init; }
    public IReadOnlyList<Guid>? DocumentIds { get; init; }
    public IReadOnlyList<string>? Controls { get; init; }
    public IReadOnlyList<Guid>? ObjectiveIds { get; init; }
}

public sealed record PartyRequirementView(
    Guid Id, Guid PartyId, string? PartyName, string Title, string? Description, RequirementSource Source, string? SourceReference,
    bool AddressedThroughAims, string? How, RequirementCoverage Coverage, string CoverageReason,
    IReadOnlyList<RecordRef> Documents, IReadOnlyList<RecordRef> Controls, IReadOnlyList<RecordRef> Objectives,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;
