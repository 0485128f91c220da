using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Aims.Core.Ledger;

/// <summary>
/// The hash rule of the chains. Kept in one place because the writer and the offline verifier must agree byte for
/// byte: SHA-256 over the entry's fields joined by newlines, the previous hash last. Entries of a chain (rule v2)
/// start with the chain's name so an entry cannot be moved to another chain; entries of the pre-chain
/// <see cref="LedgerChains.Legacy"/> chain keep the rule they were written with (v1, no chain name).
/// </summary>
public static class LedgerHasher
{
    /// <summary>The previous-hash value of the first entry of a fresh installation (and of the first checkpoint).</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(LedgerEntry entry)
    {
        Span<byte> digest = stackalloc byte[32];
        ComputeInto(entry, digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>True when the entry's stored hash is the one its content implies (no string allocated per entry).</summary>
    public static bool HasValidHash(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Span<byte> digest = stackalloc byte[32];
        ComputeInto(entry, digest);
        Span<char> hex = stackalloc char[64];
        return Convert.TryToHexStringLower(digest, hex, out _) && entry.Hash.AsSpan().SequenceEqual(hex);
    }

    /// <summary>Millisecond UTC text, the precision every supported database round-trips exactly.</summary>
    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void ComputeInto(LedgerEntry entry, Span<byte> digest)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var legacy = string.Equals(entry.Chain, LedgerChains.Legacy, StringComparison.Ordinal);
        var builder = new StringBuilder(entry.Payload.Length + 400);
        if (!legacy)
        {
            builder.Append("v2\n").Append(entry.Chain).Append('\n');
        }

        builder.Append(entry.Sequence.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(FormatTimestamp(entry.Timestamp)).Append('\n')
            .Append(entry.OrganizationId?.ToString("D") ?? "").Append('\n')
            .Append(entry.Actor).Append('\n')
            .Append(entry.EntityType).Append('\n')
            .Append(entry.EntityId).Append('\n')
            .Append(ActionName(entry.Action)).Append('\n')
            .Append(entry.Payload).Append('\n')
            .Append(entry.PreviousHash);
        // One string, then UTF-8: encoding chunk by chunk could split a surrogate pair and change the bytes.
        var text = builder.ToString();
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            SHA256.HashData(buffer.AsSpan(0, written), digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Enum.ToString is slow on a hot path of a million entries; the names are part of the hash rule anyway.
    private static string ActionName(LedgerAction action) => action switch
    {
        LedgerAction.Created => "Created",
        LedgerAction.Updated => "Updated",
        LedgerAction.Deleted => "Deleted",
        _ => action.ToString(),
    };
}
