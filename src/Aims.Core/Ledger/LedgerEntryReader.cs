using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Ledger;

/// <summary>
/// Streams ledger entries in chain, then sequence order with a plain data reader: verification reads every row once
/// and keeps none, and EF's materializer was the larger part of the time over a million rows. Column types differ by
/// provider (SQLite keeps times as Unix milliseconds and ids as text), which this reader maps as the model does.
/// </summary>
public static class LedgerEntryReader
{
    public static async IAsyncEnumerable<LedgerEntry> ReadAsync(AimsDbContext db, string? chain,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sqlite = db.Database.IsSqlite();
        await using (await ScanConnection.OpenAsync(db, memoryMap: true, ct))
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = """
                SELECT "Chain", "Sequence", "Timestamp", "OrganizationId", "Actor", "EntityType", "EntityId", "Action", "Payload", "PreviousHash", "Hash"
                FROM "LedgerEntries"
                """ + (chain is null ? "" : " WHERE \"Chain\" = @chain") + " ORDER BY \"Chain\", \"Sequence\"";
            if (chain is not null)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@chain";
                parameter.Value = chain;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
            while (await reader.ReadAsync(ct))
            {
                yield return new LedgerEntry
                {
                    Chain = reader.GetString(0),
                    Sequence = reader.GetInt64(1),
                    Timestamp = sqlite ? DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)) : reader.GetFieldValue<DateTimeOffset>(2),
                    OrganizationId = reader.IsDBNull(3) ? null : sqlite ? Guid.Parse(reader.GetString(3)) : reader.GetGuid(3),
                    Actor = reader.GetString(4),
                    EntityType = reader.GetString(5),
                    EntityId = reader.GetString(6),
                    Action = ParseAction(reader, 7),
                    Payload = reader.GetString(8),
                    PreviousHash = reader.GetString(9),
                    Hash = reader.GetString(10),
                };
            }
        }
    }

    private static LedgerAction ParseAction(DbDataReader reader, int ordinal)
    {
        var text = reader.GetString(ordinal);
        return text switch
        {
            "Created" => LedgerAction.Created,
            "Updated" => LedgerAction.Updated,
            "Deleted" => LedgerAction.Deleted,
            _ => Enum.Parse<LedgerAction>(text),
        };
    }
}
