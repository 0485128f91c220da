using Aims.Core.Common;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Scope;

internal sealed class ScopeConfiguration : IEntityTypeConfiguration<AimsScope>
{
    public void Configure(EntityTypeBuilder<AimsScope> b)
    {
        b.ToTable("AimsScopes");
        b.Property(s => s.Summary).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(s => s.Interfaces).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(s => s.LifecycleStages).HasMaxLength(400);
        b.Property(s => s.ArchiveReason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.Property(s => s.Version).IsConcurrencyToken();
        // One working copy per organization.
        b.HasIndex(s => s.OrganizationId).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Documents.Document>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
