using System.Data;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Administration;

/// <summary>
/// Erases a person (GDPR Art. 17) without breaking any chain: the ledger holds the person's fields only encrypted under
/// their <see cref="PersonDataKey"/>, so destroying that key makes every ledgered copy unreadable while every hash
/// stays valid. In one transaction the account becomes a neutral pseudonym through a ledgered update (so the live row
/// and the replayed ledger still agree), memberships end, tokens are revoked, sign-in data goes, the key is destroyed
/// and a ledgered <see cref="PersonErasure"/> records who erased whom, when and why.
/// </summary>
public sealed class PersonErasureService(AimsDbContext db)
{
    public const string ErasedDisplayName = "Erased person";

    public async Task<PersonErasureResult> EraseAsync(string actor, string? email, string? reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        db.Actor = actor;
        var normalized = email?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(normalized))
        {
            throw new ValidationFailedException("email", "The e-mail of the person to erase is required.");
        }

        if (reason?.Trim().Length > DomainRules.ReasonMaxLength)
        {
            throw new ValidationFailedException("reason", $"Reason must be at most {DomainRules.ReasonMaxLength} characters.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct)
                   ?? throw new ValidationFailedException("email", $"No account uses '{email!.Trim()}'.");
        await EnsureNotLastAdminAsync(user, ct);

        var now = db.Now();
        var key = await db.PersonDataKeys.FirstOrDefaultAsync(k => k.UserId == user.Id, ct);
        var hadKey = key?.Key is not null;
        if (key is null)
        {
            // A person from before personal fields were encrypted: record the erasure all the same.
            db.PersonDataKeys.Add(new PersonDataKey { UserId = user.Id, CreatedAt = now, ErasedAt = now });
        }
        else
        {
            key.Key = null;
            key.ErasedAt = now;
        }

        // Sessions end at once, and the sign-in failure counter (keyed by a digest of the address) goes with the address.
        db.UserSessions.RemoveRange(await db.UserSessions.Where(x => x.UserId == user.Id).ToListAsync(ct));
        if (user.Email is { } address)
        {
            var counterKey = SignInLockout.KeyOf(address);
            db.SignInFailureCounters.RemoveRange(await db.SignInFailureCounters.Where(c => c.Key == counterKey).ToListAsync(ct));
        }

        // Reminders copy record titles for the person and e-mails queue for them: neither may outlive the erasure.
        await db.Notifications.IgnoreQueryFilters().Where(n => n.UserId == user.Id).ExecuteDeleteAsync(ct);
        await db.OutboundMails.Where(m => m.UserId == user.Id).ExecuteDeleteAsync(ct);

        Pseudonymize(user);
        db.Memberships.RemoveRange(await db.Memberships.Where(m => m.UserId == user.Id).ToListAsync(ct));
        foreach (var token in await db.ApiTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null).ToListAsync(ct))
        {
            token.RevokedAt = now;
        }

        db.UserTokens.RemoveRange(await db.UserTokens.Where(t => t.UserId == user.Id).ToListAsync(ct));
        db.UserLogins.RemoveRange(await db.UserLogins.Where(l => l.UserId == user.Id).ToListAsync(ct));
        db.UserClaims.RemoveRange(await db.UserClaims.Where(c => c.UserId == user.Id).ToListAsync(ct));
        db.UserRoles.RemoveRange(await db.UserRoles.Where(r => r.UserId == user.Id).ToListAsync(ct));
        var erasure = new PersonErasure
        {
            UserId = user.Id, ErasedAt = now, ErasedBy = actor, Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
        db.PersonErasures.Add(erasure);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        await ScrubAsync(ct);
        return new PersonErasureResult(user.Id, erasure.Id, hadKey);
    }

    private async Task EnsureNotLastAdminAsync(AimsUser user, CancellationToken ct)
    {
        var errors = new List<string>();
        var adminOf = await db.Memberships.Where(m => m.UserId == user.Id && m.Role == Role.Admin).Select(m => m.OrganizationId).ToListAsync(ct);
        foreach (var orgId in adminOf)
        {
            if (!await db.Memberships.AnyAsync(m => m.OrganizationId == orgId && m.Role == Role.Admin && m.UserId != user.Id, ct))
            {
                var slug = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.Slug).FirstAsync(ct);
                errors.Add($"they are the last Admin of organization '{slug}'; make someone else Admin there first");
            }
        }

        if (user.IsSystemAdmin && !await db.Users.AnyAsync(u => u.IsSystemAdmin && u.Id != user.Id, ct))
        {
            errors.Add("they are the only system admin; create another one first ('aims users create --system-admin')");
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException("email", "Cannot erase this person: " + string.Join("; ", errors) + ".");
        }
    }

    private static void Pseudonymize(AimsUser user)
    {
        // Neutral, unique and not derived from anything personal (the id is random).
        var pseudonym = $"erased-{user.Id:N}@erased.invalid";
        user.Email = pseudonym;
        user.NormalizedEmail = pseudonym.ToUpperInvariant();
        user.UserName = pseudonym;
        user.NormalizedUserName = pseudonym.ToUpperInvariant();
        user.DisplayName = ErasedDisplayName;
        user.PhoneNumber = null;
        user.EmailConfirmed = false;
        user.PhoneNumberConfirmed = false;
        user.TwoFactorEnabled = false;
        user.PasswordHash = null;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString("D");
        user.LockoutEnabled = true;
        user.LockoutEnd = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>
    /// Overwrites what the database engine keeps of the old values: SQLite leaves deleted and replaced content in free
    /// pages (and old page images in its write-ahead log) until VACUUM rebuilds the file; PostgreSQL keeps old row versions until VACUUM FULL rewrites the tables.
    /// </summary>
    private async Task ScrubAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM", ct);
            // In WAL mode the old page images also sit in the -wal file until a checkpoint; truncate it now.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", ct);
        }
        else if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM FULL \"AspNetUsers\", \"PersonDataKeys\", \"AspNetUserTokens\", \"Notifications\", \"OutboundMails\"", ct);
        }
    }
}
