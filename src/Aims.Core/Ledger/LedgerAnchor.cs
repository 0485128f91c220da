namespace Aims.Core.Ledger;

/// <summary>
/// Checks where a chain starts when it is verified on its own (one organization, or an export file): either at the
/// genesis value, or at the last hash of the legacy shared chain, which must then be vouched for by that chain's
/// signed closing checkpoint (the legacy entries themselves belong to everyone and are not part of the extract).
/// </summary>
public static class LedgerAnchor
{
    public static LedgerProblem? Check(string chain, string anchor, LedgerCheckpoint? closing, LedgerSigningKey? key)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        if (string.Equals(anchor, LedgerHasher.GenesisHash, StringComparison.Ordinal))
        {
            return null;
        }

        if (closing is null || !string.Equals(closing.Chain, LedgerChains.Legacy, StringComparison.Ordinal))
        {
            return new LedgerProblem(chain, "it starts from the legacy chain's last hash, but no signed checkpoint closing the legacy chain was found");
        }

        if (!string.Equals(closing.Hash, anchor, StringComparison.Ordinal))
        {
            return new LedgerProblem(chain, "the legacy chain's closing checkpoint does not sign the hash this chain starts from");
        }

        if (key is not null && (!string.Equals(closing.KeyId, key.KeyId, StringComparison.Ordinal) || !key.Verify(closing.SignedText(), closing.Signature)))
        {
            return new LedgerProblem(chain, "the legacy chain's closing checkpoint has no valid signature of the expected key");
        }

        return null;
    }
}
