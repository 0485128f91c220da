using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Parties;

internal sealed class PartyConfigurations : IEntityTypeConfiguration<InterestedParty>, IEntityTypeConfiguration<PartyRequirement>
{
    public void Configure(EntityTypeBuilder<InterestedParty> b)
    {
        b.ToTable("InterestedParties");
        b.Property(p => p.Name).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(p => p.Description).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(p => p.Relevance).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.ArchiveReason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.OrganizationId, p.Name, p.Id });
        b.HasIndex(p => new { p.OrganizationId, p.Kind, p.Name, p.Id });
        b.HasIndex(p => new { p.OrganizationId, p.Relevance, p.Name, p.Id });
        b.HasIndex(p => new { p.OrganizationId, p.OwnerId, p.Name, p.Id });
        b.HasIndex(p => new { p.OrganizationId, p.UpdatedAt, p.Id });
        b.HasIndex(p => new { p.OrganizationId, p.CreatedAt, p.Id });
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PartyRequirement> b)
    {
        b.ToTable("PartyRequirements");
        b.Property(r => r.Title).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(r => r.Description).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(r => r.SourceReference).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(r => r.How).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(r => r.Source).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.ArchiveReason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.OrganizationId, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.PartyId, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.Source, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.UpdatedAt, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.CreatedAt, r.Id });
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InterestedParty>().WithMany().HasForeignKey(r => r.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}
