using Aims.Core.Common;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.AiSystems.Lifecycle;

internal sealed class LifecycleArtefactConfiguration : IEntityTypeConfiguration<LifecycleArtefact>
{
    public void Configure(EntityTypeBuilder<LifecycleArtefact> b)
    {
        b.ToTable("LifecycleArtefacts");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.OrganizationId, a.AiSystemId, a.Kind });
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AiSystem>().WithMany().HasForeignKey(a => a.AiSystemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Documents.Document>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Evidence.EvidenceItem>().WithMany().HasForeignKey(a => a.EvidenceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LifecycleGateEventConfiguration : IEntityTypeConfiguration<LifecycleGateEvent>
{
    public void Configure(EntityTypeBuilder<LifecycleGateEvent> b)
    {
        b.ToTable("LifecycleGateEvents");
        b.Property(e => e.FromStage);
        b.Property(e => e.ToStage);
        b.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.ApproverRole).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(e => e.ApproverName).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(e => e.Reason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.Property(e => e.Note).HasMaxLength(DomainRules.LongTextMaxLength * 2);
        b.Property(e => e.Present).HasMaxLength(64_000);
        b.Property(e => e.Missing).HasMaxLength(2_000);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => new { e.OrganizationId, e.AiSystemId, e.CreatedAt });
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AiSystem>().WithMany().HasForeignKey(e => e.AiSystemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LifecycleGateRuleConfiguration : IEntityTypeConfiguration<LifecycleGateRule>
{
    public void Configure(EntityTypeBuilder<LifecycleGateRule> b)
    {
        b.ToTable("LifecycleGateRules");
        b.Property(r => r.RequiredArtefacts).HasMaxLength(2_000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.OrganizationId, r.Stage }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Leadership.AimsRole>().WithMany().HasForeignKey(r => r.ApproverRoleId).OnDelete(DeleteBehavior.Restrict);
    }
}
