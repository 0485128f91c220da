using Aims.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Registers;

/// <summary>What the database model of every register record shares: the archive reason's length, optimistic concurrency on
/// the version, the two audit-time sort indexes within an organization, and the organization it belongs to.</summary>
internal static class RegisterRecordModel
{
    public static EntityTypeBuilder<T> RegisterRecord<T>(this EntityTypeBuilder<T> b)
        where T : RegisterRecord
    {
        b.Property(r => r.ArchiveReason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.OrganizationId, r.UpdatedAt, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.CreatedAt, r.Id });
        b.HasOne<Organizations.Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        return b;
    }
}
