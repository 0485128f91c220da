using System.Globalization;
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
/// Establishing the AIMS in the browser, from an empty organization: the guided start leads through the context, an
/// interested party with a requirement, the scope (approved by a second person and published), a person in a role with
/// a RACI activity, and an objective with two measurements; each step turns done, and readiness for 4.1, 4.2, 4.3,
/// 5.3 and 6.2 follows with reasons naming what is still missing.
/// </summary>
public sealed class EstablishTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Org = "fresh-start";
    private const string ApproverEmail = "e2e.scope.approver@openaims.local";

    private static string Day(int fromToday) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task From_an_empty_organization_the_guided_start_leads_to_a_published_scope_roles_and_a_measured_objective()
    {
        await CreateOrganizationAsync();
        await using var admin = await UiSession.OpenAsync(fixture);
        await admin.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        var page = admin.Page;

        await admin.GotoAsync($"/o/{Org}/start");
        await Expect(page.Locator("#start-progress")).ToHaveTextAsync("0 of 13 steps done");
        await Expect(page.Locator("#step-context")).ToHaveAttributeAsync("data-state", "next");
        await ExpectReasonAsync(admin, "4.1", "no context issue is recorded");

        // Context (4.1): one issue of each kind.
        await page.Locator("#go-context").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/o/{Org}/context-issues$"));
        await admin.WaitInteractiveAsync();
        await Expect(page.Locator("#register-empty")).ToContainTextAsync("No context issues yet");
        await AddAsync(admin, "#add-record", "record", async () =>
        {
            await page.Locator("#record-title").FillAsync("New rules on automated credit decisions");
            await admin.ChooseAsync("#record-origin", "External");
            await admin.ChooseAsync("#record-category", "Legal and regulatory");
            await admin.ChooseAsync("#record-effect", "Risk");
            await page.Locator("#record-reviewDate").FillAsync(Day(90));
        });
        await Expect(page.Locator("#record-title")).ToHaveTextAsync("New rules on automated credit decisions");
        await ExpectReasonAsync(admin, "4.1", "no internal issue is recorded");
        await admin.GotoAsync($"/o/{Org}/context-issues");
        await AddAsync(admin, "#add-record", "record", async () =>
        {
            await page.Locator("#record-title").FillAsync("Two people validate every model");
            await admin.ChooseAsync("#record-origin", "Internal");
            await admin.ChooseAsync("#record-category", "Organizational");
            await admin.ChooseAsync("#record-effect", "Risk");
            await page.Locator("#record-reviewDate").FillAsync(Day(120));
        });
        await ExpectReasonAsync(admin, "4.1", "the organization's AI roles (AI provider, AI customer…) are not recorded");
        await admin.GotoAsync($"/o/{Org}/ai-roles");
        await AddAsync(admin, "#add-record", "record", async () =>
        {
            await admin.ChooseAsync("#record-role", "AI provider");
            await admin.ChooseAsync("#record-operatorRole", "Provider");
            await page.Locator("#record-rationale").FillAsync("We build and put the credit engine into service ourselves.");
        });
        await ExpectReasonAsync(admin, "4.1", "all within their review dates; AI roles recorded");

        // Interested parties (4.2): a party, then its requirement, a gap until something addresses it.
        await admin.GotoAsync($"/o/{Org}/start");
        await Expect(page.Locator("#step-context")).ToHaveAttributeAsync("data-state", "done");
        await page.Locator("#go-parties").ClickAsync();
        await admin.WaitInteractiveAsync();
        await AddAsync(admin, "#add-record", "record", async () =>
        {
            await page.Locator("#record-name").FillAsync("Consumer credit supervisor");
            await admin.ChooseAsync("#record-kind", "Regulator or authority");
            await admin.ChooseAsync("#record-relevance", "High");
        });
        await ExpectReasonAsync(admin, "4.2", "no requirement recorded: 'Consumer credit supervisor'");
        await AddAsync(admin, "#add-requirements", "requirements", async () =>
        {
            await page.Locator("#requirements-title").FillAsync("Explain each automated credit decision");
            await admin.ChooseAsync("#requirements-source", "Law or regulation");
            await page.Locator("#requirements-sourceReference").FillAsync("EU AI Act Art. 86");
        }, navigates: false);
        await Expect(page.Locator("#requirements-table")).ToContainTextAsync("Gap");
        await ExpectReasonAsync(admin, "4.2", "that nothing links to: 'Explain each automated credit decision'");

        // Scope (4.3): an AI system, a unit and a justified exclusion; a version approved by a second person, published.
        await admin.GotoAsync($"/o/{Org}/ai-systems");
        await page.Locator("#new-ai-system").ClickAsync();
        await page.Locator("#ai-system-name").FillAsync("Credit decision engine");
        await page.Locator("#save-ai-system").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await admin.GotoAsync($"/o/{Org}/scope");
        await Expect(page.Locator("#scope-unpublished")).ToContainTextAsync("No scope is published yet");
        await page.Locator("#edit-scope").ClickAsync();
        await page.Locator("#scope-aiSystemIds").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Credit decision engine" }).ClickAsync();
        await admin.CloseChoicesAsync("#scope-aiSystemIds");
        await page.Locator("#scope-units").FillAsync("Consumer lending\nData science");
        await page.Locator("#scope-exclusions-add").ClickAsync();
        await page.Locator("#scope-exclusions-0-what").FillAsync("Group HR systems");
        await page.Locator("#save-scope").ClickAsync();
        await Expect(page.Locator("#scope-error")).ToContainTextAsync("Some fields need attention");
        await Expect(page.GetByText("Exclusion 1 needs a justification.")).ToBeVisibleAsync();
        await page.Locator("#scope-exclusions-0-justification").FillAsync("Run by the parent company under its own management system.");
        await page.Locator("#save-scope").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#scope-systems")).ToHaveTextAsync("Credit decision engine");
        await page.Locator("#prepare-scope-version").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/o/{Org}/documents/[0-9a-f-]{{36}}$"));
        await admin.WaitInteractiveAsync();
        var documentUrl = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Tab, new() { Name = "Draft" }).ClickAsync();
        await page.Locator("#submit-draft").ClickAsync();
        await Expect(page.Locator("#document-state")).ToHaveTextAsync("In review");
        await using (var approver = await UiSession.OpenAsync(fixture))
        {
            await approver.SignInAsync(ApproverEmail, AimsAppFactory.AdminPassword);
            await approver.GotoAsync(documentUrl);
            await approver.Page.GetByRole(AriaRole.Tab, new() { Name = "Approvals" }).ClickAsync();
            await approver.Page.Locator("#approve-version").ClickAsync();
            await approver.Page.Locator("#approve-password").FillAsync(AimsAppFactory.AdminPassword);
            await approver.Page.Locator("#confirm-approve").ClickAsync();
            await Expect(approver.Page.Locator("#approval-status")).ToHaveTextAsync("Approved");
        }

        await admin.GotoAsync(documentUrl);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Approvals" }).ClickAsync();
        await page.Locator("#publish-version").ClickAsync();
        await Expect(page.Locator("#document-state")).ToHaveTextAsync("Published");
        await admin.GotoAsync($"/o/{Org}/scope");
        await Expect(page.Locator("#scope-published")).ToContainTextAsync("Version 1 published");
        await ExpectReasonAsync(admin, "4.3", "version 1 is published with 1 AI system(s), 2 unit(s) and 1 justified exclusion(s)");

        // Roles and RACI (5.3): a person with a member account holds the role the activity is accountable to.
        await admin.GotoAsync($"/o/{Org}/people");
        await AddAsync(admin, "#add-record", "record", async () =>
        {
            await page.Locator("#record-name").FillAsync("Alex Admin");
            await admin.ChooseAsync("#record-userId", $"Administrator ({AimsAppFactory.AdminEmail})");
        });
        await admin.GotoAsync($"/o/{Org}/roles");
        await AddAsync(admin, "#add-record", "record", async () =>
        {
            await page.Locator("#record-name").FillAsync("AIMS owner");
            await page.Locator("#record-holderIds").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Alex Admin" }).ClickAsync();
            await admin.CloseChoicesAsync("#record-holderIds");
        });
        await ExpectReasonAsync(admin, "5.3", "no RACI yet");
        await admin.GotoAsync($"/o/{Org}/raci");
        await AddAsync(admin, "#add-record", "record", async () =>
        {
            await page.Locator("#record-activity").FillAsync("Maintain the AI policy");
            await admin.ChooseAsync("#record-accountableRoleId", "AIMS owner");
        });
        await ExpectReasonAsync(admin, "5.3", "1 role(s), each held by an active member; 1 activities in the RACI");

        // An objective (6.2) with two measurements: the trend against the target, and readiness met.
        await admin.GotoAsync($"/o/{Org}/objectives");
        await AddAsync(admin, "#add-record", "record", async () =>
        {
            await page.Locator("#record-title").FillAsync("Explain decisions quickly");
            await page.Locator("#record-kpi").FillAsync("Median days to send an explanation");
            await page.Locator("#record-unit").FillAsync("days");
            await page.Locator("#record-targetValue").FillAsync("five");
            await admin.ChooseAsync("#record-direction", "At most (lower is better)");
            await page.Locator("#record-dueDate").FillAsync(Day(120));
            await Expect(page.GetByText("Target value must be a number such as 12 or 0.85.")).ToBeVisibleAsync();
            await page.Locator("#record-targetValue").FillAsync("5");
        });
        await ExpectReasonAsync(admin, "6.2", "without a measurement in the last 92 days: 'Explain decisions quickly'");
        foreach (var (value, day) in new[] { ("14", Day(-40)), ("9", Day(-10)) })
        {
            await AddAsync(admin, "#add-measurement", "measurement", async () =>
            {
                await page.Locator("#measurement-value").FillAsync(value);
                await page.Locator("#measurement-measuredOn").FillAsync(day);
                await page.Locator("#measurement-source").FillAsync("Complaints log");
            }, navigates: false);
        }

        await Expect(page.Locator("#measurements-table tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#objective-progress")).ToContainTextAsync("On track");
        await Expect(page.Locator("#objective-trend")).ToBeVisibleAsync();
        await admin.CheckPageAsync("objective-with-measurements");
        await ExpectReasonAsync(admin, "6.2", "1 objective(s), each measured within the last 92 days");

        await admin.GotoAsync($"/o/{Org}/start");
        foreach (var step in new[] { "context", "ai-roles", "parties", "systems", "scope", "roles", "objectives" })
        {
            await Expect(page.Locator($"#step-{step}")).ToHaveAttributeAsync("data-state", "done");
        }

        await Expect(page.Locator("#step-policy")).ToHaveAttributeAsync("data-state", "next");
        await admin.CheckPageAsync("start-guide");
    }

    /// <summary>Opens a form with <paramref name="button"/>, fills it, saves, and waits for the dialog to close (and,
    /// for a new record, its page).</summary>
    private static async Task AddAsync(UiSession ui, string button, string prefix, Func<Task> fill, bool navigates = true)
    {
        await ui.Page.Locator(button).ClickAsync();
        await Expect(ui.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(1);
        await fill();
        await ui.Page.Locator($"#save-{prefix}").ClickAsync();
        await Expect(ui.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        if (navigates)
        {
            await Expect(ui.Page).ToHaveURLAsync(new Regex("/[0-9a-f-]{36}$"));
            await ui.WaitInteractiveAsync();
        }
    }

    /// <summary>Readiness of <paramref name="clause"/> names <paramref name="reason"/> among its reasons.</summary>
    private static async Task ExpectReasonAsync(UiSession ui, string clause, string reason)
    {
        var back = ui.Page.Url;
        await ui.GotoAsync($"/o/{Org}/readiness");
        await Expect(ui.Page.Locator("#readiness-clauses")).ToContainTextAsync(reason);
        await Expect(ui.Page.Locator($"[id='readiness-clauses-{clause}-status']")).ToBeVisibleAsync();
        await ui.GotoAsync(new Uri(back).PathAndQuery);
    }

    private async Task CreateOrganizationAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var approver = new AimsUser { Id = Guid.CreateVersion7(), UserName = ApproverEmail, Email = ApproverEmail, EmailConfirmed = true, DisplayName = "Scope approver" };
        Assert.True((await users.CreateAsync(approver, AimsAppFactory.AdminPassword)).Succeeded);
        var admin = await users.FindByEmailAsync(AimsAppFactory.AdminEmail) ?? throw new InvalidOperationException("No admin.");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AimsDbContext>>().CreateDbContextAsync(ct);
        db.Actor = "e2e-setup";
        var org = new Organization { Name = "Fresh Start Lending", Slug = Org };
        db.Organizations.Add(org);
        db.Memberships.AddRange(
            new Membership { OrganizationId = org.Id, UserId = admin.Id, Role = Role.Admin },
            new Membership { OrganizationId = org.Id, UserId = approver.Id, Role = Role.GovernanceLead });
        await db.SaveChangesAsync(ct);
    }
}
