using Aims.Core.Common;

namespace Aims.Core.Registers;

/// <summary>
/// Base of every register's records: owned by one organization (the tenant query filter applies to it by convention,
/// see <see cref="Data.AimsDbContext"/>), audited and versioned (<see cref="AuditedEntity"/>), and archived with a
/// reason instead of deleted, so an auditor can always see what existed and why it left the register.
/// </summary>
public abstract class RegisterRecord : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }
    public string? ArchiveReason { get; set; }

    /// <summary>Takes the record out of the active register; only <see cref="Register{T, TView}"/> calls it.</summary>
    internal void Archive(DateTimeOffset at, string reason)
    {
        ArchivedAt = at;
        ArchiveReason = reason;
        OnArchiveChanged(archived: true);
    }

    internal void Restore()
    {
        ArchivedAt = null;
        ArchiveReason = null;
        OnArchiveChanged(archived: false);
    }

    /// <summary>For registers that also show archiving in a status of their own (AI systems: status "archived").</summary>
    protected virtual void OnArchiveChanged(bool archived)
    {
    }
}
