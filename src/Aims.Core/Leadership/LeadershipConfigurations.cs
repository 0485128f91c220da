using Aims.Core.Common;
using Aims.Core.Organizations;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Leadership;

internal sealed class LeadershipConfigurations : IEntityTypeConfiguration<AimsRole>, IEntityTypeConfiguration<RaciEntry>,
    IEntityTypeConfiguration<LeadershipRecord>
{
    public void Configure(EntityTypeBuilder<AimsRole> b)
    {
        b.ToTable("AimsRoles");
        b.Property(r => r.Name).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(r => r.Responsibilities).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(r => r.Authorities).HasMaxLength(DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(r => new { r.OrganizationId, r.Name, r.Id });
    }

    public void Configure(EntityTypeBuilder<RaciEntry> b)
    {
        b.ToTable("RaciEntries");
        b.Property(r => r.Activity).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(r => r.Reference).HasMaxLength(16);
        b.Property(r => r.Notes).HasMaxLength(DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(r => new { r.OrganizationId, r.Activity, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.AccountableRoleId, r.Activity, r.Id });
        b.HasOne<AimsRole>().WithMany().HasForeignKey(r => r.AccountableRoleId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<LeadershipRecord> b)
    {
        b.ToTable("LeadershipRecords");
        b.Property(r => r.Title).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.Description).HasMaxLength(DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(r => new { r.OrganizationId, r.Date, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.Kind, r.Date, r.Id });
        b.HasOne<Support.Person>().WithMany().HasForeignKey(r => r.ByPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
