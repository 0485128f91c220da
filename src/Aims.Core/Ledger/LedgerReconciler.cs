using System.Text.Json;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aims.Core.Ledger;

/// <summary>
/// Completeness, where <see cref="LedgerVerifier"/> proves integrity: replays the ledger into the state it implies and
/// compares it with the live rows of every ledgered table (every entity type of the model except the ledger's own and
/// <see cref="INotLedgered"/> ones, Identity's tables included). A change made in the database without the ledger
/// (an UPDATE, an inserted or deleted row) shows as a difference naming entity, id and field.
/// <para>
/// Replay needs only each record's own order: the entries of one record are always in one chain, and reading in
/// sequence order keeps every chain's order whatever the chains are. A field the ledger never mentions (a column added
/// by a later migration) must hold its CLR default. Secrets are compared by recomputing the keyed digest of the live
/// value, so without the digest key they are counted as unchecked, never as matching. Personal fields are decrypted
/// with the person's key and compared in the clear.
/// </para>
/// </summary>
public static class LedgerReconciler
{
    public static async Task<LedgerReconciliation> ReconcileAsync(AimsDbContext db, LedgerDigestKey? digestKey,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var replay = new LedgerReplay();
        var differences = new List<LedgerDifference>();
        await foreach (var entry in LedgerStream.ReadAsync(db, ct))
        {
            try
            {
                replay.Apply(entry.EntityType, entry.EntityId, entry.Action, entry.Payload.Span);
            }
            catch (JsonException)
            {
                differences.Add(new LedgerDifference(LedgerDifferenceKind.LedgerAnomaly, entry.EntityType, entry.EntityId, null,
                    "a ledger entry's payload is not valid JSON"));
            }
        }

        differences.AddRange(replay.Anomalies);
        var personKeys = await db.PersonDataKeys.AsNoTracking().ToDictionaryAsync(k => k.UserId.ToString("D"), k => k.Key, ct);
        var comparer = new FieldComparer(digestKey, personKeys);
        var ledgered = LedgeredTypes(db.Model);
        long rows = 0;
        foreach (var entityType in ledgered)
        {
            var name = entityType.ClrType.Name;
            var expected = replay.RecordsOf(name);
            var properties = entityType.GetProperties().ToList();
            var defaults = properties.Select(DefaultText).ToArray();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var (id, values) in LiveTableReader.ReadAsync(db, entityType, properties, ct))
            {
                rows++;
                seen.Add(id);
                if (!expected.TryGetValue(id, out var fields))
                {
                    differences.Add(new LedgerDifference(LedgerDifferenceKind.ExtraRow, name, id, null, "a row the ledger never recorded"));
                    continue;
                }

                for (var i = 0; i < properties.Count; i++)
                {
                    var field = properties[i].Name;
                    var problem = fields.TryGetValue(field, out var ledgerValue)
                        ? comparer.Compare(entityType.ClrType, id, field, ledgerValue, values[i])
                        : FieldComparer.CompareNeverSeen(entityType.ClrType, field, defaults[i], values[i]);
                    if (problem is not null)
                    {
                        differences.Add(new LedgerDifference(LedgerDifferenceKind.DifferentField, name, id, field, problem));
                    }
                }
            }

            differences.AddRange(expected.Keys.Where(id => !seen.Contains(id)).Select(id =>
                new LedgerDifference(LedgerDifferenceKind.MissingRow, name, id, null, "the ledger says it exists")));
        }

        var known = ledgered.Select(t => t.ClrType.Name).ToHashSet(StringComparer.Ordinal);
        differences.AddRange(replay.EntityTypes.Where(t => !known.Contains(t) && replay.RecordsOf(t).Count > 0).Select(t =>
            new LedgerDifference(LedgerDifferenceKind.LedgerAnomaly, t, "*", null,
                $"the ledger holds {replay.RecordsOf(t).Count} live record(s) of a type no table stores")));
        return new LedgerReconciliation(replay.Entries, rows, ledgered.Count, comparer.SecretsChecked, comparer.SecretsUnchecked,
            comparer.UncheckedReason, differences);
    }

    /// <summary>Every entity type whose rows the recorder ledgers.</summary>
    public static IReadOnlyList<IEntityType> LedgeredTypes(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(LedgerEntry) && t.ClrType != typeof(LedgerCheckpoint) &&
                        !typeof(INotLedgered).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null && !t.IsOwned())
            .OrderBy(t => t.ClrType.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static string? DefaultText(IProperty property)
    {
        var type = property.ClrType;
        return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? LedgerValues.Format(Activator.CreateInstance(type)) : null;
    }
}
