using Aims.Core.Access;
using Aims.Core.Context;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.ThirdParties;

/// <summary>
/// The third-party register (Annex A.10), read and written with the AI system permissions as its records belong to the
/// systems they concern; built per clock because the review state is judged against today in the organization's calendar.
/// </summary>
public static class ThirdPartyRegister
{
    public const string Name = "third-parties";

    public static RegisterDefinition<ThirdParty, ThirdPartyView> Create(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new()
        {
            Name = Name,
            Noun = "third party",
            Permissions = new RegisterPermissions(Permissions.AiSystemsRead, Permissions.AiSystemsWrite, Permissions.AiSystemsArchive),
            Sorts = new RegisterSorts<ThirdParty>(
                new SortField<ThirdParty>("name").Then(t => t.Name),
                new SortField<ThirdParty>("kind").Then(t => t.Kind).Then(t => t.Name),
                new SortField<ThirdParty>("reviewDate").Then(t => t.ReviewDate).Then(t => t.Name),
                new SortField<ThirdParty>("updatedAt").Then(t => t.UpdatedAt),
                new SortField<ThirdParty>("createdAt").Then(t => t.CreatedAt)),
            Filters =
            [
                RegisterFilter<ThirdParty>.Equal("kind", t => t.Kind, "supplier, customer or partner."),
                RegisterFilter<ThirdParty>.Equal("ownerId", t => t.OwnerId, "Only relationships owned by this member (user id)."),
                EditedFilters.Review<ThirdParty>(t => t.ReviewDate, clock),
                EditedFilters.Status<ThirdParty>(),
            ],
            Search = new RegisterSearch<ThirdParty>("ThirdPartySearch", "ThirdPartyId", t => t.Name, t => t.Supplies, t => t.Contract),
            Project = (db, parties) => Project(db, parties, EvidenceCalendar.Today(clock, db.TimeZone)),
            ViewMoment = EvidenceCalendar.TodayMoment(clock),
            HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
            ListColumns = ["name", "kind", "aiSystems", "reviewDate", "review", "owner", "gaps"],
            Columns =
            [
                new("id", "Id", t => t.Id),
                new("name", "Third party", t => t.Name),
                new("kind", "Kind", t => ThirdPartyLabels.Kind(t.Kind)),
                new("aiSystems", "AI systems", t => RecordColumns.Names(t.AiSystems)),
                new("supplies", "Supplies or receives", t => t.Supplies),
                new("contact", "Contact", t => t.Contact),
                new("responsibilities", "Responsibilities", t => ThirdPartyLabels.Matrix(t.Responsibilities)),
                new("contract", "Contract", t => t.Contract),
                new("requirements", "Requirements", t => RecordColumns.Names(t.Requirements)),
                new("dueDiligence", "Due diligence", t => t.DueDiligence),
                new("lastReviewedOn", "Last reviewed", t => t.LastReviewedOn),
                new("reviewDate", "Next review", t => t.ReviewDate),
                new("review", "Review", t => ContextLabels.Review(t.Review.Status)),
                new("owner", "Owner", t => t.Owner),
                new("evidence", "Evidence", t => RecordColumns.Names(t.Evidence)),
                new("gaps", "Gaps (A.10)", t => t.Gaps.Count == 0 ? null : string.Join("; ", t.Gaps)),
                .. RecordColumns.Audit<ThirdPartyView>(),
            ],
        };
    }

    private static IQueryable<ThirdPartyView> Project(AimsDbContext db, IQueryable<ThirdParty> parties, DateOnly today) =>
        parties.Select(t => new
        {
            Party = t,
            Owner = db.Users.Where(u => u.Id == t.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            Systems = db.Set<RecordLink>().Where(l => l.SourceId == t.Id && l.TargetRegister == "ai-systems")
                .Select(l => new RecordRef(l.TargetId, db.AiSystems.Where(s => s.Id == l.TargetRecordId).Select(s => s.Name).FirstOrDefault())).ToList(),
            Requirements = db.Set<RecordLink>().Where(l => l.SourceId == t.Id && l.TargetRegister == Parties.PartyRegisters.RequirementsName)
                .Select(l => new RecordRef(l.TargetId, db.Set<Parties.PartyRequirement>().Where(r => r.Id == l.TargetRecordId).Select(r => r.Title).FirstOrDefault()))
                .ToList(),
            Evidence = db.Set<RecordLink>().Where(l => l.SourceId == t.Id && l.TargetRegister == "evidence")
                .Select(l => new RecordRef(l.TargetId, db.EvidenceItems.Where(e => e.Id == l.TargetRecordId).Select(e => e.Title).FirstOrDefault())).ToList(),
        }).Select(x => ToView(x.Party, x.Owner, x.Systems, x.Requirements, x.Evidence, today));

    private static ThirdPartyView ToView(ThirdParty t, string? owner, List<RecordRef> systems, List<RecordRef> requirements, List<RecordRef> evidence,
        DateOnly today)
    {
        var responsibilities = ResponsibilityMatrix.Read(t.Responsibilities);
        return new(t.Id, t.Name, t.Kind, t.Supplies, t.Contact, responsibilities, t.Contract, t.DueDiligence, t.LastReviewedOn, t.ReviewDate,
            ReviewState.Of(t.ReviewDate, today), t.OwnerId, owner, systems, requirements, evidence,
            ThirdPartyGaps.Of(t.Kind, responsibilities.Count, systems.Count, requirements.Count, t.DueDiligence),
            t.ArchivedAt, t.ArchiveReason, t.CreatedAt, t.CreatedBy, t.UpdatedAt, t.UpdatedBy, t.Version);
    }
}

internal sealed class ThirdPartyConfiguration : IEntityTypeConfiguration<ThirdParty>
{
    public void Configure(EntityTypeBuilder<ThirdParty> b)
    {
        b.ToTable("ThirdParties");
        b.Property(t => t.Name).HasMaxLength(Common.DomainRules.NameMaxLength);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Contact).HasMaxLength(Common.DomainRules.NameMaxLength);
        b.Property(t => t.Responsibilities).HasMaxLength(4000);
        foreach (var text in new[] { nameof(ThirdParty.Supplies), nameof(ThirdParty.Contract), nameof(ThirdParty.DueDiligence) })
        {
            b.Property<string?>(text).HasMaxLength(Common.DomainRules.LongTextMaxLength);
        }

        b.RegisterRecord();
        b.HasIndex(t => new { t.OrganizationId, t.Name, t.Id });
        b.HasIndex(t => new { t.OrganizationId, t.Kind, t.Name, t.Id });
        b.HasIndex(t => new { t.OrganizationId, t.ReviewDate, t.Name, t.Id });
        b.HasIndex(t => new { t.OrganizationId, t.OwnerId, t.Name, t.Id });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
