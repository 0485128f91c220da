using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Support;

internal sealed class SupportConfigurations : IEntityTypeConfiguration<Person>, IEntityTypeConfiguration<CompetenceRecord>,
    IEntityTypeConfiguration<PlannedChange>, IEntityTypeConfiguration<AimsResource>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.Property(p => p.Name).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(p => p.Email).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(p => p.JobTitle).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(p => p.Notes).HasMaxLength(DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(p => new { p.OrganizationId, p.Name, p.Id });
        b.HasIndex(p => new { p.OrganizationId, p.UserId });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CompetenceRecord> b)
    {
        b.ToTable("CompetenceRecords");
        b.Property(c => c.Competence).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Notes).HasMaxLength(DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(c => new { c.OrganizationId, c.Competence, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.PersonId, c.Competence, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.AchievedOn, c.Competence, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.Kind, c.Competence, c.Id });
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Evidence.EvidenceItem>().WithMany().HasForeignKey(c => c.EvidenceId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PlannedChange> b)
    {
        b.ToTable("PlannedChanges");
        b.Property(c => c.Title).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(c => c.Purpose).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(c => c.Consequences).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(c => c.Resources).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.RegisterRecord();
        b.HasIndex(c => new { c.OrganizationId, c.PlannedDate, c.Title, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.Title, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.Status, c.PlannedDate, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.ResponsibleId, c.PlannedDate, c.Id });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(c => c.ResponsibleId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AimsResource> b)
    {
        b.ToTable("AimsResources");
        b.Property(r => r.Name).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Description).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(r => r.Notes).HasMaxLength(DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(r => new { r.OrganizationId, r.Name, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.Kind, r.Name, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.OwnerId, r.Name, r.Id });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
