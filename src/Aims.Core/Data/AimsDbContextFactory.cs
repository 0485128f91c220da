using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Aims.Core.Data;

/// <summary>
/// Hands out <see cref="AimsDbContext"/> instances from EF Core's context pool. A request opens several short-lived
/// contexts (caller, token, list, page), and building each one from scratch was an eighth of a cached list request's
/// time. A pooled context comes back with the previous lease's own settings — organization, time zone, actor, clock —
/// so every lease starts from <see cref="AimsDbContext.ResetForLease"/>: no context can carry one caller's organization
/// into the next caller's queries.
/// </summary>
public sealed class AimsDbContextFactory(DbContextOptions<AimsDbContext> options) : IDbContextFactory<AimsDbContext>
{
    private readonly PooledDbContextFactory<AimsDbContext> _pool = new(options);

    public AimsDbContext CreateDbContext() => _pool.CreateDbContext().ResetForLease();

    public async Task<AimsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        (await _pool.CreateDbContextAsync(cancellationToken)).ResetForLease();
}
