using System.Runtime.CompilerServices;
using System.Text;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aims.Core.Ledger;

/// <summary>
/// Reads the ledger's record-identifying columns and payloads in chain order with a plain data reader, so no entity is
/// materialized or tracked per row. Column and table names come from the model,
/// so the query follows any mapping change.
/// </summary>
internal static class LedgerStream
{
    /// <summary>One entry; <see cref="Payload"/> is UTF-8 in a buffer reused by the next row (use it before moving on).</summary>
    internal readonly record struct Row(string EntityType, string EntityId, LedgerAction Action, ReadOnlyMemory<byte> Payload);

    public static async IAsyncEnumerable<Row> ReadAsync(AimsDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(LedgerEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => Delimit(db, entity.FindProperty(property)!.GetColumnName(table)!);

        var actionConverter = entity.FindProperty(nameof(LedgerEntry.Action))!.GetTypeMapping().Converter!;
        var connection = db.Database.GetDbConnection();
        await using (await ScanConnection.OpenAsync(db, memoryMap: false, ct))
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Identifiers come from the EF model and are delimited by the provider; no user input.
            // Insertion order: within a chain writers are serialised until commit, so it is the chain's own order, and a
            // record whose history began in the legacy chain before the upgrade continues in its organization's chain.
            command.CommandText = $"SELECT {Column(nameof(LedgerEntry.EntityType))}, {Column(nameof(LedgerEntry.EntityId))}, " +
                                  $"{Column(nameof(LedgerEntry.Action))}, {Column(nameof(LedgerEntry.Payload))} " +
                                  $"FROM {Delimit(db, table.Name, table.Schema)} ORDER BY {Column(nameof(LedgerEntry.Id))}";
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
            var actions = new Dictionary<string, LedgerAction>(StringComparer.Ordinal);
            // Measured at 1M entries: decoding to a string and re-encoding beats Microsoft.Data.Sqlite's GetBytes on TEXT
            // (about 1 s against 7 s), so every provider takes the same path.
            var buffer = new byte[64 * 1024];
            while (await reader.ReadAsync(ct))
            {
                // Columns in order: Npgsql's sequential access reads each column once, front to back.
                var entityType = reader.GetString(0);
                var entityId = reader.GetString(1);
                var actionText = reader.GetString(2);
                if (!actions.TryGetValue(actionText, out var action))
                {
                    action = (LedgerAction)actionConverter.ConvertFromProvider(actionText)!;
                    actions[actionText] = action;
                }

                var text = reader.GetString(3);
                Grow(ref buffer, Encoding.UTF8.GetMaxByteCount(text.Length));
                var length = Encoding.UTF8.GetBytes(text, buffer);

                yield return new Row(entityType, entityId, action, buffer.AsMemory(0, length));
            }
        }
    }

    private static void Grow(ref byte[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new byte[Math.Max(length, buffer.Length * 2)];
        }
    }

    private static string Delimit(AimsDbContext db, string name, string? schema = null) =>
        db.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>().DelimitIdentifier(name, schema);
}
