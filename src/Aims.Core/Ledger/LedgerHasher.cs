using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Aims.Core.Ledger;

/// <summary>
/// The hash rule of the chain. Kept in one place because the writer and the offline verifier must agree byte for
/// byte: SHA-256 over the entry's fields joined by newlines, the previous hash last.
/// </summary>
public static class LedgerHasher
{
    /// <summary>The previous-hash value of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var canonical = string.Join('\n',
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            FormatTimestamp(entry.Timestamp),
            entry.OrganizationId?.ToString("D") ?? "",
            entry.Actor,
            entry.EntityType,
            entry.EntityId,
            entry.Action.ToString(),
            entry.Payload,
            entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Millisecond UTC text, the precision every supported database round-trips exactly.</summary>
    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
