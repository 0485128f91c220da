using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Datasets;

/// <summary>The data register (Annex A.7): read and written with the AI system permissions, as datasets belong to systems.</summary>
public static class DatasetRegister
{
    public const string Name = "datasets";

    public static RegisterDefinition<Dataset, DatasetView> Definition { get; } = new()
    {
        Name = Name,
        Noun = "dataset",
        Permissions = new RegisterPermissions(Permissions.AiSystemsRead, Permissions.AiSystemsWrite, Permissions.AiSystemsArchive),
        Sorts = new RegisterSorts<Dataset>(
            new SortField<Dataset>("name").Then(d => d.Name),
            new SortField<Dataset>("purpose").Then(d => d.Purpose).Then(d => d.Name),
            new SortField<Dataset>("updatedAt").Then(d => d.UpdatedAt),
            new SortField<Dataset>("createdAt").Then(d => d.CreatedAt)),
        Filters =
        [
            RegisterFilter<Dataset>.Equal("purpose", d => d.Purpose, "training, validation, testing, productionInput or reference."),
            RegisterFilter<Dataset>.Equal("acquisition", d => d.Acquisition, "How it was acquired: collectedInHouse, purchased, licensed…"),
            RegisterFilter<Dataset>.Equal("personalData", d => d.PersonalData, "none, personal or specialCategory."),
            RegisterFilter<Dataset>.Equal("ownerId", d => d.OwnerId, "Only datasets owned by this member (user id)."),
            EditedFilters.Status<Dataset>(),
        ],
        Search = new RegisterSearch<Dataset>("DatasetSearch", "DatasetId", d => d.Name, d => d.Description, d => d.Provenance),
        Project = (db, datasets) => datasets.Select(d => new
        {
            Dataset = d,
            Owner = db.Users.Where(u => u.Id == d.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            Systems = db.Set<RecordLink>().Where(l => l.SourceId == d.Id && l.TargetRegister == "ai-systems")
                .Select(l => new RecordRef(l.TargetId, db.AiSystems.Where(s => s.Id == l.TargetRecordId).Select(s => s.Name).FirstOrDefault())).ToList(),
            Evidence = db.Set<RecordLink>().Where(l => l.SourceId == d.Id && l.TargetRegister == "evidence")
                .Select(l => new RecordRef(l.TargetId, db.EvidenceItems.Where(e => e.Id == l.TargetRecordId).Select(e => e.Title).FirstOrDefault())).ToList(),
        }).Select(x => ToView(x.Dataset, x.Owner, x.Systems, x.Evidence)),
        HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
        ListColumns = ["name", "purpose", "aiSystems", "personalData", "owner", "gaps"],
        Columns =
        [
            new("id", "Id", d => d.Id),
            new("name", "Dataset", d => d.Name),
            new("purpose", "Purpose", d => DatasetLabels.Purpose(d.Purpose)),
            new("aiSystems", "AI systems", d => RecordColumns.Names(d.AiSystems)),
            new("description", "Description", d => d.Description),
            new("provenance", "Provenance", d => d.Provenance),
            new("acquisition", "Acquired", d => DatasetLabels.Acquisition(d.Acquisition)),
            new("terms", "Terms", d => d.Terms),
            new("personalData", "Personal data", d => DatasetLabels.Personal(d.PersonalData)),
            new("legalBasis", "Legal basis", d => d.LegalBasis),
            new("qualityRequirements", "Quality requirements", d => d.QualityRequirements),
            new("qualityResults", "Quality results", d => d.QualityResults),
            new("preparation", "Preparation", d => d.Preparation),
            new("retention", "Retention", d => d.Retention),
            new("owner", "Owner", d => d.Owner),
            new("evidence", "Evidence", d => RecordColumns.Names(d.Evidence)),
            new("gaps", "Gaps (A.7)", d => d.Gaps.Count == 0 ? null : string.Join("; ", d.Gaps)),
            .. RecordColumns.Audit<DatasetView>(),
        ],
    };

    private static DatasetView ToView(Dataset d, string? owner, List<RecordRef> systems, List<RecordRef> evidence) =>
        new(d.Id, d.Name, d.Purpose, d.Description, d.Provenance, d.Acquisition, d.Terms, d.PersonalData, d.LegalBasis, d.QualityRequirements,
            d.QualityResults, d.Preparation, d.Retention, d.OwnerId, owner, systems, evidence,
            DatasetGaps.Of(d.Purpose, d.Acquisition, d.Provenance, d.Terms, d.QualityRequirements, d.QualityResults, d.Preparation),
            d.ArchivedAt, d.ArchiveReason, d.CreatedAt, d.CreatedBy, d.UpdatedAt, d.UpdatedBy, d.Version);
}

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> b)
    {
        b.ToTable("Datasets");
        b.Property(d => d.Name).HasMaxLength(Common.DomainRules.NameMaxLength);
        b.Property(d => d.Purpose).HasConversion<string>().HasMaxLength(24);
        b.Property(d => d.Acquisition).HasConversion<string>().HasMaxLength(24);
        b.Property(d => d.PersonalData).HasConversion<string>().HasMaxLength(24);
        foreach (var text in new[] { nameof(Dataset.Description), nameof(Dataset.Provenance), nameof(Dataset.Terms), nameof(Dataset.LegalBasis),
                     nameof(Dataset.QualityRequirements), nameof(Dataset.QualityResults), nameof(Dataset.Preparation) })
        {
            b.Property<string?>(text).HasMaxLength(Common.DomainRules.LongTextMaxLength);
        }

        b.Property(d => d.Retention).HasMaxLength(Common.DomainRules.NameMaxLength);
        b.RegisterRecord();
        b.HasIndex(d => new { d.OrganizationId, d.Name, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.Purpose, d.Name, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.OwnerId, d.Name, d.Id });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
