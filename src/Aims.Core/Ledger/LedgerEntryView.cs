namespace Aims.Core.Ledger;

/// <summary>
/// One ledger entry as the API shows it: every hashed field, unchanged, so a client can recompute the chain. Secrets
/// appear as keyed digests (<c>hmac-sha256:…</c>) and personal fields as ciphertexts (<c>aes-gcm:…</c>, or
/// <c>(erased)</c> once the person was erased).
/// </summary>
public sealed record LedgerEntryView(string Chain, long Sequence, DateTimeOffset Timestamp, Guid? OrganizationId, string Actor, string EntityType,
    string EntityId, string Action, string Changes, string PreviousHash, string Hash)
{
    public static LedgerEntryView Of(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new LedgerEntryView(entry.Chain, entry.Sequence, entry.Timestamp, entry.OrganizationId, entry.Actor, entry.EntityType, entry.EntityId,
            entry.Action.ToString(), entry.Payload, entry.PreviousHash, entry.Hash);
    }
}
