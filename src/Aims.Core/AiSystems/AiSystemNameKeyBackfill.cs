using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Aims.Core.AiSystems;

/// <summary>
/// Completes the AiSystemNameKey migration in code, through <see cref="AimsDbContext"/> so every change is ledgered:
/// the migration adds <see cref="AiSystem.NameKey"/> as NULL (NULLs never clash in the unique index, so it cannot fail
/// on a deployed database that already holds duplicate names), and this computes the real keys. Where two
/// non-archived systems of one organization share a key, the one created first keeps its name and each later one is
/// renamed "Name (2)", "Name (3)"…; each rename is logged as a warning and ledgered with the reason as its actor, so
/// it shows in the system's history. Runs on every start and does nothing once no key is missing.
/// </summary>
public static class AiSystemNameKeyBackfill
{
    public const string Actor = "system:upgrade AiSystemNameKey";

    public static async Task<IReadOnlyList<AiSystemRename>> RunAsync(AimsDbContext db, ILogger logger, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);
        var pending = await db.AiSystems.IgnoreQueryFilters().Where(s => s.NameKey == null).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return [];
        }

        // Oldest first: the system people have known longest keeps its name.
        pending = pending.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToList();
        var organizations = pending.Select(s => s.OrganizationId).Distinct().ToList();
        var holders = (await db.AiSystems.IgnoreQueryFilters().AsNoTracking()
                .Where(s => organizations.Contains(s.OrganizationId) && s.NameKey != null && s.Status != AiSystemStatus.Archived)
                .Select(s => new { s.OrganizationId, s.NameKey, s.Id })
                .ToListAsync(ct))
            .ToDictionary(s => (s.OrganizationId, s.NameKey!), s => s.Id);

        var keys = new Dictionary<Guid, string>();
        var renames = new List<AiSystemRename>();
        foreach (var system in pending)
        {
            var key = NameKeys.For(system.Name);
            if (system.Status != AiSystemStatus.Archived)
            {
                if (holders.TryGetValue((system.OrganizationId, key), out var keptBy))
                {
                    var (name, freeKey) = FreeName(system.Name, system.OrganizationId, holders);
                    renames.Add(new AiSystemRename(system.OrganizationId, system.Id, system.Name, name, keptBy));
                    key = freeKey;
                }

                holders[(system.OrganizationId, key)] = system.Id;
            }

            keys[system.Id] = key;
        }

        var previousActor = db.Actor;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // One save per rename, so each ledger entry carries its own reason.
            foreach (var rename in renames)
            {
                var system = pending.First(s => s.Id == rename.SystemId);
                system.Name = rename.NewName;
                system.NameKey = keys[system.Id];
                db.Actor = $"{Actor}: duplicate name, kept by AI system {rename.KeptById:D}";
                await db.SaveChangesAsync(ct);
                logger.LogWarning(
                    "Upgrade AiSystemNameKey: renamed AI system {SystemId} in organization {OrganizationId} from '{OldName}' to '{NewName}' because AI system {KeptById} (created earlier) has the same name; names are now unique per organization.",
                    rename.SystemId, rename.OrganizationId, rename.OldName, rename.NewName, rename.KeptById);
            }

            foreach (var system in pending.Where(s => s.NameKey is null))
            {
                system.NameKey = keys[system.Id];
            }

            db.Actor = Actor;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.Actor = previousActor;
        }

        return renames;
    }

    private static (string Name, string Key) FreeName(string name, Guid organizationId, Dictionary<(Guid, string), Guid> holders)
    {
        for (var n = 2; ; n++)
        {
            var suffix = $" ({n})";
            var stem = name.Length + suffix.Length > DomainRules.NameMaxLength
                ? name[..(DomainRules.NameMaxLength - suffix.Length)]
                : name;
            var candidate = stem + suffix;
            var key = NameKeys.For(candidate);
            if (!holders.ContainsKey((organizationId, key)))
            {
                return (candidate, key);
            }
        }
    }
}
