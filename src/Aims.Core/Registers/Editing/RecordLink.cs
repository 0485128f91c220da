using Aims.Core.Common;

namespace Aims.Core.Registers.Editing;

/// <summary>
/// A link from a record of one register to a record of another, or to a clause or control of the catalog: a context
/// issue to the objectives it shapes, a requirement to the documents and controls that address it. One table for every
/// pair, so a register added later (risks) becomes a link target by name, with no new table and no migration of links.
/// </summary>
public sealed class RecordLink : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }

    /// <summary>The register of the record the link belongs to ("context-issues").</summary>
    public string SourceRegister { get; set; } = "";

    public Guid SourceId { get; set; }

    /// <summary>The register linked to ("objectives", "documents"), the catalog part ("controls", "clauses"), or the relation
    /// when one record links to another register's records in several ways (a RACI activity's "responsible",
    /// "consulted" and "informed" roles).</summary>
    public string TargetRegister { get; set; } = "";

    /// <summary>The record's id in its "D" form, or the catalog number ("A.6.2.4").</summary>
    public string TargetId { get; set; } = "";

    /// <summary>The record's id for record targets, so names resolve with a join; null for catalog targets.</summary>
    public Guid? TargetRecordId { get; set; }
}
