using Aims.Core.Access;
using Aims.Core.Administration;
using Aims.Core.Data;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// A fresh organization with one member and an API token of theirs, so each reminder test counts only its own
/// notifications and e-mails however many tests shared the database before.
/// </summary>
public sealed record ReminderPerson(Guid OrganizationId, string Slug, string OrganizationName, Guid UserId, string Email, string Token)
{
    public static async Task<ReminderPerson> CreateAsync(AimsAppFactory app, Role role = Role.Contributor, string? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ct = TestContext.Current.CancellationToken;
        var slug = "rem-" + Guid.NewGuid().ToString("N")[..10];
        var email = $"person@{slug}.test";
        var name = $"Org <{slug}> & Co";
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var user = new AimsUser { UserName = email, Email = email, DisplayName = "Person " + slug, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, AimsAppFactory.AdminPassword)).Succeeded);
        var admin = scope.ServiceProvider.GetRequiredService<InstallationAdminService>();
        var org = await admin.CreateOrganizationAsync("test", name, slug, null, ct);
        await admin.SetMembershipAsync("test", slug, email, role, ct);
        if (timeZone is not null)
        {
            var db = scope.ServiceProvider.GetRequiredService<AimsDbContext>();
            db.Actor = "test";
            (await db.Organizations.SingleAsync(o => o.Id == org.Id, ct)).TimeZone = timeZone;
            await db.SaveChangesAsync(ct);
        }

        var token = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(slug, role, email, 90, "test", ct: ct);
        return new ReminderPerson(org.Id, slug, name, user.Id, email, token.Value);
    }
}
