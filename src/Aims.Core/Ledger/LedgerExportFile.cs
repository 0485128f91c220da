using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Ledger;

/// <summary>
/// One chain as a self-contained file an auditor verifies offline (<c>aims ledger verify --file</c>): JSON lines, a
/// header first (chain, organization, the public key, and the signed checkpoint that closed the legacy chain when the
/// chain starts from it), then every checkpoint, then every entry in sequence order. Holds nothing of any other chain,
/// and both writing and reading stream, so a large chain never has to fit in memory.
/// </summary>
public static class LedgerExportFile
{
    public const string Format = "openaims-ledger-export-v1";

    public static async Task<(long Entries, int Checkpoints)> WriteAsync(AimsDbContext db, string chain, Stream output,
        LedgerExportHeader header, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(header);
        var checkpoints = await db.LedgerCheckpoints.AsNoTracking().Where(c => c.Chain == chain).OrderBy(c => c.Number).ToListAsync(ct);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(JsonSerializer.Serialize(header with { Format = Format, Chain = chain }, LedgerExportHeader.Json));
        await writer.WriteAsync('\n');
        foreach (var checkpoint in checkpoints)
        {
            await writer.WriteAsync("{\"checkpoint\":" + LedgerStatement.From(checkpoint).ToJsonLine() + "}\n");
        }

        long entries = 0;
        await foreach (var entry in db.LedgerEntries.AsNoTracking().Where(e => e.Chain == chain).OrderBy(e => e.Sequence)
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            await writer.WriteAsync(EntryLine(entry));
            await writer.WriteAsync('\n');
            entries++;
        }

        await writer.FlushAsync(ct);
        return (entries, checkpoints.Count);
    }

    /// <summary>The header and checkpoints (read at once: they are few), and the entries as a stream.</summary>
    public static async Task<LedgerExportReader> OpenAsync(string path, CancellationToken ct = default)
    {
        var reader = new StreamReader(path, Encoding.UTF8);
        try
        {
            var first = await reader.ReadLineAsync(ct) ?? throw Bad(path, 1, "the file is empty");
            var header = JsonSerializer.Deserialize<LedgerExportHeader>(first, LedgerExportHeader.Json);
            if (header is null || !string.Equals(header.Format, Format, StringComparison.Ordinal))
            {
                throw Bad(path, 1, $"not a ledger export (expected format {Format})");
            }

            return new LedgerExportReader(path, header, reader);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    internal static async IAsyncEnumerable<(LedgerStatement? Checkpoint, LedgerEntry? Entry)> ReadBodyAsync(
        string path, string chain, StreamReader reader, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var lineNumber = 1;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                throw Bad(path, lineNumber, ex.Message);
            }

            using (doc)
            {
                if (doc.RootElement.TryGetProperty("checkpoint", out var checkpoint))
                {
                    yield return (LedgerStatement.Parse(checkpoint), null);
                }
                else if (doc.RootElement.TryGetProperty("entry", out var entry))
                {
                    yield return (null, ParseEntry(entry, chain));
                }
                else
                {
                    throw Bad(path, lineNumber, "neither a checkpoint nor an entry");
                }
            }
        }
    }

    private static string EntryLine(LedgerEntry e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("entry");
            json.WriteNumber("sequence", e.Sequence);
            json.WriteString("timestamp", LedgerHasher.FormatTimestamp(e.Timestamp));
            json.WriteString("organizationId", e.OrganizationId?.ToString("D"));
            json.WriteString("actor", e.Actor);
            json.WriteString("entityType", e.EntityType);
            json.WriteString("entityId", e.EntityId);
            json.WriteString("action", e.Action.ToString());
            json.WriteString("payload", e.Payload);
            json.WriteString("previousHash", e.PreviousHash);
            json.WriteString("hash", e.Hash);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static LedgerEntry ParseEntry(JsonElement e, string chain) => new()
    {
        Chain = chain,
        Sequence = e.GetProperty("sequence").GetInt64(),
        Timestamp = DateTimeOffset.ParseExact(e.GetProperty("timestamp").GetString() ?? "", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        OrganizationId = e.GetProperty("organizationId").GetString() is { } org ? Guid.Parse(org) : null,
        Actor = e.GetProperty("actor").GetString() ?? "",
        EntityType = e.GetProperty("entityType").GetString() ?? "",
        EntityId = e.GetProperty("entityId").GetString() ?? "",
        Action = Enum.Parse<LedgerAction>(e.GetProperty("action").GetString() ?? ""),
        Payload = e.GetProperty("payload").GetString() ?? "",
        PreviousHash = e.GetProperty("previousHash").GetString() ?? "",
        Hash = e.GetProperty("hash").GetString() ?? "",
    };

    private static InvalidOperationException Bad(string path, int line, string why) => new($"{path} line {line}: {why}.");
}
