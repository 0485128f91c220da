using Aims.Core.Access;
using Aims.Core.Organizations;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests;

/// <summary>
/// The members page asks Core whether a change would be refused before it shows a confirmation: the answer must be
/// the same rule the change enforces, and asking must change nothing.
/// </summary>
public sealed class MembershipRefusalTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_last_admin_refusal_is_known_before_the_change_and_asking_changes_nothing()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var memberships = services.GetRequiredService<MembershipService>();
        Guid acmeAdmin;
        int ledgerBefore;
        await using (var db = await app.OpenDbAsync())
        {
            var acme = await db.Organizations.SingleAsync(o => o.Slug == "acme", Ct);
            acmeAdmin = await db.Memberships.Where(m => m.OrganizationId == acme.Id && m.Role == Role.Admin)
                .Select(m => m.UserId).SingleAsync(Ct);
            ledgerBefore = await db.LedgerEntries.CountAsync(Ct);
        }

        var caller = await services.GetRequiredService<CallerResolver>()
                         .ResolveAsync(acmeAdmin, "acme-admin", "acme", null, null, Ct)
                     ?? throw new InvalidOperationException("The acme admin cannot act in acme.");

        var demote = await memberships.RoleChangeRefusalAsync(caller, acmeAdmin, Role.Viewer, Ct);
        Assert.Contains("cannot demote the last Admin", demote, StringComparison.Ordinal);
        var remove = await memberships.RemovalRefusalAsync(caller, acmeAdmin, Ct);
        Assert.Contains("cannot remove the last Admin", remove, StringComparison.Ordinal);
        // Keeping the role is no change, so nothing to refuse.
        Assert.Null(await memberships.RoleChangeRefusalAsync(caller, acmeAdmin, Role.Admin, Ct));
        await using (var db = await app.OpenDbAsync())
        {
            Assert.Equal(ledgerBefore, await db.LedgerEntries.CountAsync(Ct));
        }

        // With a second Admin the same questions have no objection, and the change then goes through.
        var email = $"second-admin-{Guid.NewGuid():N}@test.local";
        var users = services.GetRequiredService<UserManager<AimsUser>>();
        var created = await users.CreateAsync(new AimsUser { UserName = email, Email = email, DisplayName = "Second admin" },
            AimsAppFactory.AdminPassword);
        Assert.True(created.Succeeded);
        await memberships.AddAsync(caller, new MemberInput { Email = email, Role = Role.Admin }, Ct);
        Assert.Null(await memberships.RoleChangeRefusalAsync(caller, acmeAdmin, Role.Viewer, Ct));
        Assert.Null(await memberships.RemovalRefusalAsync(caller, acmeAdmin, Ct));
    }
}
