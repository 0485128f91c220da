using System.Text.Json;
using Aims.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Aims.Core.Ledger;

/// <summary>
/// Turns the change tracker's pending changes into ledger entries (without sequence and hashes, which are assigned
/// inside the saving transaction). Every changed field is written, bookkeeping included (version, stamps), because
/// reconciliation compares every column with what the ledger implies. Secrets are written as keyed digests
/// (<see cref="LedgerDigestKey"/>) and personal fields encrypted under the person's key (<see cref="PersonalData"/>).
/// </summary>
internal static class LedgerRecorder
{
    private static readonly JsonSerializerOptions CanonicalJson = new() { WriteIndented = false };

    public static List<LedgerEntry> Capture(ChangeTracker tracker, Lazy<LedgerDigestKey>? digestKey, IReadOnlyDictionary<Guid, byte[]?> personKeys)
    {
        var entries = new List<LedgerEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (!IsLedgered(entry))
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => LedgerAction.Created,
                EntityState.Deleted => LedgerAction.Deleted,
                _ => LedgerAction.Updated,
            };
            var payload = BuildPayload(entry, action, digestKey, personKeys);
            if (payload is null)
            {
                continue;
            }

            entries.Add(new LedgerEntry
            {
                OrganizationId = OrganizationOf(entry),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Action = action,
                Payload = payload,
            });
        }

        return entries;
    }

    public static bool IsLedgered(EntityEntry entry) =>
        entry.Entity is not (LedgerEntry or LedgerCheckpoint or INotLedgered) && entry.State is not (EntityState.Unchanged or EntityState.Detached);

    private static string? BuildPayload(EntityEntry entry, LedgerAction action, Lazy<LedgerDigestKey>? digestKey,
        IReadOnlyDictionary<Guid, byte[]?> personKeys)
    {
        var type = entry.Metadata.ClrType;
        var personKey = entry.Entity is Access.AimsUser user ? (user.Id, personKeys.GetValueOrDefault(user.Id)) : default;
        var fields = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (action == LedgerAction.Updated)
            {
                if (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue))
                {
                    continue;
                }

                fields[name] = new SortedDictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["from"] = Render(type, name, property.OriginalValue, digestKey, personKey, isFrom: true),
                    ["to"] = Render(type, name, property.CurrentValue, digestKey, personKey, isFrom: false),
                };
            }
            else
            {
                var value = action == LedgerAction.Deleted ? property.OriginalValue : property.CurrentValue;
                fields[name] = Render(type, name, value, digestKey, personKey, isFrom: action == LedgerAction.Deleted);
            }
        }

        // A Modified entry whose values all equal their originals changed nothing; there is nothing to prove.
        return action == LedgerAction.Updated && fields.Count == 0 ? null : JsonSerializer.Serialize(fields, CanonicalJson);
    }

    private static string? Render(Type type, string name, object? value, Lazy<LedgerDigestKey>? digestKey, (Guid Id, byte[]? Key) person,
        bool isFrom)
    {
        var text = LedgerValues.Format(value);
        if (text is null)
        {
            return null;
        }

        if (LedgerValues.IsSecret(type, name))
        {
            return digestKey?.Value.Digest(name, text) ?? throw new InvalidOperationException(
                "No ledger digest key is configured, so secret fields cannot be ledgered (see Aims:Ledger:DigestKeyPath).");
        }

        if (PersonalData.IsPersonal(type, name))
        {
            // Without a key the person was erased: the old value must not reappear, the new one is a pseudonym.
            return person.Key is { } key ? PersonalData.Encrypt(key, person.Id, name, text) : isFrom ? PersonalData.Erased : text;
        }

        return text;
    }

    private static Guid? OrganizationOf(EntityEntry entry) => entry.Entity switch
    {
        ITenantOwned owned => owned.OrganizationId,
        Organizations.Membership m => m.OrganizationId,
        Organizations.Organization o => o.Id,
        Access.ApiToken t => t.OrganizationId,
        _ => null,
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join('|', key.Properties.Select(p => LedgerValues.Format(entry.Property(p.Name).CurrentValue) ?? ""));
    }
}
