using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Context;

internal sealed class ContextIssueConfiguration : IEntityTypeConfiguration<ContextIssue>
{
    public void Configure(EntityTypeBuilder<ContextIssue> b)
    {
        b.ToTable("ContextIssues");
        b.Property(c => c.Title).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(c => c.Description).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(c => c.Origin).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Effect).HasConversion<string>().HasMaxLength(16);
        b.RegisterRecord();
        b.HasIndex(c => new { c.OrganizationId, c.Title, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.Category, c.Title, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.ReviewDate, c.Title, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.Origin, c.Title, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.Effect, c.Title, c.Id });
        b.HasIndex(c => new { c.OrganizationId, c.OwnerId, c.Title, c.Id });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
