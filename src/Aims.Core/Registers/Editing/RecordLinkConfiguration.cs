using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Registers.Editing;

internal sealed class RecordLinkConfiguration : IEntityTypeConfiguration<RecordLink>
{
    public void Configure(EntityTypeBuilder<RecordLink> b)
    {
        b.ToTable("RecordLinks");
        b.Property(l => l.SourceRegister).HasMaxLength(40);
        b.Property(l => l.TargetRegister).HasMaxLength(40);
        b.Property(l => l.TargetId).HasMaxLength(64);
        b.Property(l => l.Version).IsConcurrencyToken();
        b.HasIndex(l => new { l.OrganizationId, l.SourceId, l.TargetRegister, l.TargetId }).IsUnique();
        // "What links to this record" (a requirement addressed by this document, issues that shape this objective).
        b.HasIndex(l => new { l.OrganizationId, l.TargetRegister, l.TargetId, l.SourceId });
        b.HasOne<Organization>().WithMany().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
