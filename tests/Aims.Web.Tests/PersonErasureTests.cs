using System.Text;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Web.Components.Ui;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests;

/// <summary>
/// <c>aims people erase</c>: after erasure every chain and the reconciliation still verify, and the person's e-mail,
/// names and phone number are nowhere in the database (the SQLite file's bytes; every table's rows on PostgreSQL).
/// </summary>
public abstract class PersonErasureTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Erasing_a_person_keeps_the_ledger_verifiable_and_leaves_no_trace_of_them()
    {
        app.RequireProvider();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var email = $"zoe.{tag}@erasure.test";
        string[] personal = [email, email.ToUpperInvariant(), $"Zoe Quillfeather {tag}", $"Zoe Q. Renamed {tag}", $"+44 7700 9{tag[..5]}"];
        Assert.Equal(0, (await CliRun.RunAsync(app, "users", "create", "--email", email, "--name", personal[2])).Code);
        Assert.Equal(0, (await CliRun.RunAsync(app, "members", "add", "--org", "demo", "--user", email, "--role", "Contributor")).Code);
        Assert.Equal(0, (await CliRun.RunAsync(app, "members", "add", "--org", "demo", "--user", email, "--role", "Viewer")).Code);
        Assert.Equal(0, (await CliRun.RunAsync(app, "tokens", "create", "--org", "demo", "--role", "Viewer", "--user", email)).Code);
        await RenameAsync(email, personal[3], personal[4]);

        // Before erasure: the ledger holds the personal fields only encrypted, and everything reconciles.
        var (code, _, error) = await CliRun.RunAsync(app, "ledger", "verify");
        Assert.True(code == 0, error);
        await using (var db = await app.OpenDbAsync())
        {
            foreach (var value in personal)
            {
                Assert.False(await db.LedgerEntries.AnyAsync(e => e.Payload.Contains(value), Ct), $"'{value}' is in a ledger payload in clear");
            }
        }

        // The scan below can see them: the live account row holds them before erasure.
        Assert.True(await OccurrencesAsync(personal) > 0);

        (code, var output, error) = await CliRun.RunAsync(app, "people", "erase", "--email", email, "--reason", "Request ER-1");
        Assert.True(code == 0, error);
        Assert.Contains("Erased person", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);

        (code, output, error) = await CliRun.RunAsync(app, "ledger", "verify");
        Assert.True(code == 0, error);
        Assert.Contains("Tables match the ledger", output, StringComparison.Ordinal);
        Assert.Equal(0, await OccurrencesAsync(personal));

        await using (var db = await app.OpenDbAsync())
        {
            var erasure = await db.PersonErasures.AsNoTracking().OrderByDescending(e => e.ErasedAt).FirstAsync(Ct);
            Assert.Equal("Request ER-1", erasure.Reason);
            Assert.True(await db.LedgerEntries.AnyAsync(e => e.EntityType == nameof(PersonErasure) && e.EntityId == erasure.Id.ToString(), Ct));
            Assert.False(await db.Memberships.AnyAsync(m => m.UserId == erasure.UserId, Ct));
            Assert.False(await db.ApiTokens.AnyAsync(t => t.UserId == erasure.UserId && t.RevokedAt == null, Ct));
        }

        // The same address cannot be erased twice: it no longer exists.
        (code, _, error) = await CliRun.RunAsync(app, "people", "erase", "--email", email);
        Assert.Equal(2, code);
        Assert.Contains("--email", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_admin_of_an_organization_and_the_only_system_admin_are_not_erased()
    {
        app.RequireProvider();
        var (code, _, error) = await CliRun.RunAsync(app, "people", "erase", "--email", "admin@acme.test");
        Assert.Equal(2, code);
        Assert.Contains("last Admin of organization 'acme'", error, StringComparison.Ordinal);
        (code, _, error) = await CliRun.RunAsync(app, "people", "erase", "--email", AimsAppFactory.AdminEmail);
        Assert.Equal(2, code);
        Assert.Contains("only system admin", error, StringComparison.Ordinal);
        await using var db = await app.OpenDbAsync();
        Assert.True(await db.Users.AnyAsync(u => u.NormalizedEmail == "ADMIN@ACME.TEST", Ct));
    }

    [Fact]
    public void History_names_encrypted_erased_and_secret_values_instead_of_showing_them()
    {
        var payload = """{"DisplayName":{"from":"(erased)","to":"Erased person"},"Email":"aes-gcm:AAAA","TokenHash":"hmac-sha256:00ff"}""";
        var lines = ChangeFormatter.Describe(payload, _ => null);
        Assert.Contains(lines, l => l.Field == "DisplayName" && l.From == "erased" && l.To == "Erased person");
        Assert.Contains(lines, l => l.Field == "Email" && l.To == "(personal data, encrypted)");
        Assert.Contains(lines, l => l.Field == "TokenHash" && l.To == "(secret, changed)");
    }

    private async Task RenameAsync(string email, string displayName, string phone)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AimsDbContext>().Actor = "test:rename";
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var user = await users.FindByEmailAsync(email);
        user!.DisplayName = displayName;
        user.PhoneNumber = phone;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }

    /// <summary>How often any of the values occurs in the SQLite file's bytes, or in any row of any table on PostgreSQL.</summary>
    private async Task<int> OccurrencesAsync(string[] personal)
    {
        var found = 0;
        if (app.CliConfiguration["Database:Provider"] is null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(app.CliConfiguration["Aims:DataDir"]!, "aims.db*"))
            {
                var bytes = await File.ReadAllBytesAsync(file, Ct);
                found += personal.Count(value => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0);
            }

            return found;
        }

        // PostgreSQL's files are not ours to read: every row of every table, as text, must be free of them.
        await using var db = await app.OpenDbAsync();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct())
        {
#pragma warning disable EF1002 // Table names come from the model.
            var rows = await db.Database.SqlQueryRaw<string>($"SELECT t::text AS \"Value\" FROM \"{table}\" t").ToListAsync(Ct);
#pragma warning restore EF1002
            found += personal.Count(value => rows.Any(r => r.Contains(value, StringComparison.Ordinal)));
        }

        return found;
    }
}

public sealed class SqlitePersonErasureTests(SqliteAppFactory app) : PersonErasureTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresPersonErasureTests(PostgresAppFactory app) : PersonErasureTests(app), IClassFixture<PostgresAppFactory>;
