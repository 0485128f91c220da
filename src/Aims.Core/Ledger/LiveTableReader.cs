using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Aims.Core.Ledger;

/// <summary>
/// Reads one entity type's table with a plain SELECT of its mapped columns (no tracking, no materialized entities) and
/// renders each value exactly as the recorder would: provider value → the property's value converter → model value →
/// <see cref="LedgerValues.Format"/>. The id is the primary key rendered like the recorder's entity id.
/// </summary>
internal static class LiveTableReader
{
    private static readonly ConcurrentDictionary<Type, Func<DbDataReader, int, object>> Getters = new();

    private static readonly MethodInfo Boxed =
        typeof(LiveTableReader).GetMethod(nameof(BoxedGetter), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async IAsyncEnumerable<(string Id, string?[] Values)> ReadAsync(DbContext db, IEntityType entityType,
        IReadOnlyList<IProperty> properties, [EnumeratorCancellation] CancellationToken ct)
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)).ToList();
        var converters = properties.Select(Converter).ToArray();
        var keyIndexes = entityType.FindPrimaryKey()!.Properties.Select(k => properties.ToList().IndexOf(k)).ToArray();

        var connection = db.Database.GetDbConnection();
        await using (await ScanConnection.OpenAsync(db, memoryMap: false, ct))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
#pragma warning disable CA2100 // Identifiers come from the EF model and are delimited by the provider; no user input.
            command.CommandText = $"SELECT {string.Join(", ", columns)} FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var values = new string?[properties.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = await reader.IsDBNullAsync(i, ct) ? null : LedgerValues.Format(converters[i](reader, i));
                }

                yield return (string.Join('|', keyIndexes.Select(k => values[k] ?? "")), values);
            }
        }
    }

    private static Func<DbDataReader, int, object> Converter(IProperty property)
    {
        var converter = property.GetTypeMapping().Converter;
        var providerType = converter?.ProviderClrType ?? property.ClrType;
        var getter = Getters.GetOrAdd(Nullable.GetUnderlyingType(providerType) ?? providerType, CreateGetter);
        if (converter is null)
        {
            return getter;
        }

        var fromProvider = converter.ConvertFromProvider;
        return (reader, i) => fromProvider(getter(reader, i))!;
    }

    // The typed getter lets each provider read its own storage form (SQLite text GUIDs, PostgreSQL timestamptz…).
    private static Func<DbDataReader, int, object> CreateGetter(Type type) =>
        (Func<DbDataReader, int, object>)Boxed.MakeGenericMethod(type).Invoke(null, null)!;

    private static Func<DbDataReader, int, object> BoxedGetter<T>() => (reader, i) => reader.GetFieldValue<T>(i)!;
}
