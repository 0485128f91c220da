using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Common;
using Aims.Core.Ledger;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Data;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.Name).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(o => o.Slug).HasMaxLength(64);
        b.Property(o => o.Sector).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(o => o.TimeZone).HasMaxLength(OrganizationTimeZones.MaxLength);
        b.HasIndex(o => o.Slug).IsUnique();
        b.Property(o => o.Version).IsConcurrencyToken();
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.HasIndex(m => new { m.OrganizationId, m.UserId }).IsUnique();
        b.HasIndex(m => m.UserId);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.Property(t => t.Prefix).HasMaxLength(16);
        b.Property(t => t.Name).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(t => t.Role).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AiSystemConfiguration : IEntityTypeConfiguration<AiSystem>
{
    public void Configure(EntityTypeBuilder<AiSystem> b)
    {
        b.Property(s => s.Name).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(s => s.Purpose).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(s => s.IntendedUse).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(s => s.ArchiveReason).HasMaxLength(DomainRules.ReasonMaxLength);
        // Stored as its number (API, UI and ledger still use the name) so ORDER BY gives life-cycle order.
        b.Property(s => s.LifecycleStage);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Property(s => s.NameKey).HasMaxLength(Text.NameKeys.MaxKeyLength);
        b.Property(s => s.SystemType).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.AutonomyLevel).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.HumanOversightWho).HasMaxLength(DomainRules.NameMaxLength);
        foreach (var text in new[]
                 {
                     nameof(AiSystem.Description), nameof(AiSystem.Capabilities), nameof(AiSystem.IntendedUsers), nameof(AiSystem.AffectedPersons),
                     nameof(AiSystem.ForeseeableMisuse), nameof(AiSystem.HumanOversightHow), nameof(AiSystem.HumanOversightWhen),
                     nameof(AiSystem.ResponsibleUseObjectives),
                 })
        {
            b.Property<string?>(text).HasMaxLength(DomainRules.LongTextMaxLength);
        }

        // JSON lists: 100 lines or 50 components of at most 200 characters each, with room for the JSON around them.
        foreach (var list in new[] { nameof(AiSystem.Geographies), nameof(AiSystem.Languages), nameof(AiSystem.Channels), nameof(AiSystem.Components) })
        {
            b.Property<string?>(list).HasMaxLength(64_000);
        }
        // "Unique per organization among non-archived systems". The filter uses only quoted identifiers and a string
        // literal, so the same SQL works on SQLite and PostgreSQL; NULL keys (rows awaiting the backfill) never clash.
        b.HasIndex(s => new { s.OrganizationId, s.NameKey }).IsUnique()
            .HasFilter("\"NameKey\" IS NOT NULL AND \"Status\" <> 'Archived'")
            .HasDatabaseName("IX_AiSystems_OrganizationId_NameKey_Unique");

        // One index per sort and filter of the list (AiSystemSort), each ending in Id like the sort itself, so a page
        // is read in index order without sorting the organization's rows; descending sorts scan them backwards.
        b.HasIndex(s => new { s.OrganizationId, s.Name, s.Id });
        b.HasIndex(s => new { s.OrganizationId, s.LifecycleStage, s.Name, s.Id });
        b.HasIndex(s => new { s.OrganizationId, s.Status, s.Name, s.Id });
        b.HasIndex(s => new { s.OrganizationId, s.Status, s.UpdatedAt, s.Id });
        b.HasIndex(s => new { s.OrganizationId, s.OwnerId, s.Name, s.Id });
        b.HasIndex(s => new { s.OrganizationId, s.CreatedAt, s.Id });
        b.HasIndex(s => new { s.OrganizationId, s.UpdatedAt, s.Id });
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedOnAdd();
        b.Property(e => e.Chain).HasMaxLength(64);
        // One row per chain position: even a writer that skipped the lock could not fork a chain.
        b.HasIndex(e => new { e.Chain, e.Sequence }).IsUnique();
        b.Property(e => e.Actor).HasMaxLength(320);
        b.Property(e => e.EntityType).HasMaxLength(100);
        b.Property(e => e.EntityId).HasMaxLength(200);
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => new { e.OrganizationId, e.EntityType, e.EntityId });
    }
}

internal sealed class LedgerCheckpointConfiguration : IEntityTypeConfiguration<LedgerCheckpoint>
{
    public void Configure(EntityTypeBuilder<LedgerCheckpoint> b)
    {
        b.Property(c => c.Hash).HasMaxLength(64);
        b.Property(c => c.KeyId).HasMaxLength(64);
        b.Property(c => c.Signature).HasMaxLength(200);
        b.Property(c => c.Chain).HasMaxLength(64);
        b.Property(c => c.PreviousHash).HasMaxLength(64);
        b.HasIndex(c => new { c.Chain, c.Number }).IsUnique();
    }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasIndex(s => s.UserId);
        // Deleting an account must not be blocked by its sessions; they mean nothing without it.
        b.HasOne<AimsUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SignInFailureCounterConfiguration : IEntityTypeConfiguration<SignInFailureCounter>
{
    public void Configure(EntityTypeBuilder<SignInFailureCounter> b)
    {
        b.HasKey(c => c.Key);
        b.Property(c => c.Key).HasMaxLength(64);
    }
}
