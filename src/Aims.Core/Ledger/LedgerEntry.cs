namespace Aims.Core.Ledger;

/// <summary>
/// One link of a tamper-evident chain: a change to one record, hashed together with the previous entry's hash of the
/// same chain. Each organization has its own chain (installation-level records have one of their own, see
/// <see cref="LedgerChains"/>), so one organization's history can be verified without anyone else's entries.
/// Altering, deleting or reordering any row breaks its chain from that row on, which <see cref="LedgerVerifier"/> finds.
/// </summary>
public sealed class LedgerEntry
{
    /// <summary>
    /// Global insertion order across all chains (database-generated). Not part of any hash: chains are independent, and
    /// only a record's history needs it to list entries that span the legacy chain and its organization's chain.
    /// </summary>
    public long Id { get; set; }

    /// <summary>Which chain the entry belongs to (<see cref="LedgerChains"/>).</summary>
    public string Chain { get; set; } = LedgerChains.Installation;

    /// <summary>1, 2, 3… without gaps within <see cref="Chain"/>; a missing number means a deleted row.</summary>
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
