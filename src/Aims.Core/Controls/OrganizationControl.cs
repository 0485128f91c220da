using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Controls;

/// <summary>How far the organization has put a control in place (applicability is a separate decision).</summary>
public enum ControlStatus
{
    NotStarted,
    Planned,
    PartiallyImplemented,
    Implemented,
}

/// <summary>
/// How one Annex A control stands in this organization: its status, owner, planned date and how the organization meets
/// its intent. A control nobody has touched has no row and reads as not started; the first change stores it.
/// </summary>
public sealed class OrganizationControl : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }

    /// <summary>The Annex A id ("A.6.2.4").</summary>
    public string ControlId { get; set; } = "";

    public ControlStatus Status { get; set; }
    public Guid? OwnerId { get; set; }
    public DateOnly? PlannedOn { get; set; }
    public string? Implementation { get; set; }
}

/// <summary>The words pages and generated documents use for a control's status.</summary>
public static class ControlLabels
{
    public static string Status(ControlStatus status) => status switch
    {
        ControlStatus.Implemented => "Implemented",
        ControlStatus.PartiallyImplemented => "Partly implemented",
        ControlStatus.Planned => "Planned",
        _ => "Not started",
    };
}

/// <param name="Version">0 for a control never changed (no stored row yet).</param>
public sealed record ControlView(
    string ControlId, string Title, string ObjectiveId, string Intent, string EvidenceGuidance, ControlStatus Status, Guid? OwnerId,
    string? Owner, DateOnly? PlannedOn, string? Implementation, IReadOnlyList<Registers.Editing.RecordRef> Risks, DateTimeOffset? UpdatedAt,
    string? UpdatedBy, long Version);

public sealed record ControlInput
{
    public ControlStatus? Status { get; init; }
    public Guid? OwnerId { get; init; }
    public DateOnly? PlannedOn { get; init; }
    public string? Implementation { get; init; }
}

internal sealed class OrganizationControlConfiguration : IEntityTypeConfiguration<OrganizationControl>
{
    public void Configure(EntityTypeBuilder<OrganizationControl> b)
    {
        b.ToTable("OrganizationControls");
        b.Property(c => c.ControlId).HasMaxLength(32);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.Implementation).HasMaxLength(DomainRules.LongTextMaxLength);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.OrganizationId, c.ControlId }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
