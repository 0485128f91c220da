using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Support;

internal sealed class CommunicationConfigurations : IEntityTypeConfiguration<CommunicationPlanItem>, IEntityTypeConfiguration<CommunicationRecord>
{
    public void Configure(EntityTypeBuilder<CommunicationPlanItem> b)
    {
        b.ToTable("CommunicationPlanItems");
        b.Property(c => c.Topic).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(c => c.Audience).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(c => c.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.Frequency).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Notes).HasMaxLength(DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(c => new { c.OrganizationId, c.Topic, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.StartsOn, c.Topic, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.Direction, c.Topic, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.CommunicatorId, c.Topic, c.Id });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(c => c.CommunicatorId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CommunicationRecord> b)
    {
        b.ToTable("CommunicationRecords");
        b.Property(r => r.Subject).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(r => r.Audience).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.Notes).HasMaxLength(DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(r => new { r.OrganizationId, r.Date, r.Subject, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.Subject, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.PlanItemId, r.Date });
        b.HasOne<CommunicationPlanItem>().WithMany().HasForeignKey(r => r.PlanItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(r => r.CommunicatedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Evidence.EvidenceItem>().WithMany().HasForeignKey(r => r.EvidenceId).OnDelete(DeleteBehavior.Restrict);
    }
}
