using System.Text;
using System.Text.RegularExpressions;
using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// The first slice as a new user meets it in Chromium: sign in, browse the ISO/IEC 42001 catalog, register an AI
/// system, find it, read its history; and the tenancy promise that outsiders see "not found", never data.
/// </summary>
public sealed class FirstSliceTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_browses_the_catalog_registers_an_ai_system_and_finds_it_with_its_history()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;

        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your organizations" })).ToBeVisibleAsync();
        await Expect(page.Locator("#org-demo")).ToContainTextAsync("Demo Health & Finance Ltd");
        await ui.ScreenshotAsync("home");

        // Catalog: the search finds the verification-and-validation control; its detail shows intent and evidence.
        await ui.GotoAsync("/catalog");
        await Expect(page.Locator("#catalog-version")).ToContainTextAsync("iso42001");
        await page.Locator("#catalog-search").FillAsync("validation");
        var control = page.Locator("[data-item-id='A.6.2.4']");
        await Expect(control).ToBeVisibleAsync();
        await control.ClickAsync();
        await Expect(page.Locator("#catalog-detail")).ToContainTextAsync("A.6.2.4");
        await Expect(page.Locator("#catalog-detail")).ToContainTextAsync("Evidence usually expected");
        await Expect(page).ToHaveURLAsync(new Regex("/catalog/A\\.6\\.2\\.4"));
        await ui.ScreenshotAsync("catalog");
        Assert.Empty(await ui.UnlabelledInputsAsync());

        // Deep link straight to a clause with its documented information.
        await ui.GotoAsync("/catalog/6.1.4");
        await Expect(page.Locator("#catalog-detail")).ToContainTextAsync("6.1.4");
        await Expect(page.Locator("#catalog-detail")).ToContainTextAsync("Documented information required");
        await ui.ScreenshotAsync("catalog-clause");

        // Home card → the demo organization's register (seeded with five systems).
        await ui.GotoAsync("/");
        await page.Locator("#org-demo-ai-systems").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/ai-systems$"));
        var rows = page.Locator("#ai-systems-table tbody tr");
        await Expect(page.Locator("#ai-systems-table")).ToContainTextAsync("Credit limit recommender");
        await Expect(page.Locator("#ai-systems-table")).ToContainTextAsync("Operation and monitoring");
        var before = await rows.CountAsync();

        // Register a system through the dialog; Core's rules show as you go.
        var name = "E2E bias monitor " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#new-ai-system").ClickAsync();
        await page.Locator("#save-ai-system").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Name is required.");
        await page.Locator("#ai-system-name").FillAsync(name);
        await page.Locator("#ai-system-purpose").FillAsync("Checks loan decisions for disparate impact every night.");
        await page.Locator("#ai-system-intended-use").FillAsync("Internal monitoring by the model risk team; no decisions about customers.");
        await ui.ScreenshotAsync("ai-system-dialog");
        Assert.Empty(await ui.UnlabelledInputsAsync());
        await page.Locator("#save-ai-system").ClickAsync();
        await Expect(page.Locator("#save-ai-system")).ToBeHiddenAsync();
        await Expect(rows).ToHaveCountAsync(before + 1);

        // Find it with the debounced search.
        await page.Locator("#search").FillAsync(name);
        await Expect(page.Locator("#ai-systems-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#ai-systems-table tbody tr").First).ToContainTextAsync(name);
        await Expect(page.Locator("#ai-systems-total")).ToHaveTextAsync("1 AI system");
        await ui.ScreenshotAsync("ai-systems-search");

        // The filter is in the address, so a reload (or a shared link) shows the same result.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]q="));
        await page.ReloadAsync();
        await ui.WaitInteractiveAsync();
        await Expect(page.Locator("#search")).ToHaveValueAsync(name);
        await Expect(page.Locator("#ai-systems-table tbody tr")).ToHaveCountAsync(1);

        // Export the current filter as CSV (all pages), with the columns the list shows.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());
        var csvPath = Path.Combine(UiSession.ScreenshotDirectory, "export.csv");
        await download.SaveAsAsync(csvPath);
        var csv = await File.ReadAllTextAsync(csvPath, Encoding.UTF8, TestContext.Current.CancellationToken);
        Assert.StartsWith("Name,Purpose,Owner,Lifecycle stage,Status,Updated at\r\n", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains(name, csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // Detail page and its ledger history.
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.Locator("#ai-system-title")).ToHaveTextAsync(name);
        await Expect(page.Locator("#ai-system-owner-value")).ToHaveTextAsync("Administrator");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        var history = page.Locator("#history-table tbody tr");
        // The record, and the first step of its life-cycle timeline written with it.
        await Expect(history).ToHaveCountAsync(2);
        await Expect(history.First).ToContainTextAsync("Created");
        await Expect(history.First).ToContainTextAsync(AimsAppFactory.AdminEmail);
        await Expect(history.First).ToContainTextAsync("Inception");
        await Expect(history.Nth(1)).ToContainTextAsync("Gate step");
        await ui.ScreenshotAsync("ai-system-history");

        // Full-page screenshots of the start pages for the README and for eyeballing the layout.
        await ui.GotoAsync("/o/demo/ai-systems");
        await Expect(rows).ToHaveCountAsync(before + 1);
        await ui.ScreenshotAsync("ai-systems");
        Assert.Empty(await ui.UnlabelledInputsAsync());

        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task Outsider_sees_not_found_and_a_viewer_cannot_register()
    {
        await CreateUserAsync("outsider@e2e.openaims.local", role: null);
        await CreateUserAsync("viewer@e2e.openaims.local", Role.Viewer);

        await using (var outsider = await UiSession.OpenAsync(fixture))
        {
            await outsider.SignInAsync("outsider@e2e.openaims.local", AimsAppFactory.AdminPassword);
            await outsider.GotoAsync("/o/demo/ai-systems");
            await Expect(outsider.Page.Locator("#not-found")).ToBeVisibleAsync();
            await Expect(outsider.Page.Locator("#ai-systems-table")).ToHaveCountAsync(0);
            await Expect(outsider.Page.GetByText("Credit limit recommender")).ToHaveCountAsync(0);
            Assert.Empty(outsider.ConsoleErrors);
        }

        await using var viewer = await UiSession.OpenAsync(fixture);
        await viewer.SignInAsync("viewer@e2e.openaims.local", AimsAppFactory.AdminPassword);
        await viewer.GotoAsync("/o/demo/ai-systems");
        await Expect(viewer.Page.Locator("#ai-systems-table tbody tr").First).ToBeVisibleAsync();
        await Expect(viewer.Page.Locator("#new-ai-system")).ToHaveCountAsync(0);
        await viewer.Page.Locator("#ai-systems-table tbody tr").First.Locator("a").ClickAsync();
        await Expect(viewer.Page.Locator("#ai-system-title")).ToBeVisibleAsync();
        await Expect(viewer.Page.Locator("#edit-ai-system")).ToHaveCountAsync(0);
        await Expect(viewer.Page.Locator("#archive-ai-system")).ToHaveCountAsync(0);
        Assert.Empty(viewer.ConsoleErrors);
    }

    [Fact]
    public async Task Owner_edits_archives_with_a_reason_and_restores_and_history_shows_each_change()
    {
        var ct = TestContext.Current.CancellationToken;
        var system = await DemoData.CreateSystemAsync(fixture.App, "E2E archive candidate " + Guid.NewGuid().ToString("N")[..6], ct);
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync($"/o/demo/ai-systems/{system.Id:D}");
        await Expect(page.Locator("#ai-system-title")).ToHaveTextAsync(system.Name);
        await ui.ScreenshotAsync("ai-system-detail");

        // Edit the purpose; the stage is not on the edit form (it moves only through the gates).
        await page.Locator("#edit-ai-system").ClickAsync();
        await Expect(page.Locator("#ai-system-stage")).ToHaveCountAsync(0);
        await page.Locator("#ai-system-purpose").FillAsync("First edit in the browser");
        await page.Locator("#save-ai-system").ClickAsync();
        await Expect(page.Locator("#save-ai-system")).ToBeHiddenAsync();
        await Expect(page.Locator("#ai-system-version")).ToHaveTextAsync("2");

        // A stale edit is refused with a readable message and a way to reload.
        await page.Locator("#edit-ai-system").ClickAsync();
        await page.Locator("#ai-system-purpose").FillAsync("Edited in the browser");
        await UpdatePurposeBehindTheBrowserAsync(system.Id, "Edited elsewhere", ct);
        await page.Locator("#save-ai-system").ClickAsync();
        await Expect(page.Locator("#ai-system-conflict")).ToContainTextAsync("changed by someone else");
        await page.Locator("#reload-ai-system").ClickAsync();
        await Expect(page.Locator("#ai-system-conflict")).ToHaveCountAsync(0);
        await Expect(page.Locator("#ai-system-purpose")).ToHaveValueAsync("Edited elsewhere");
        await page.Locator("#cancel-ai-system").ClickAsync();

        // Archive needs a reason.
        await page.ReloadAsync();
        await ui.WaitInteractiveAsync();
        await page.Locator("#archive-ai-system").ClickAsync();
        await page.Locator("#confirm-archive").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("A reason is required");
        await page.Locator("#archive-reason").FillAsync("Pilot stopped after the impact assessment");
        await page.Locator("#confirm-archive").ClickAsync();
        await Expect(page.Locator("#archived-note")).ToContainTextAsync("Pilot stopped after the impact assessment");
        await Expect(page.Locator("#ai-system-status")).ToHaveTextAsync("Archived");
        await Expect(page.Locator("#edit-ai-system")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^History") }).ClickAsync();
        var history = page.Locator("#history-table tbody tr");
        await Expect(history).ToHaveCountAsync(5);
        await Expect(history.Nth(1)).ToContainTextAsync("Gate step");
        await Expect(history.Nth(2)).ToContainTextAsync("First edit in the browser");
        await Expect(history.Nth(3)).ToContainTextAsync("Edited elsewhere");
        await Expect(history.Nth(4)).ToContainTextAsync("Archived");
        await Expect(history.Nth(4)).ToContainTextAsync("Pilot stopped after the impact assessment");
        await ui.ScreenshotAsync("ai-system-archived-history");

        // Restore brings it back.
        await page.Locator("#restore-ai-system").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();
        await Expect(page.Locator("#ai-system-status")).ToHaveTextAsync("Active");
        Assert.Empty(ui.ConsoleErrors);
    }

    private async Task UpdatePurposeBehindTheBrowserAsync(Guid id, string purpose, CancellationToken ct)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
        var service = scope.ServiceProvider.GetRequiredService<AiSystemService>();
        var current = await service.GetAsync(caller, id, ct);
        await service.UpdateAsync(caller, id, new AiSystemInput
        {
            Name = current.Name, Purpose = purpose, IntendedUse = current.IntendedUse, OwnerId = current.OwnerId,
        }, current.Version, ct);
    }

    /// <summary>Adds a person directly through Core (faster than the members page, which has its own E2E test), optionally as a member of the demo organization.</summary>
    private async Task CreateUserAsync(string email, Role? role)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var user = new AimsUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        var created = await users.CreateAsync(user, AimsAppFactory.AdminPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is { } r)
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AimsDbContext>>();
            await using var db = await factory.CreateDbContextAsync(ct);
            db.Actor = "e2e-setup";
            var demo = await db.Organizations.SingleAsync(o => o.Slug == "demo", ct);
            db.Memberships.Add(new Membership { OrganizationId = demo.Id, UserId = user.Id, Role = r });
            await db.SaveChangesAsync(ct);
        }
    }
}
