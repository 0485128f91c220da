using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Organizations;
using Aims.Core.Registers;
using Aims.Core.Reminders.MyWork;
using Aims.Web.Tests.Infrastructure;
using Aims.Web.Tests.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests.Evidence;

/// <summary>
/// Expired and expiring evidence is on its owner's "my work" (and so reminded), on both providers: only the owner's
/// active items with a valid-until day that has passed or comes within 30 days, due on that day, judged by the
/// organization's calendar.
/// </summary>
public abstract class EvidenceMyWorkTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task My_work_lists_the_owners_expired_and_expiring_evidence_and_nothing_else()
    {
        app.RequireProvider();
        var person = await ReminderPerson.CreateAsync(app, Role.GovernanceLead); // may archive
        using var client = app.ClientWithToken(person.Token);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        async Task<Guid> LinkAsync(HttpClient by, string org, string title, int? validFor)
        {
            var response = await by.PostAsJsonAsync($"/api/v1/orgs/{org}/evidence", new
            {
                title, kind = "link", url = "https://evidence.example.com/" + Uri.EscapeDataString(title),
                effectiveDate = Day(-90), validUntil = validFor is { } d ? Day(d) : null,
            }, Ct);
            return (await EvidenceForms.CreatedAsync(response)).GetProperty("id").GetGuid();
        }

        var expired = await LinkAsync(client, person.Slug, "Pen test 2025", -2);
        var expiring = await LinkAsync(client, person.Slug, "Bias audit", 12);
        await LinkAsync(client, person.Slug, "Data sheet", 90);
        await LinkAsync(client, person.Slug, "Model card", null);
        var archived = await LinkAsync(client, person.Slug, "Old risk review", -40);
        (await client.PostAsJsonAsync($"/api/v1/orgs/{person.Slug}/evidence/{archived}/archive", new { reason = "Superseded" }, Ct)).EnsureSuccessStatusCode();
        using (var other = app.ClientWithToken(app.DemoAdminToken))
        {
            await LinkAsync(other, "demo", "Someone else's expired report", -5);
        }

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orgs/{person.Slug}/my-work", Ct);
        var items = list.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("recordType").GetString() == "evidence").ToList();
        Assert.Equal([expired, expiring], items.Select(i => i.GetProperty("recordId").GetGuid()));
        Assert.Equal(["evidenceExpired", "evidenceExpiring"], items.Select(i => i.GetProperty("kind").GetString()));
        Assert.True(items[0].GetProperty("overdue").GetBoolean());
        Assert.Equal(Day(-2), items[0].GetProperty("dueOn").GetString());
        Assert.Contains($"valid until {Day(-2)}", items[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/o/{person.Slug}/evidence/{expired}", items[0].GetProperty("href").GetString());
        Assert.False(items[1].GetProperty("overdue").GetBoolean());
        Assert.Equal("Bias audit", items[1].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Evidence_expires_on_my_work_at_the_organizations_midnight()
    {
        app.RequireProvider();
        var person = await ReminderPerson.CreateAsync(app, Role.Contributor, "Pacific/Auckland");
        using var client = app.ClientWithToken(person.Token);
        var created = await EvidenceForms.CreatedAsync(await client.PostAsJsonAsync($"/api/v1/orgs/{person.Slug}/evidence", new
        {
            title = "Supplier audit report", kind = "link", url = "https://audits.example.com/2026",
            effectiveDate = "2026-06-01", validUntil = "2026-06-30",
        }, Ct));
        var caller = new Caller(person.UserId, "test", person.OrganizationId, person.Slug, Role.Contributor);

        // 23:00 on 30 June in Auckland (UTC+12): still its last valid day; two hours later it is 1 July there.
        var evening = await ListAsync(caller, new DateTimeOffset(2026, 6, 30, 11, 0, 0, TimeSpan.Zero));
        var morning = await ListAsync(caller, new DateTimeOffset(2026, 6, 30, 13, 0, 0, TimeSpan.Zero));

        Assert.Equal(MyWorkKind.EvidenceExpiring, Assert.Single(evening).Kind);
        var item = Assert.Single(morning);
        Assert.Equal((MyWorkKind.EvidenceExpired, created.GetProperty("id").GetGuid(), new DateOnly(2026, 6, 30)),
            (item.Kind, item.RecordId, item.DueOn));
    }

    [Fact]
    public async Task The_registers_validity_and_its_filter_follow_the_organizations_calendar()
    {
        app.RequireProvider();
        var person = await ReminderPerson.CreateAsync(app, Role.Contributor, "Pacific/Auckland");
        using var client = app.ClientWithToken(person.Token);
        var title = "Calendar check " + Guid.NewGuid().ToString("N")[..8];
        var created = await EvidenceForms.CreatedAsync(await client.PostAsJsonAsync($"/api/v1/orgs/{person.Slug}/evidence", new
        {
            title, kind = "link", url = "https://audits.example.com/2026", effectiveDate = "2026-06-01", validUntil = "2026-06-30",
        }, Ct));
        // The caller as the host resolves it carries the organization's time zone.
        var caller = await app.Services.GetRequiredService<CallerResolver>()
            .ResolveAsync(person.UserId, "test", person.Slug, tokenOrganizationId: null, tokenRole: null, Ct);
        Assert.Equal("Pacific/Auckland", caller!.TimeZone);

        // 11:00 UTC on 30 June is 23:00 in Auckland, its last valid day; at 13:00 UTC it is 1 July there (not yet in UTC).
        var lists = new RegisterListCache();
        var evening = await RegisterAt(new DateTimeOffset(2026, 6, 30, 11, 0, 0, TimeSpan.Zero), lists).ListAsync(caller, Query(title, null), Ct);
        Assert.Equal(EvidenceValidity.ExpiresSoon, Assert.Single(evening.Items).Validity.Status);
        var morning = RegisterAt(new DateTimeOffset(2026, 6, 30, 13, 0, 0, TimeSpan.Zero), lists);
        var item = Assert.Single((await morning.ListAsync(caller, Query(title, null), Ct)).Items);
        Assert.Equal((created.GetProperty("id").GetGuid(), EvidenceValidity.Expired), (item.Id, item.Validity.Status));
        Assert.Equal(1, (await morning.ListAsync(caller, Query(title, "expired"), Ct)).Total);
        Assert.Equal(0, (await morning.ListAsync(caller, Query(title, "expiresSoon"), Ct)).Total);
    }

    private static RegisterQuery Query(string search, string? validity) => new()
    {
        Search = search,
        Filters = validity is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["validity"] = validity },
    };

    private Register<EvidenceItem, EvidenceItemView> RegisterAt(DateTimeOffset now, RegisterListCache lists) =>
        new(EvidenceRegister.Create(new FixedClock(now)), app.Services.GetRequiredService<IDbContextFactory<AimsDbContext>>(), lists);


    private async Task<IReadOnlyList<MyWorkItem>> ListAsync(Caller caller, DateTimeOffset at)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AimsDbContext>>().OpenForAsync(caller, Ct);
        var zone = await db.Organizations.Where(o => o.Id == caller.OrganizationId).Select(o => o.TimeZone).SingleAsync(Ct);
        return await new EvidenceWorkSource().ListAsync(new MyWorkContext(caller, db, OrganizationCalendar.For(zone), at), Ct);
    }
}

public sealed class SqliteEvidenceMyWorkTests(SqliteAppFactory app) : EvidenceMyWorkTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresEvidenceMyWorkTests(PostgresAppFactory app) : EvidenceMyWorkTests(app), IClassFixture<PostgresAppFactory>;
