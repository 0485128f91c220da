namespace Aims.Core.Ledger;

/// <summary>
/// One link of the tamper-evident chain: a change to one record, hashed together with the previous entry's hash.
/// Altering, deleting or reordering any row breaks the chain from that row on, which <see cref="LedgerVerifier"/> finds.
/// </summary>
public sealed class LedgerEntry
{
    /// <summary>1, 2, 3… without gaps; a missing number means a deleted row.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset Timestamp { get; set; }
    public Guid? OrganizationId { get; set; }
    public string Actor { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public LedgerAction Action { get; set; }

    /// <summary>Canonical JSON of the change (sorted keys; secrets redacted).</summary>
    public string Payload { get; set; } = "";

    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
