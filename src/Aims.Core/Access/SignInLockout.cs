using System.Security.Cryptography;
using System.Text;
using Aims.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Aims.Core.Access;

/// <summary>
/// Password lockout per typed address instead of per account: after <c>Lockout.MaxFailedAccessAttempts</c> failures an
/// address is locked for <c>Lockout.DefaultLockoutTimeSpan</c> whether or not an account has it, so the answer "locked"
/// tells nobody which addresses exist. Kept in the database so every web node sees the same count.
/// </summary>
public sealed class SignInLockout(IDbContextFactory<AimsDbContext> dbFactory, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsLockedAsync(string email, CancellationToken ct = default)
    {
        var key = KeyOf(email);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var until = await db.SignInFailureCounters.AsNoTracking().Where(c => c.Key == key).Select(c => c.LockedUntil)
            .FirstOrDefaultAsync(ct);
        return until is { } end && end > clock.GetUtcNow();
    }

    /// <summary>Counts a failed attempt; true when this failure locked the address.</summary>
    public async Task<bool> RecordFailureAsync(string email, CancellationToken ct = default)
    {
        var key = KeyOf(email);
        var lockout = identity.Value.Lockout;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Increment in SQL so two concurrent failures both count; the first failure of an address inserts the row.
        var updated = await db.SignInFailureCounters.Where(c => c.Key == key)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Failures, c => c.Failures + 1), ct);
        if (updated == 0)
        {
            db.SignInFailureCounters.Add(new SignInFailureCounter { Key = key, Failures = 1 });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another request inserted it first; count this failure on that row.
                db.ChangeTracker.Clear();
                await db.SignInFailureCounters.Where(c => c.Key == key)
                    .ExecuteUpdateAsync(u => u.SetProperty(c => c.Failures, c => c.Failures + 1), ct);
            }
        }

        var failures = await db.SignInFailureCounters.AsNoTracking().Where(c => c.Key == key).Select(c => c.Failures)
            .FirstAsync(ct);
        if (failures < lockout.MaxFailedAccessAttempts)
        {
            return false;
        }

        // Like Identity's own lockout: the count starts again once the lock is set.
        var until = clock.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
        await db.SignInFailureCounters.Where(c => c.Key == key)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Failures, 0).SetProperty(c => c.LockedUntil, (DateTimeOffset?)until), ct);
        return true;
    }

    public async Task ResetAsync(string email, CancellationToken ct = default)
    {
        var key = KeyOf(email);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.SignInFailureCounters.Where(c => c.Key == key).ExecuteDeleteAsync(ct);
    }

    internal static string KeyOf(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));
}
