using Aims.Core.Access;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Ledger;

/// <summary>
/// Finds (or creates) the <see cref="PersonDataKey"/> of every person whose account is being saved, before the ledger
/// recorder encrypts their personal fields. A key created here is saved in the same transaction as the change.
/// </summary>
internal static class PersonKeyRing
{
    private static readonly IReadOnlyDictionary<Guid, byte[]?> None = new Dictionary<Guid, byte[]?>();

    public static async Task<IReadOnlyDictionary<Guid, byte[]?>> PrepareAsync(AimsDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var users = db.ChangeTracker.Entries<AimsUser>().Where(LedgerRecorder.IsLedgered).Select(e => e.Entity.Id).Distinct().ToList();
        if (users.Count == 0)
        {
            return None;
        }

        // Keys already tracked win: an erasure in this very save has just set its key to null.
        var keys = db.ChangeTracker.Entries<PersonDataKey>()
            .Where(e => e.State != EntityState.Deleted)
            .ToDictionary(e => e.Entity.UserId, e => e.Entity.Key);
        var missing = users.Where(id => !keys.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var stored in await db.PersonDataKeys.AsNoTracking().Where(k => missing.Contains(k.UserId))
                         .Select(k => new { k.UserId, k.Key }).ToListAsync(ct))
            {
                keys[stored.UserId] = stored.Key;
            }
        }

        foreach (var id in missing.Where(id => !keys.ContainsKey(id)))
        {
            var key = new PersonDataKey { UserId = id, Key = PersonalData.NewKey(), CreatedAt = now };
            db.PersonDataKeys.Add(key);
            keys[id] = key.Key;
        }

        return keys;
    }
}
