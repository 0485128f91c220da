using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Parties;

public enum PartyKind
{
    Regulator,
    Customer,
    Employees,
    AffectedPersons,
    Public,
    Supplier,
    Partner,
    Investor,
    Other,
}

public enum PartyRelevance
{
    High,
    Medium,
    Low,
}

/// <summary>
/// Someone whose needs the AIMS must understand (clause 4.2): a regulator, customers, the people an AI system decides
/// about. Their requirements are records of their own (<see cref="PartyRequirement"/>), each saying how it is met.
/// </summary>
public sealed class InterestedParty : RegisterRecord
{
    public string Name { get; set; } = "";
    public PartyKind Kind { get; set; }
    public PartyRelevance Relevance { get; set; }
    public string? Description { get; set; }
    public Guid OwnerId { get; set; }
}

public sealed record InterestedPartyInput
{
    public string? Name { get; init; }
    public PartyKind? Kind { get; init; }
    public PartyRelevance? Relevance { get; init; }
    public string? Description { get; init; }
    public Guid? OwnerId { get; init; }
}

/// <param name="Requirements">Active requirements of the party.</param>
/// <param name="Gaps">Active requirements the AIMS must address that nothing links to yet.</param>
public sealed record InterestedPartyView(
    Guid Id, string Name, PartyKind Kind, PartyRelevance Relevance, string? Description, Guid OwnerId, string? OwnerName,
    int Requirements, int Gaps,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;
