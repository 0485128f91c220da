using Aims.Core.Access;
using Aims.Core.Organizations;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Risks;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> b)
    {
        b.ToTable("Risks");
        b.Property(r => r.Title).HasMaxLength(Common.DomainRules.NameMaxLength);
        b.Property(r => r.Source).HasMaxLength(16);
        b.Property(r => r.Objectives).HasMaxLength(1000);
        foreach (var text in new[] { nameof(Risk.Description), nameof(Risk.ConsequencesOrganization), nameof(Risk.ConsequencesIndividuals),
                     nameof(Risk.ConsequencesSociety), nameof(Risk.TreatmentNote) })
        {
            b.Property<string?>(text).HasMaxLength(Common.DomainRules.LongTextMaxLength);
        }

        b.Property(r => r.InherentBand).HasMaxLength(32);
        b.Property(r => r.ResidualBand).HasMaxLength(32);
        b.Property(r => r.Treatment).HasConversion<string>().HasMaxLength(16);
        b.RegisterRecord();
        b.HasIndex(r => new { r.OrganizationId, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.AiSystemId, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.InherentBand, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.ReviewDueOn, r.Title, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.OwnerId, r.Title, r.Id });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AiSystems.AiSystem>().WithMany().HasForeignKey(r => r.AiSystemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> b)
    {
        b.ToTable("RiskAssessments");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Band).HasMaxLength(32);
        b.Property(a => a.Rationale).HasMaxLength(Common.DomainRules.LongTextMaxLength);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.OrganizationId, a.RiskId, a.CreatedAt });
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Risk>().WithMany().HasForeignKey(a => a.RiskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RiskAcceptanceConfiguration : IEntityTypeConfiguration<RiskAcceptance>
{
    public void Configure(EntityTypeBuilder<RiskAcceptance> b)
    {
        b.ToTable("RiskAcceptances");
        b.Property(a => a.Decision).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Justification).HasMaxLength(Common.DomainRules.LongTextMaxLength);
        b.Property(a => a.Comment).HasMaxLength(Common.DomainRules.LongTextMaxLength);
        b.Property(a => a.DecidedBy).HasMaxLength(320);
        b.Property(a => a.Band).HasMaxLength(32);
        b.Property(a => a.RatingStamp).HasMaxLength(64);
        b.Property(a => a.Frozen).HasMaxLength(64_000);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.OrganizationId, a.RiskId, a.CreatedAt });
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Risk>().WithMany().HasForeignKey(a => a.RiskId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(a => a.RequestedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(a => a.DecidedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RiskActionConfiguration : IEntityTypeConfiguration<RiskAction>
{
    public void Configure(EntityTypeBuilder<RiskAction> b)
    {
        b.ToTable("RiskActions");
        b.Property(a => a.Title).HasMaxLength(Common.DomainRules.NameMaxLength);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Note).HasMaxLength(Common.DomainRules.LongTextMaxLength);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.OrganizationId, a.RiskId, a.DueOn });
        b.HasIndex(a => new { a.OrganizationId, a.OwnerId, a.Status, a.DueOn });
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Risk>().WithMany().HasForeignKey(a => a.RiskId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
