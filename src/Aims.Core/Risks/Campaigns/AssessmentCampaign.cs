using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Risks.Campaigns;

/// <summary>
/// An assessment cycle (6.1.2, 8.2): a period and the AI systems it covers. Which risks were rated in the period is not
/// recorded here but read from the append-only ratings, so the campaign shows what is still unassessed.
/// </summary>
public sealed class AssessmentCampaign : RegisterRecord
{
    public string Name { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    /// <summary>The period as instants in the organization's calendar when the campaign was saved (start of the first
    /// day, end of the last), so "rated within the period" is a comparison the database makes.</summary>
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }

    public string? Description { get; set; }
}

/// <summary>Where a campaign is against today.</summary>
public enum CampaignState
{
    Planned,
    Running,
    Closed,
}

/// <summary>One system of a campaign: its active risks, and those not rated within the period.</summary>
public sealed record CampaignSystem(string Id, string? Name, int Risks, IReadOnlyList<RecordRef> Unassessed);

/// <param name="Assessed">Risks of the covered systems rated (inherent or residual) within the period.</param>
public sealed record AssessmentCampaignView(
    Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn, string? Description, CampaignState State, IReadOnlyList<CampaignSystem> Systems,
    int Risks, int Assessed, IReadOnlyList<string> SystemsWithoutRisks,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt, string UpdatedBy,
    long Version) : IRecordView;

public sealed record AssessmentCampaignInput
{
    public string? Name { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public IReadOnlyList<Guid>? AiSystemIds { get; init; }
    public string? Description { get; init; }
}
