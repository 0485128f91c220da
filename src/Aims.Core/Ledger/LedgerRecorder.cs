using System.Globalization;
using System.Text.Json;
using Aims.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Aims.Core.Ledger;

/// <summary>
/// Turns the change tracker's pending changes into ledger entries (without sequence and hashes, which are assigned
/// inside the saving transaction). Secrets are never written: hashed passwords, security stamps and token hashes
/// appear only as "(redacted)".
/// </summary>
internal static class LedgerRecorder
{
    private static readonly HashSet<string> RedactedProperties = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash",
        // IdentityUserToken<Guid>.Value: authenticator keys and recovery codes (the only entity with a property "Value").
        "Value",
    };

    private static readonly JsonSerializerOptions CanonicalJson = new() { WriteIndented = false };

    public static List<LedgerEntry> Capture(ChangeTracker tracker)
    {
        var entries = new List<LedgerEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is LedgerEntry or LedgerCheckpoint or INotLedgered || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => LedgerAction.Created,
                EntityState.Deleted => LedgerAction.Deleted,
                _ => LedgerAction.Updated,
            };
            var payload = BuildPayload(entry, action);
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

    private static string? BuildPayload(EntityEntry entry, LedgerAction action)
    {
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
                    ["from"] = Render(name, property.OriginalValue),
                    ["to"] = Render(name, property.CurrentValue),
                };
            }
            else
            {
                fields[name] = Render(name, action == LedgerAction.Deleted ? property.OriginalValue : property.CurrentValue);
            }
        }

        // An update that only touched bookkeeping (e.g. a version bump with no real change) is not worth a link.
        if (action == LedgerAction.Updated && fields.Keys.All(IsBookkeeping))
        {
            return null;
        }

        return JsonSerializer.Serialize(fields, CanonicalJson);
    }

    private static bool IsBookkeeping(string name) =>
        name is nameof(AuditedEntity.Version) or nameof(AuditedEntity.UpdatedAt) or nameof(AuditedEntity.UpdatedBy)
            or "ConcurrencyStamp";

    private static string? Render(string name, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (RedactedProperties.Contains(name))
        {
            return "(redacted)";
        }

        return value switch
        {
            DateTimeOffset d => LedgerHasher.FormatTimestamp(d),
            DateTime d => LedgerHasher.FormatTimestamp(new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc))),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
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
        if (key is null)
        {
            return "";
        }

        return string.Join('|', key.Properties.Select(p => Render(p.Name, entry.Property(p.Name).CurrentValue) ?? ""));
    }
}
