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

    // Writes the canonical text straight into one pooled UTF-8 buffer: a million entries are hashed per verify, and
    // building a string per entry first cost more than the SHA-256 itself. The bytes are exactly those of the fields
    // joined by '\n' (rule v2 prefixed with "v2\n" and the chain name).
    private static void ComputeInto(LedgerEntry entry, Span<byte> digest)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var legacy = string.Equals(entry.Chain, LedgerChains.Legacy, StringComparison.Ordinal);
        var textLength = entry.Chain.Length + entry.Actor.Length + entry.EntityType.Length + entry.EntityId.Length +
                         entry.Payload.Length + entry.PreviousHash.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(textLength) + 160);
        try
        {
            var span = buffer.AsSpan();
            var at = 0;
            if (!legacy)
            {
                at += Write(span[at..], "v2\n");
                at += Write(span[at..], entry.Chain);
                span[at++] = (byte)'\n';
            }

            entry.Sequence.TryFormat(span[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
            span[at++] = (byte)'\n';
            entry.Timestamp.UtcDateTime.TryFormat(span[at..], out written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            at += written;
            span[at++] = (byte)'\n';
            if (entry.OrganizationId is { } org)
            {
                org.TryFormat(span[at..], out written, "D");
                at += written;
            }

            span[at++] = (byte)'\n';
            at += Write(span[at..], entry.Actor);
            span[at++] = (byte)'\n';
            at += Write(span[at..], entry.EntityType);
            span[at++] = (byte)'\n';
            at += Write(span[at..], entry.EntityId);
            span[at++] = (byte)'\n';
            at += Write(span[at..], ActionName(entry.Action));
            span[at++] = (byte)'\n';
            at += Write(span[at..], entry.Payload);
            span[at++] = (byte)'\n';
            at += Write(span[at..], entry.PreviousHash);
            SHA256.HashData(span[..at], digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Write(Span<byte> destination, string text) => Encoding.UTF8.GetBytes(text, destination);

    // Enum.ToString is slow on a hot path of a million entries; the names are part of the hash rule anyway.
    private static string ActionName(LedgerAction action) => action switch
    {
        LedgerAction.Created => "Created",
        LedgerAction.Updated => "Updated",
        LedgerAction.Deleted => "Deleted",
        _ => action.ToString(),
    };
}
