using Aims.Core.Common;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Data;

internal sealed class PersonDataKeyConfiguration : IEntityTypeConfiguration<PersonDataKey>
{
    public void Configure(EntityTypeBuilder<PersonDataKey> b)
    {
        // No foreign key to the user on purpose: the key's life is its own (created before the user row is written,
        // destroyed on erasure while the pseudonymous account row stays).
        b.HasKey(k => k.UserId);
        b.Property(k => k.UserId).ValueGeneratedNever();
        b.Property(k => k.Key).HasMaxLength(32);
    }
}

internal sealed class PersonErasureConfiguration : IEntityTypeConfiguration<PersonErasure>
{
    public void Configure(EntityTypeBuilder<PersonErasure> b)
    {
        b.Property(e => e.ErasedBy).HasMaxLength(320);
        b.Property(e => e.Reason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.HasIndex(e => e.UserId);
    }
}
