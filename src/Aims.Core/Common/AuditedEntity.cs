namespace Aims.Core.Common;

/// <summary>
/// Base for every record an auditor may sample: who created and last changed it, when, and a version that
/// doubles as the optimistic-concurrency token (exposed to API clients as the ETag).
/// </summary>
public abstract class AuditedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>Incremented on every save; a stale value makes the save fail with a concurrency conflict.</summary>
    public long Version { get; set; }
}
