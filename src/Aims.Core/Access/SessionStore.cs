using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Access;

/// <summary>
/// Server-side sessions (<see cref="UserSession"/>). Chosen over rotating the security stamp on sign-out because a stamp
/// is per user: rotating it would sign the user out of every browser, and it is only re-checked every few minutes. A
/// session row in the shared database is checked on every request by every node, ends exactly one session, and lets a
/// password change or reset end all the others.
/// </summary>
public sealed class SessionStore(IDbContextFactory<AimsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>A session unused for this long is over (the cookie's sliding lifetime).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    // Writing LastSeenAt on every request would turn every read into a write; a few minutes of slack is harmless.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(5);

    public async Task<Guid> StartAsync(Guid userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        // Sign-in is a good moment to drop this user's sessions that expired without a sign-out.
        var expired = now - IdleTimeout;
        await db.UserSessions.Where(s => s.UserId == userId && s.LastSeenAt < expired).ExecuteDeleteAsync(ct);
        var session = new UserSession { UserId = userId, CreatedAt = now, LastSeenAt = now };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>
    /// Whether the session is still open for this user; null when it is not. Returns the user's
    /// <see cref="AimsUser.MustChangePassword"/> with it, so one query per request serves both checks.
    /// </summary>
    public async Task<SessionCheck?> CheckAsync(Guid sessionId, Guid userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.UserSessions.AsNoTracking().Where(s => s.Id == sessionId && s.UserId == userId)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.LastSeenAt, u.MustChangePassword })
            .FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        if (found is null || now - found.LastSeenAt > IdleTimeout)
        {
            return null;
        }

        if (now - found.LastSeenAt > TouchInterval)
        {
            await db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), ct);
        }

        return new SessionCheck(found.MustChangePassword);
    }

    public async Task EndAsync(Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Ends every session of the user except <paramref name="keep"/> (after a password change or reset).</summary>
    public async Task<int> EndAllAsync(Guid userId, Guid? keep = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.UserSessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync(ct);
    }
}
