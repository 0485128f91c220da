using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Aims.Core.Ledger;

/// <summary>
/// A signed statement "entry N of chain C had hash H". A hash chain alone can be rebuilt by anyone who can write to the
/// database; a signature made with a key kept outside the database cannot. Checkpoints of a chain are numbered 1, 2,
/// 3… and each names the hash of the one before it, so removing or renumbering one breaks the checkpoint chain, and
/// only the newest signature needs an ECDSA check to vouch for all of them.
/// </summary>
public sealed class LedgerCheckpoint
{
    public const string FormatV1 = "openaims-ledger-checkpoint-v1";
    public const string FormatV2 = "openaims-ledger-checkpoint-v2";

    public long Id { get; set; }

    /// <summary>The chain whose head this checkpoint covers.</summary>
    public string Chain { get; set; } = LedgerChains.Installation;

    /// <summary>1, 2, 3… without gaps within <see cref="Chain"/>.</summary>
    public long Number { get; set; }

    /// <summary>The entry sequence (within <see cref="Chain"/>) whose hash is signed.</summary>
    public long Sequence { get; set; }

    public string Hash { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>SHA-256 fingerprint (hex) of the public key that signed, so a rotated key can be told apart.</summary>
    public string KeyId { get; set; } = "";

    /// <summary>
    /// <see cref="ComputeHash"/> of the previous checkpoint of the chain (<see cref="LedgerHasher.GenesisHash"/> for
    /// the first). Empty only on checkpoints signed before checkpoints were chained (format v1).
    /// </summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>ECDSA P-256 / SHA-256 signature (IEEE P1363, base64) over <see cref="SignedText"/>.</summary>
    public string Signature { get; set; } = "";

    public bool IsLegacyFormat => PreviousHash.Length == 0;

    /// <summary>The exact text the signature covers.</summary>
    public string SignedText() => IsLegacyFormat
        ? string.Join('\n', FormatV1, Sequence.ToString(CultureInfo.InvariantCulture), Hash, LedgerHasher.FormatTimestamp(CreatedAt))
        : string.Join('\n', FormatV2, Chain, Number.ToString(CultureInfo.InvariantCulture),
            Sequence.ToString(CultureInfo.InvariantCulture), Hash, LedgerHasher.FormatTimestamp(CreatedAt), KeyId, PreviousHash);

    /// <summary>What the next checkpoint of the chain names as its previous one.</summary>
    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SignedText())));
}
