using Aims.Core.Access;
using Aims.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Data;

/// <summary>Opens a short-lived context already scoped to the caller's organization and stamped with the actor.</summary>
public static class DbContextFactoryExtensions
{
    /// <summary>
    /// Also re-checks that a signed-in person still holds the role the <see cref="Caller"/> claims: a UI page resolves
    /// its caller once when opened, and a member removed or demoted meanwhile must not keep acting with the old rights.
    /// (Token callers are resolved on every request, and their role is the token's own.)
    /// </summary>
    public static async Task<AimsDbContext> OpenForAsync(this IDbContextFactory<AimsDbContext> factory, Caller caller,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(caller);
        var db = await factory.CreateDbContextAsync(ct);
        try
        {
            if (!caller.ViaApiToken)
            {
                await EnsureStandingAsync(db, caller, ct);
            }
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        db.TenantId = caller.OrganizationId;
        db.TimeZone = caller.TimeZone;
        db.Actor = caller.Actor;
        return db;
    }

    private static async Task EnsureStandingAsync(AimsDbContext db, Caller caller, CancellationToken ct)
    {
        var current = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == caller.OrganizationId && m.UserId == caller.UserId)
            .Select(m => (Role?)m.Role)
            .FirstOrDefaultAsync(ct);
        if (current is null && await db.Users.AnyAsync(u => u.Id == caller.UserId && u.IsSystemAdmin, ct))
        {
            current = Role.Admin;
        }

        if (current is null)
        {
            throw new NotFoundException("Organization");
        }

        if (current != caller.Role)
        {
            throw new ForbiddenException("membership",
                $"Your role in this organization changed to {current} since this page was opened. Reload the page.");
        }
    }
}
