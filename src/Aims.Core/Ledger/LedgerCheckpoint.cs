namespace Aims.Core.Ledger;

/// <summary>
/// A signed statement "the chain head at sequence N had hash H". A hash chain alone can be rebuilt by anyone who
/// can write to the database; a signature made with a key kept outside the database cannot, so verification against
/// checkpoints also detects a wholesale rewrite of the chain.
/// </summary>
public sealed class LedgerCheckpoint
{
    public long Id { get; set; }
    public long Sequence { get; set; }
    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>SHA-256 fingerprint (hex) of the public key that signed, so a rotated key can be told apart.</summary>
    public string KeyId { get; set; } = "";

    /// <summary>ECDSA P-256 / SHA-256 signature (IEEE P1363, base64) over <see cref="SignedText"/>.</summary>
    public string Signature { get; set; } = "";

    public static string SignedText(long sequence, string hash, DateTimeOffset createdAt) =>
        string.Join('\n', "openaims-ledger-checkpoint-v1", sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            hash, LedgerHasher.FormatTimestamp(createdAt));
}
