using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Risks.Campaigns;

/// <summary>The register of risk assessment campaigns; built per clock, as a campaign's state is judged against today.</summary>
public static class AssessmentCampaignRegister
{
    public const string Name = "risk-campaigns";

    public static RegisterDefinition<AssessmentCampaign, AssessmentCampaignView> Create(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new()
        {
            Name = Name,
            Noun = "assessment campaign",
            Permissions = new RegisterPermissions(Permissions.RisksRead, Permissions.RisksWrite, Permissions.RisksArchive),
            Sorts = new RegisterSorts<AssessmentCampaign>(
                new SortField<AssessmentCampaign>("startsOn").Then(c => c.StartsOn).Then(c => c.Name),
                new SortField<AssessmentCampaign>("name").Then(c => c.Name),
                new SortField<AssessmentCampaign>("updatedAt").Then(c => c.UpdatedAt),
                new SortField<AssessmentCampaign>("createdAt").Then(c => c.CreatedAt)),
            Filters = [EditedFilters.Status<AssessmentCampaign>()],
            Search = new RegisterSearch<AssessmentCampaign>("AssessmentCampaignSearch", "AssessmentCampaignId", c => c.Name, c => c.Description),
            Project = (db, campaigns) => Project(db, campaigns, EvidenceCalendar.Today(clock, db.TimeZone)),
            ViewMoment = EvidenceCalendar.TodayMoment(clock),
            HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
            ListColumns = ["name", "startsOn", "endsOn", "state", "progress", "aiSystems"],
            Columns =
            [
                new("id", "Id", c => c.Id),
                new("name", "Campaign", c => c.Name),
                new("startsOn", "Starts", c => c.StartsOn),
                new("endsOn", "Ends", c => c.EndsOn),
                new("state", "State", c => c.State.ToString()),
                new("progress", "Rated in the period", c => $"{c.Assessed} of {c.Risks}"),
                new("aiSystems", "AI systems", c => string.Join("; ", c.Systems.Select(s => s.Name))),
                new("unassessed", "Still unassessed", c => string.Join("; ", c.Systems.SelectMany(s => s.Unassessed).Select(r => r.Name))),
                new("description", "Description", c => c.Description),
                .. RecordColumns.Audit<AssessmentCampaignView>(),
            ],
        };
    }

    private static IQueryable<AssessmentCampaignView> Project(AimsDbContext db, IQueryable<AssessmentCampaign> campaigns, DateOnly today) =>
        campaigns.Select(c => new
        {
            Campaign = c,
            Systems = db.Set<RecordLink>().Where(l => l.SourceId == c.Id && l.TargetRegister == "ai-systems")
                .Select(l => new SystemRow(l.TargetId, l.TargetRecordId, db.AiSystems.Where(s => s.Id == l.TargetRecordId).Select(s => s.Name).FirstOrDefault()))
                .ToList(),
            // The covered systems' active risks, and when each was rated (the append-only history); joined on the campaign's
            // links only, as SQLite cannot correlate a list on anything but equality.
            Risks = db.Set<RecordLink>().Where(l => l.SourceId == c.Id && l.TargetRegister == "ai-systems")
                .Join(db.Set<Risk>().Where(r => r.ArchivedAt == null), l => l.TargetRecordId, r => r.AiSystemId, (l, r) => new RiskRow(r.Id, r.Title, r.AiSystemId))
                .ToList(),
            Ratings = db.Set<RecordLink>().Where(l => l.SourceId == c.Id && l.TargetRegister == "ai-systems")
                .Join(db.Set<Risk>().Where(r => r.ArchivedAt == null), l => l.TargetRecordId, r => r.AiSystemId, (l, r) => r.Id)
                .Join(db.Set<RiskAssessment>(), id => id, a => a.RiskId, (id, a) => new RatingRow(id, a.CreatedAt))
                .ToList(),
        }).Select(x => ToView(x.Campaign, today, x.Systems, x.Risks, x.Ratings));

    private sealed record SystemRow(string Id, Guid? RecordId, string? Name);

    private sealed record RiskRow(Guid Id, string Title, Guid? AiSystemId);

    private sealed record RatingRow(Guid RiskId, DateTimeOffset At);

    private static AssessmentCampaignView ToView(AssessmentCampaign c, DateOnly today, List<SystemRow> systemRows, List<RiskRow> risks,
        List<RatingRow> ratings)
    {
        var rated = ratings.Where(r => r.At >= c.StartsAt && r.At < c.EndsAt).Select(r => r.RiskId).ToHashSet();
        List<CampaignSystem> systems =
        [
            .. systemRows.Select(s => new CampaignSystem(s.Id, s.Name, risks.Count(r => r.AiSystemId == s.RecordId),
                [.. risks.Where(r => r.AiSystemId == s.RecordId && !rated.Contains(r.Id)).Select(r => new RecordRef(r.Id.ToString("D"), r.Title))])),
        ];
        var state = today < c.StartsOn ? CampaignState.Planned : today > c.EndsOn ? CampaignState.Closed : CampaignState.Running;
        var total = systems.Sum(s => s.Risks);
        return new(c.Id, c.Name, c.StartsOn, c.EndsOn, c.Description, state, systems, total, total - systems.Sum(s => s.Unassessed.Count),
            [.. systems.Where(s => s.Risks == 0).Select(s => s.Name ?? s.Id)],
            c.ArchivedAt, c.ArchiveReason, c.CreatedAt, c.CreatedBy, c.UpdatedAt, c.UpdatedBy, c.Version);
    }
}

internal sealed class AssessmentCampaignConfiguration : IEntityTypeConfiguration<AssessmentCampaign>
{
    public void Configure(EntityTypeBuilder<AssessmentCampaign> b)
    {
        b.ToTable("RiskAssessmentCampaigns");
        b.Property(c => c.Name).HasMaxLength(Common.DomainRules.NameMaxLength);
        b.Property(c => c.Description).HasMaxLength(Common.DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(c => new { c.OrganizationId, c.StartsOn, c.Name, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.Name, c.Id });
    }
}
