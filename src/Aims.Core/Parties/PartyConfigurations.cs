using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Aims.Core.Registers;
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
        b.RegisterRecord();
        b.HasIndex(p => new { p.OrganizationId, p.Name, p.Id });
        b.HasIndex(p => new { p.OrganizationId, p.Kind, p.Name, p.Id });
        b.HasIndex(p => new { p.OrganizationId, p.Relevance, p.Name, p.Id });
        b.HasIndex(p => new { p.OrganizationId, p.OwnerId, p.Name, p.Id });
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
        b.RegisterRecord();
        b.HasIndex(r => new { r.OrganizationId, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.PartyId, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.Source, r.Title, r.Id });
        b.HasOne<InterestedParty>().WithMany().HasForeignKey(r => r.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}
