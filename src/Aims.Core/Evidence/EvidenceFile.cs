using Aims.Core.Common;
using Aims.Core.Evidence.Files;

namespace Aims.Core.Evidence;

/// <summary>
/// One file an evidence item has held, in upload order. Never changed or removed: a new upload supersedes the previous
/// file, which stays downloadable with the dates it was uploaded with, so an auditor can see what was current when.
/// </summary>
public sealed class EvidenceFile : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid EvidenceItemId { get; set; }

    /// <summary>1 for the first file of the item, then 2, 3…</summary>
    public int Number { get; set; }

    public string Sha256 { get; set; } = "";
    public long Size { get; set; }
    public StoredFileKind Kind { get; set; }
    public string? FileName { get; set; }

    /// <summary>The member who uploaded it (the audit fields hold the actor as text; this resolves their name).</summary>
    public Guid UploadedById { get; set; }

    /// <summary>The item's effective date as stated with this file.</summary>
    public DateOnly EffectiveDate { get; set; }

    /// <summary>The item's valid-until date as stated with this file.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>
    /// For an <c>aims evidence</c> document: its <see cref="ComputedEvidenceSummary"/> as JSON
    /// (<see cref="EvidenceJsonOptions"/>), taken once on upload so lists show it without opening the file.
    /// </summary>
    public string? ComputedSummary { get; set; }
}
