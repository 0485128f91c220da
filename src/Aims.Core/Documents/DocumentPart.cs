using Aims.Core.Common;

namespace Aims.Core.Documents;

/// <summary>
/// Base of the rows that belong to one <see cref="Document"/> (versions, links, approvals, reviews,
/// acknowledgements): owned by the document's organization, so the tenant query filter applies to them by
/// convention, and audited like every record. The document's history includes their ledger entries.
/// </summary>
public abstract class DocumentPart : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid DocumentId { get; set; }
}
