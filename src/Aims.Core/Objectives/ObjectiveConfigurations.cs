using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Objectives;

internal sealed class ObjectiveConfigurations : IEntityTypeConfiguration<AiObjective>, IEntityTypeConfiguration<ObjectiveMeasurement>
{
    public void Configure(EntityTypeBuilder<AiObjective> b)
    {
        b.ToTable("AiObjectives");
        b.Property(o => o.Title).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(o => o.Description).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(o => o.Kpi).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(o => o.Unit).HasMaxLength(ObjectiveService.UnitMaxLength);
        b.Property(o => o.TargetValue).HasPrecision(28, 8);
        b.Property(o => o.Direction).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.Resources).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(o => o.Evaluation).HasMaxLength(DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(o => new { o.OrganizationId, o.Title, o.Id });
        b.HasIndex(o => new { o.OrganizationId, o.DueDate, o.Title, o.Id });
        b.HasIndex(o => new { o.OrganizationId, o.OwnerId, o.Title, o.Id });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(o => o.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Documents.Document>().WithMany().HasForeignKey(o => o.PolicyDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Measurements).WithOne().HasForeignKey(m => m.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ObjectiveMeasurement> b)
    {
        b.ToTable("ObjectiveMeasurements");
        b.Property(m => m.Value).HasPrecision(28, 8);
        b.Property(m => m.Source).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(m => m.Note).HasMaxLength(DomainRules.ShortTextMaxLength);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasIndex(m => new { m.OrganizationId, m.ObjectiveId, m.MeasuredOn });
        b.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Evidence.EvidenceItem>().WithMany().HasForeignKey(m => m.EvidenceItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
