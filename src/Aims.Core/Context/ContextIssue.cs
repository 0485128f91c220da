using Aims.Core.Registers;

namespace Aims.Core.Context;

/// <summary>Where an issue comes from, as clause 4.1 distinguishes them.</summary>
public enum ContextOrigin
{
    Internal,
    External,
}

public enum ContextCategory
{
    LegalAndRegulatory,
    Technological,
    MarketAndCustomer,
    SocialAndEthical,
    Economic,
    Environmental,
    Organizational,
}

/// <summary>What the issue means for the management system.</summary>
public enum ContextEffect
{
    Risk,
    Opportunity,
    Neutral,
}

/// <summary>
/// An internal or external issue that bears on what the AIMS must achieve (clause 4.1): a new law, a market shift, a
/// skills gap. It is reviewed on a date, and links to the objectives it shapes and (later) the risks it gives rise to.
/// </summary>
public sealed class ContextIssue : RegisterRecord
{
    public string Title { get; set; } = "";
    public ContextOrigin Origin { get; set; }
    public ContextCategory Category { get; set; }
    public string? Description { get; set; }
    public ContextEffect Effect { get; set; }
    public Guid OwnerId { get; set; }
    public DateOnly ReviewDate { get; set; }
}

public sealed record ContextIssueInput
{
    public string? Title { get; init; }
    public ContextOrigin? Origin { get; init; }
    public ContextCategory? Category { get; init; }
    public string? Description { get; init; }
    public ContextEffect? Effect { get; init; }
    public Guid? OwnerId { get; init; }
    public DateOnly? ReviewDate { get; init; }
    public IReadOnlyList<Guid>? ObjectiveIds { get; init; }
    public IReadOnlyList<Guid>? DocumentIds { get; init; }
}

public sealed record ContextIssueView(
    Guid Id, string Title, ContextOrigin Origin, ContextCategory Category, string? Description, ContextEffect Effect,
    Guid OwnerId, string? OwnerName, DateOnly ReviewDate, Registers.Editing.ReviewState Review,
    IReadOnlyList<Registers.Editing.RecordRef> Objectives, IReadOnlyList<Registers.Editing.RecordRef> Documents,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : Registers.Editing.IRecordView;
