using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Documents;
using Aims.Core.Documents.Views;
using Aims.Core.Organizations;
using Aims.Core.Reminders.MyWork;
using Aims.Core.Registers;
using Aims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Aims.Web.Tests.Documents.DocumentsWorld;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// Overdue reviews are computed, never typed: the register, built with a clock moved forward, finds a published
/// document overdue (with the reason) through the reviewDue filter in SQL on both providers, and a total counted on
/// one day is not reused on another.
/// </summary>
public abstract class DocumentReviewDueTests(AimsAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_document_becomes_due_soon_then_overdue_as_days_pass()
    {
        app.RequireProvider();
        using var admin = app.ClientWithToken(app.DemoAdminToken);
        var lead = await AddMemberAsync(app, Role.GovernanceLead);
        using var approver = await app.SignedInClientAsync(lead.Email);
        var title = "Due " + Guid.NewGuid().ToString("N")[..8];
        var id = await DraftAsync(admin, title, "Text", new { reviewIntervalMonths = 12 });
        await PublishAsync(admin, approver, id, 1);

        var caller = await AdminCallerAsync();
        var counts = new RegisterListCache();
        var query = new RegisterQuery { Search = title, Filters = new Dictionary<string, string> { ["reviewDue"] = "overdue" } };
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(0, (await RegisterAt(now, counts).ListAsync(caller, query, Ct)).Total);

        var later = await RegisterAt(now.AddMonths(13), counts).ListAsync(caller, query, Ct);
        var overdue = Assert.Single(later.Items);
        Assert.Equal(id, overdue.Id);
        Assert.Equal(ReviewDueState.Overdue, overdue.Review.Status);
        Assert.StartsWith("Review overdue: it was due ", overdue.Review.Reason, StringComparison.Ordinal);
        Assert.Contains("12 months after version 1 was published", overdue.Review.Reason, StringComparison.Ordinal);

        var soon = await RegisterAt(now.AddMonths(12).AddDays(-10), counts)
            .ListAsync(caller, query with { Filters = new Dictionary<string, string> { ["reviewDue"] = "dueSoon" } }, Ct);
        Assert.Equal(ReviewDueState.DueSoon, Assert.Single(soon.Items).Review.Status);
        // The same page without the filter, with the same cache: each view judges the review against its own day.
        var plain = query with { Filters = new Dictionary<string, string>() };
        Assert.Equal(ReviewDueState.NotDue, Assert.Single((await RegisterAt(now, counts).ListAsync(caller, plain, Ct)).Items).Review.Status);
        Assert.Equal(ReviewDueState.Overdue,
            Assert.Single((await RegisterAt(now.AddMonths(13), counts).ListAsync(caller, plain, Ct)).Items).Review.Status);
        Assert.Equal(ReviewDueState.NotDue, Assert.Single((await RegisterAt(now, counts).ListAsync(caller, plain, Ct)).Items).Review.Status);

        // Back to today with the same cache: the total counted "13 months later" must not be reused.
        Assert.Equal(0, (await RegisterAt(now, counts).ListAsync(caller, query, Ct)).Total);

        // "My work" tells the owner the same, on the same days.
        Assert.Equal([], await ReviewWorkAsync(caller, id, now));
        Assert.Equal([MyWorkKind.ReviewDue], await ReviewWorkAsync(caller, id, now.AddMonths(12).AddDays(-10)));
        Assert.Equal([MyWorkKind.ReviewOverdue], await ReviewWorkAsync(caller, id, now.AddMonths(13)));
    }

    private async Task<List<MyWorkKind>> ReviewWorkAsync(Caller owner, Guid documentId, DateTimeOffset at)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AimsDbContext>>().OpenForAsync(owner, Ct);
        var items = await app.Services.GetRequiredService<MyWorkService>()
            .CollectAsync(new MyWorkContext(owner, db, OrganizationCalendar.Utc, at), Ct);
        return [.. items.Where(i => i.RecordId == documentId).Select(i => i.Kind)];
    }

    private Register<Document, DocumentView> RegisterAt(DateTimeOffset today, RegisterListCache counts) =>
        new(DocumentRegister.Create(new FixedClock(today)), app.Services.GetRequiredService<IDbContextFactory<AimsDbContext>>(), counts);

    private async Task<Caller> AdminCallerAsync()
    {
        await using var db = await app.OpenDbAsync();
        var org = await db.Organizations.SingleAsync(o => o.Slug == "demo", Ct);
        var adminId = await db.Users.Where(u => u.Email == AimsAppFactory.AdminEmail).Select(u => u.Id).SingleAsync(Ct);
        var role = await db.Memberships.Where(m => m.OrganizationId == org.Id && m.UserId == adminId).Select(m => (Role?)m.Role)
            .SingleOrDefaultAsync(Ct) ?? Role.Admin;
        return new Caller(adminId, AimsAppFactory.AdminEmail, org.Id, org.Slug, role);
    }
}

public sealed class SqliteDocumentReviewDueTests(SqliteAppFactory app) : DocumentReviewDueTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresDocumentReviewDueTests(PostgresAppFactory app) : DocumentReviewDueTests(app), IClassFixture<PostgresAppFactory>;
