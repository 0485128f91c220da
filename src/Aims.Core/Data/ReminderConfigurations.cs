using Aims.Core.Access;
using Aims.Core.Organizations;
using Aims.Core.Reminders.Mail;
using Aims.Core.Reminders.MyWork;
using Aims.Core.Reminders.Notifications;
using Aims.Core.Reminders.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Data;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(n => n.Title).HasMaxLength(MyWorkRules.TitleMaxLength);
        b.Property(n => n.Reason).HasMaxLength(MyWorkRules.ReasonMaxLength);
        b.Property(n => n.Href).HasMaxLength(MyWorkRules.HrefMaxLength);
        b.Property(n => n.RecordType).HasMaxLength(MyWorkRules.RecordTypeMaxLength);
        b.Property(n => n.ReminderKey).HasMaxLength(ReminderKey.MaxLength);
        // Once per person and reminder: a re-run, or a second node running the check at the same time, cannot add one.
        b.HasIndex(n => new { n.OrganizationId, n.UserId, n.ReminderKey }).IsUnique();
        // The person's list, newest first (and its unread count).
        b.HasIndex(n => new { n.OrganizationId, n.UserId, n.CreatedAt, n.Id });
        b.HasOne<Organization>().WithMany().HasForeignKey(n => n.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // A person's reminders mean nothing without the account (erasure removes them first anyway).
        b.HasOne<AimsUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboundMailConfiguration : IEntityTypeConfiguration<OutboundMail>
{
    public void Configure(EntityTypeBuilder<OutboundMail> b)
    {
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Subject).HasMaxLength(1_000);
        b.Property(m => m.ClaimedBy).HasMaxLength(200);
        // The sender's query: unsent, not abandoned, due.
        b.HasIndex(m => new { m.SentAt, m.AbandonedAt, m.NextAttemptAt });
        b.HasIndex(m => m.UserId);
        b.HasOne<Organization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SchedulerLeaseConfiguration : IEntityTypeConfiguration<SchedulerLease>
{
    public void Configure(EntityTypeBuilder<SchedulerLease> b)
    {
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(64);
        b.Property(l => l.Holder).HasMaxLength(200);
    }
}
