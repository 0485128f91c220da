using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Common;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Aims.Core.Documents;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documents");
        b.Property(d => d.Title).HasMaxLength(DomainRules.NameMaxLength);
        b.Property(d => d.ArchiveReason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.Property(d => d.CurrentVersionSha256).HasMaxLength(64);
        // Enumerations as their numbers, so sorts follow the declared order (AI policy first, public to confidential,
        // draft to retired); the API, UI and ledger still use the names.
        b.Property(d => d.Type);
        b.Property(d => d.Version).IsConcurrencyToken();
        // One index per sort and filter, each ending in Id like the sort (see DocumentRegister).
        b.HasIndex(d => new { d.OrganizationId, d.Title, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.Type, d.Title, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.State, d.Title, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.PendingVersionState, d.Title, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.NextReviewOn, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.ReviewOverdueFrom, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.OwnerId, d.Title, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.CreatedAt, d.Id });
        b.HasIndex(d => new { d.OrganizationId, d.UpdatedAt, d.Id });
        b.HasMany(d => d.References).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Systems).WithOne().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Participants).WithOne().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.ToTable("DocumentVersions");
        // The body has no column limit: DocumentContent.MaxBodyLength is checked before saving, and a text column holds
        // a megabyte exactly on both databases.
        b.Property(v => v.Sha256).HasMaxLength(64);
        b.Property(v => v.ChangeSummary).HasMaxLength(DocumentContent.ChangeSummaryMaxLength);
        b.Property(v => v.RetireReason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.Property(v => v.ReturnReason).HasMaxLength(DomainRules.ReasonMaxLength);
        b.Property(v => v.FileKind).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.FileName).HasMaxLength(Evidence.EvidenceLimits.FileNameMaxLength);
        b.Property(v => v.SnapshotKind).HasConversion<string>().HasMaxLength(32);
        b.Property(v => v.Version).IsConcurrencyToken();
        // Rows of a document are looked up by (OrganizationId, DocumentId, …): the tenant filter adds the organization to
        // every lookup, and SQLite (without statistics) otherwise walks the organization-first index of the whole
        // table for each document of a page (measured: 15 requests/s for a 25-row page of 10 000 documents).
        b.HasIndex(v => new { v.OrganizationId, v.DocumentId, v.Number }).IsUnique();
        b.HasIndex(v => new { v.OrganizationId, v.Status, v.DocumentId });
        b.HasOne<Document>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(v => v.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentReferenceConfiguration : IEntityTypeConfiguration<DocumentReference>
{
    public void Configure(EntityTypeBuilder<DocumentReference> b)
    {
        b.ToTable("DocumentReferences");
        b.Property(r => r.Target).HasMaxLength(16);
        b.HasIndex(r => new { r.OrganizationId, r.DocumentId, r.Kind, r.Target }).IsUnique();
        // Serves the clause and control filters ("documents linked to 5.2") and readiness per clause.
        b.HasIndex(r => new { r.OrganizationId, r.Kind, r.Target, r.DocumentId });
    }
}

internal sealed class DocumentSystemLinkConfiguration : IEntityTypeConfiguration<DocumentSystemLink>
{
    public void Configure(EntityTypeBuilder<DocumentSystemLink> b)
    {
        b.ToTable("DocumentSystemLinks");
        b.HasIndex(s => new { s.OrganizationId, s.DocumentId, s.AiSystemId }).IsUnique();
        b.HasIndex(s => new { s.OrganizationId, s.AiSystemId, s.DocumentId });
        b.HasOne<AiSystem>().WithMany().HasForeignKey(s => s.AiSystemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentParticipantConfiguration : IEntityTypeConfiguration<DocumentParticipant>
{
    public void Configure(EntityTypeBuilder<DocumentParticipant> b)
    {
        b.ToTable("DocumentParticipants");
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(p => new { p.OrganizationId, p.DocumentId, p.Duty });
        b.HasIndex(p => new { p.OrganizationId, p.UserId });
        b.HasOne<AimsUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentApprovalConfiguration : IEntityTypeConfiguration<DocumentApproval>
{
    public void Configure(EntityTypeBuilder<DocumentApproval> b)
    {
        b.ToTable("DocumentApprovals");
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.Reauthentication).HasMaxLength(32);
        b.Property(a => a.Note).HasMaxLength(DomainRules.ReasonMaxLength);
        // One signature per approver and review round: a second approval by the same person cannot count twice.
        b.HasIndex(a => new { a.VersionId, a.Round, a.ApproverId }).IsUnique();
        b.HasIndex(a => new { a.OrganizationId, a.DocumentId, a.VersionNumber });
        b.HasOne<DocumentVersion>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(a => a.ApproverId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentReviewConfiguration : IEntityTypeConfiguration<DocumentReview>
{
    public void Configure(EntityTypeBuilder<DocumentReview> b)
    {
        b.ToTable("DocumentReviews");
        b.Property(r => r.Note).HasMaxLength(DomainRules.ReasonMaxLength);
        b.HasIndex(r => new { r.OrganizationId, r.DocumentId, r.ReviewedAt });
        b.HasOne<Document>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentAcknowledgementConfiguration : IEntityTypeConfiguration<DocumentAcknowledgement>
{
    public void Configure(EntityTypeBuilder<DocumentAcknowledgement> b)
    {
        b.ToTable("DocumentAcknowledgements");
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.HasIndex(a => new { a.OrganizationId, a.DocumentId, a.VersionNumber, a.UserId }).IsUnique();
        b.HasIndex(a => new { a.OrganizationId, a.UserId });
        b.HasOne<Document>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AimsUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
