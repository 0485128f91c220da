namespace Aims.Core.Ledger;

/// <summary>
/// The per-person key under which the ledger holds that person's personal fields (AES-256-GCM). Erasure destroys the
/// key, which makes every ledgered copy of those fields unreadable while the chain's hashes stay exactly as they were.
/// Not ledgered on purpose: a key in the ledger could never be destroyed.
/// </summary>
public sealed class PersonDataKey : INotLedgered
{
    public Guid UserId { get; set; }

    /// <summary>32 random bytes; null once the person was erased.</summary>
    public byte[]? Key { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ErasedAt { get; set; }
}
