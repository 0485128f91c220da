using Aims.Core.Data;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests;

/// <summary>
/// Contexts are pooled, and a pooled context is the same object the previous caller used: it must come back without
/// that caller's organization (the tenant filter), actor, time zone or clock, or one request could read or stamp
/// another organization's records.
/// </summary>
public sealed class ContextPoolTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_context_from_the_pool_starts_without_the_previous_callers_organization_actor_time_zone_or_clock()
    {
        // A private pool: the host's background workers lease from the shared one and could take the instance first.
        var factory = new AimsDbContextFactory(app.Services.GetRequiredService<DbContextOptions<AimsDbContext>>());
        var before = new FixedClock(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero));
        AimsDbContext previous;
        await using (previous = await factory.CreateDbContextAsync(Ct))
        {
            previous.TenantId = await previous.Organizations.IgnoreQueryFilters().Where(o => o.Slug == "demo").Select(o => o.Id).SingleAsync(Ct);
            previous.TimeZone = "Pacific/Auckland";
            previous.Actor = "user:previous-caller";
            previous.Clock = before;
            Assert.NotEmpty(await previous.AiSystems.ToListAsync(Ct));
        }

        await using var next = await factory.CreateDbContextAsync(Ct);
        Assert.Same(previous, next); // the case that matters: the pool handed back the instance just used
        Assert.Null(next.TenantId);
        Assert.Null(next.TimeZone);
        Assert.Equal("system", next.Actor);
        Assert.NotEqual(before.GetUtcNow().Year, next.Now().Year);
        Assert.Empty(await next.AiSystems.ToListAsync(Ct));
    }
}
