using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Evidence;

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> b)
    {
        b.ToTable("EvidenceItems");
        b.Property(e => e.Title).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(e => e.Description).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Url).HasMaxLength(EvidenceLimits.UrlMaxLength);
        b.Property(e => e.ReferenceType).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.FileSha256).HasMaxLength(64);
        b.Property(e => e.FileName).HasMaxLength(EvidenceLimits.FileNameMaxLength);
        b.Property(e => e.FileKind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.ArchiveReason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.Property(e => e.Version).IsConcurrencyToken();

        // One index per sort and filter of the list, each ending in Id like the sort itself.
        b.HasIndex(e => new { e.OrganizationId, e.Title, e.Id });
        b.HasIndex(e => new { e.OrganizationId, e.EffectiveDate, e.Title, e.Id });
        b.HasIndex(e => new { e.OrganizationId, e.ValidUntil, e.Title, e.Id });
        b.HasIndex(e => new { e.OrganizationId, e.Kind, e.Title, e.Id });
        b.HasIndex(e => new { e.OrganizationId, e.OwnerId, e.Title, e.Id });
        b.HasIndex(e => new { e.OrganizationId, e.UpdatedAt, e.Id });
        b.HasIndex(e => new { e.OrganizationId, e.CreatedAt, e.Id });
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(e => e.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Links).WithOne().HasForeignKey(l => l.EvidenceItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Files).WithOne().HasForeignKey(f => f.EvidenceItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.ToTable("EvidenceFiles");
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.FileName).HasMaxLength(EvidenceLimits.FileNameMaxLength);
        b.Property(f => f.Version).IsConcurrencyToken();
        // Child rows start with the organization like the tenant filter's lookups (see DocumentVersionConfiguration).
        b.HasIndex(f => new { f.OrganizationId, f.EvidenceItemId, f.Number }).IsUnique();
        // "Which records hold these bytes": the question a file-store check or clean-up asks.
        b.HasIndex(f => new { f.OrganizationId, f.Sha256 });
        b.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(f => f.UploadedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EvidenceLinkConfiguration : IEntityTypeConfiguration<EvidenceLink>
{
    public void Configure(EntityTypeBuilder<EvidenceLink> b)
    {
        b.ToTable("EvidenceLinks");
        b.Property(l => l.TargetType).HasConversion<string>().HasMaxLength(32);
        b.Property(l => l.TargetId).HasMaxLength(EvidenceLimits.TargetIdMaxLength);
        b.Property(l => l.Version).IsConcurrencyToken();
        b.HasIndex(l => new { l.OrganizationId, l.EvidenceItemId, l.TargetType, l.TargetId }).IsUnique();
        // Evidence per control, clause or record (the control's evidence list, readiness, the SoA).
        b.HasIndex(l => new { l.OrganizationId, l.TargetType, l.TargetId, l.EvidenceItemId });
        b.HasIndex(l => new { l.OrganizationId, l.TargetType, l.RecordId });
        b.HasOne<Organization>().WithMany().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
