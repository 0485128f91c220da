using Aims.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Data;

/// <summary>Opens a short-lived context already scoped to the caller's organization and stamped with the actor.</summary>
public static class DbContextFactoryExtensions
{
    public static async Task<AimsDbContext> OpenForAsync(this IDbContextFactory<AimsDbContext> factory, Caller caller,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(caller);
        var db = await factory.CreateDbContextAsync(ct);
        db.TenantId = caller.OrganizationId;
        db.Actor = caller.Actor;
        return db;
    }
}
