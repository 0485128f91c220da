using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Reminders.Scheduling;

/// <summary>
/// A lease in the database that lets one of several web nodes run a scheduled job. Renewing and taking over are each
/// one conditional UPDATE — <c>SET ExpiresAt = now + duration WHERE Name = n AND Holder = me</c>, else <c>SET Holder =
/// me, ExpiresAt = now + duration WHERE Name = n AND (Holder IS NULL OR ExpiresAt &lt;= now)</c> — which the database
/// applies to the row for one node at a time (SQLite's write lock; PostgreSQL re-checks the condition on the row a
/// concurrent update left), so two nodes never both take it. The row is created by whoever asks first; a node that
/// loses that insert race (unique name) simply does not hold the lease.
/// <para>
/// The holder renews by acquiring again before the lease expires; a node that stops releases it; a node that dies
/// keeps it only until it expires, then another node takes over. Nodes compare their own clocks with the stored
/// expiry, so they must keep time (NTP) to well within the lease duration.
/// </para>
/// </summary>
public sealed class DatabaseLease(IDbContextFactory<AimsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>True when <paramref name="holder"/> now holds the lease until now + <paramref name="duration"/>.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(holder);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = ReminderClock.Now(clock);
        var until = now + duration;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var renewed = await db.SchedulerLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresAt, until), ct);
        if (renewed == 1)
        {
            return true;
        }

        var taken = await db.SchedulerLeases
            .Where(l => l.Name == name && (l.Holder == null || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until)
                .SetProperty(l => l.AcquiredAt, (DateTimeOffset?)now), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.SchedulerLeases.AnyAsync(l => l.Name == name, ct))
        {
            return false;
        }

        db.SchedulerLeases.Add(new SchedulerLease { Name = name, Holder = holder, ExpiresAt = until, AcquiredAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another node created the row first, and holds it
        }
    }

    /// <summary>Gives the lease up if <paramref name="holder"/> holds it, so another node can take it at once.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.SchedulerLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Holder, (string?)null), ct);
    }

    /// <summary>The lease as stored (null before anyone asked for it), for diagnostics and tests.</summary>
    public async Task<SchedulerLease?> FindAsync(string name, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SchedulerLeases.AsNoTracking().FirstOrDefaultAsync(l => l.Name == name, ct);
    }
}
