using Aims.Core.Common;

namespace Aims.Core.Evidence;

/// <summary>
/// What an evidence item supports: a clause, an Annex A control, an AI system, a document (later issues add risks,
/// audit findings and incidents as further <see cref="EvidenceTargetType"/> values, not as new tables).
/// </summary>
public sealed class EvidenceLink : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid EvidenceItemId { get; set; }
    public EvidenceTargetType TargetType { get; set; }

    /// <summary>The catalog number ("A.6.2.4", "8.2") or the record id in its "D" form.</summary>
    public string TargetId { get; set; } = "";

    /// <summary>The record id for record targets (AI systems, documents), so names resolve with a join; null for clauses and controls.</summary>
    public Guid? RecordId { get; set; }
}
