using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Readiness;

internal sealed class ReadinessSnapshotConfiguration : IEntityTypeConfiguration<ReadinessSnapshot>
{
    public void Configure(EntityTypeBuilder<ReadinessSnapshot> builder)
    {
        builder.ToTable("ReadinessSnapshots");
        builder.HasIndex(s => new { s.OrganizationId, s.Day }).IsUnique();
        builder.Property(s => s.Report).IsRequired();
    }
}
