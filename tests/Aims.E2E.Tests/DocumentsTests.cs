using System.Text.RegularExpressions;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// The AI policy's life in the browser: started from the starter template, written and submitted by the admin, refused
/// as a self-approval, approved by a second person who re-enters their password, published, acknowledged by the
/// members it was sent to; then a second version goes the same way, the first stays readable and the comparison
/// shows what changed.
/// </summary>
public sealed class DocumentsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string ApproverEmail = "e2e.approver@openaims.local";
    private const string FirstText = "# AI policy\n\nWe use AI only where a person stays accountable for each decision.\n\nRisks are assessed before every release.\n";
    private const string SecondText = "# AI policy\n\nWe use AI only where a named person stays accountable for each decision.\n\nRisks are assessed before every release.\n\nThe policy is reviewed every year.\n";

    [Fact]
    public async Task An_AI_policy_is_written_approved_by_a_second_person_published_acknowledged_and_revised()
    {
        await CreateApproverAsync();
        await using var admin = await UiSession.OpenAsync(fixture);
        await using var approver = await UiSession.OpenAsync(fixture);
        await admin.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await approver.SignInAsync(ApproverEmail, AimsAppFactory.AdminPassword);
        var page = admin.Page;

        // Readiness is computed from the records: the demo's policy is in force, but not everyone it was sent to has
        // acknowledged it, so 5.2 is only partly met.
        await admin.GotoAsync("/o/demo/readiness");
        await Expect(page.Locator("[id='readiness-clauses-5.2-status']")).ToHaveTextAsync("Partly met");

        // A new document from the AI policy starter template: the template pre-fills the form.
        await admin.GotoAsync("/o/demo/documents");
        await page.Locator("#new-document").ClickAsync();
        await admin.ChooseAsync("#document-template", "AI policy");
        await Expect(page.Locator("#document-template")).ToHaveValueAsync("AI policy");
        await Expect(page.Locator("#document-title")).ToHaveValueAsync("AI policy");
        await Expect(page.Locator("#document-clauses")).ToHaveValueAsync(new Regex("5\\.2"));
        await page.Locator("#document-acknowledgers").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex(Regex.Escape(AimsAppFactory.AdminEmail)) }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex(Regex.Escape(ApproverEmail)) }).ClickAsync();
        await admin.CloseChoicesAsync("#document-acknowledgers");
        await Expect(page.Locator("#document-acknowledgers")).ToHaveValueAsync(new Regex("approver"));
        await page.Locator("#save-document").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/documents/[0-9a-f-]{36}$"));
        await admin.WaitInteractiveAsync();
        var documentUrl = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("#document-heading")).ToHaveTextAsync("AI policy");
        await Expect(page.Locator("#document-state")).ToHaveTextAsync("Draft");

        // The template's first draft still has choices to decide; they are listed until the text replaces them.
        await Tab(page, "Draft").ClickAsync();
        await Expect(page.Locator("#draft-blanks")).ToBeVisibleAsync();
        await page.Locator("#draft-body").FillAsync(FirstText);
        await page.Locator("#draft-summary").FillAsync("First issue");
        await page.Locator("#save-draft").ClickAsync();
        await Expect(page.Locator("#draft-blanks")).ToHaveCountAsync(0);
        await page.Locator("#submit-draft").ClickAsync();
        await Expect(page.Locator("#draft-frozen")).ToBeVisibleAsync();
        await Expect(page.Locator("#document-state")).ToHaveTextAsync("In review");

        // The author cannot sign their own version, even with the right password.
        await Tab(page, "Approvals").ClickAsync();
        await page.Locator("#approve-version").ClickAsync();
        await page.Locator("#approve-password").FillAsync(AimsAppFactory.AdminPassword);
        await page.Locator("#confirm-approve").ClickAsync();
        await Expect(page.Locator("#approve-error")).ToContainTextAsync("cannot approve it");
        await page.Locator("#cancel-approve").ClickAsync();

        await ApproveAsync(approver, documentUrl, 1);
        await PublishAsync(admin, documentUrl, 1);
        await Expect(page.Locator("#document-current-version")).ToContainTextAsync("Version 1");

        // Both members it was sent to acknowledge version 1.
        await AcknowledgeAsync(admin, documentUrl, 1);
        await AcknowledgeAsync(approver, documentUrl, 1);
        await Expect(approver.Page.Locator("#pending-none")).ToBeVisibleAsync();
        await Expect(approver.Page.Locator("#acknowledged-table tbody tr")).ToHaveCountAsync(2);
        await Expect(approver.Page.Locator("#acknowledgements-summary")).ToContainTextAsync("2 of 2");

        // Approved by a second person, in force, reviewed on time and acknowledged by everyone asked: 5.2 is met.
        await admin.GotoAsync("/o/demo/readiness");
        await Expect(page.Locator("[id='readiness-clauses-5.2-status']")).ToHaveTextAsync("Met");

        // Version 2 starts from the one in force and goes through the same workflow.
        await admin.GotoAsync(documentUrl);
        await Tab(page, "Draft").ClickAsync();
        await page.Locator("#start-version").ClickAsync();
        await Expect(page.Locator("#draft-body")).ToHaveValueAsync(FirstText);
        await page.Locator("#draft-body").FillAsync(SecondText);
        await page.Locator("#draft-summary").FillAsync("Named accountability and a yearly review");
        await page.Locator("#submit-draft").ClickAsync();
        await Expect(page.Locator("#draft-frozen")).ToBeVisibleAsync();
        await ApproveAsync(approver, documentUrl, 2);
        await PublishAsync(admin, documentUrl, 2);
        await Expect(page.Locator("#document-current-version")).ToContainTextAsync("Version 2");
        await Tab(page, "Version").ClickAsync();
        await Expect(page.Locator("#version-content")).ToContainTextAsync("reviewed every year");

        // The first version stays readable after it is superseded.
        await admin.ChooseAsync("#version-pick", "Version 1 — Superseded");
        await Expect(page.Locator("#version-content")).ToContainTextAsync("a person stays accountable");
        await Expect(page.Locator("#version-content")).Not.ToContainTextAsync("reviewed every year");

        // The comparison shows the changed words and the added line.
        await Tab(page, "Compare").ClickAsync();
        await Expect(page.Locator("#compare-summary")).ToContainTextAsync("1 modified");
        await Expect(page.Locator("#compare-diff ins").First).ToContainTextAsync("named");
        await Expect(page.Locator("#compare-diff [data-kind=added]").Last).ToContainTextAsync("The policy is reviewed every year.");

        // A new version asks again: the acknowledgements of version 1 do not count for version 2.
        await Tab(page, "Acknowledgements").ClickAsync();
        await Expect(page.Locator("#pending-list li")).ToHaveCountAsync(2);
        await admin.CheckPageAsync("document-compare");
        Assert.Empty(admin.ConsoleErrors);
        Assert.Empty(approver.ConsoleErrors);
    }

    private static ILocator Tab(IPage page, string name) =>
        page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^" + name) });

    private static async Task ApproveAsync(UiSession ui, string documentUrl, int number)
    {
        await ui.GotoAsync(documentUrl);
        await Tab(ui.Page, "Approvals").ClickAsync();
        await Expect(ui.Page.Locator("#approval-status")).ToHaveTextAsync("In review");
        await ui.Page.Locator("#approve-version").ClickAsync();
        await Expect(ui.Page.Locator("#approve-dialog-title")).ToHaveTextAsync($"Approve version {number}");
        // A wrong password signs nothing.
        await ui.Page.Locator("#approve-password").FillAsync("not-my-password");
        await ui.Page.Locator("#confirm-approve").ClickAsync();
        await Expect(ui.Page.Locator("#approve-error")).ToBeVisibleAsync();
        await ui.Page.Locator("#approve-password").FillAsync(AimsAppFactory.AdminPassword);
        await ui.Page.Locator("#confirm-approve").ClickAsync();
        await Expect(ui.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(ui.Page.Locator("#approval-status")).ToHaveTextAsync("Approved");
        await Expect(ui.Page.Locator("#approvals-table")).ToContainTextAsync("password");
    }

    private static async Task PublishAsync(UiSession ui, string documentUrl, int number)
    {
        await ui.GotoAsync(documentUrl);
        await Tab(ui.Page, "Approvals").ClickAsync();
        await ui.Page.Locator("#publish-version").ClickAsync();
        await Expect(ui.Page.Locator("#document-state")).ToHaveTextAsync("Published");
        await Expect(ui.Page.Locator("#document-current-version")).ToContainTextAsync($"Version {number}");
    }

    private static async Task AcknowledgeAsync(UiSession ui, string documentUrl, int number)
    {
        await ui.GotoAsync(documentUrl);
        await Tab(ui.Page, "Acknowledgements").ClickAsync();
        await ui.Page.Locator("#acknowledge-version").ClickAsync();
        await Expect(ui.Page.Locator("#acknowledge-version")).ToHaveCountAsync(0);
        await Expect(ui.Page.Locator("#acknowledgements-summary")).ToContainTextAsync($"Version {number}");
    }

    /// <summary>A second person of the demo organization whose role may approve documents.</summary>
    private async Task CreateApproverAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var user = new AimsUser { Id = Guid.CreateVersion7(), UserName = ApproverEmail, Email = ApproverEmail, EmailConfirmed = true, DisplayName = "E2E approver" };
        var created = await users.CreateAsync(user, AimsAppFactory.AdminPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AimsDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);
        db.Actor = "e2e-setup";
        var demo = await db.Organizations.SingleAsync(o => o.Slug == "demo", ct);
        db.Memberships.Add(new Membership { OrganizationId = demo.Id, UserId = user.Id, Role = Role.GovernanceLead });
        await db.SaveChangesAsync(ct);
    }
}
