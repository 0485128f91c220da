using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Aims.Core.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// Administration of an organization in Chromium: an API token is shown exactly once, works against the real API and
/// stops working when revoked; members are added, promoted and removed with the last-Admin rule visible.
/// </summary>
public sealed class MembersAndTokensTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_creates_a_token_sees_it_once_uses_it_against_the_api_and_revokes_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        await page.Locator("#nav-demo-tokens").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/tokens$"));
        await Expect(page.Locator("#tokens-table")).ToBeVisibleAsync();

        var name = "E2E pipeline " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#new-token").ClickAsync();
        await page.Locator("#create-token").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Name is required");
        await page.Locator("#token-name").FillAsync(name);
        await ui.ChooseAsync("#token-role", "Contributor");
        await page.Locator("#token-expires").FillAsync("30");
        Assert.Empty(await ui.UnlabelledInputsAsync());
        await ui.ScreenshotAsync("token-dialog");
        await page.Locator("#create-token").ClickAsync();

        // Shown once, with the warning and a copy button.
        await Expect(page.Locator("#token-once-warning")).ToContainTextAsync("only time");
        var value = await page.Locator("#token-value").InputValueAsync();
        Assert.StartsWith("aims_", value, StringComparison.Ordinal);
        await page.Locator("#copy-token").ClickAsync();
        await Expect(page.Locator("#copy-result")).ToBeVisibleAsync();
        Assert.Empty(await ui.UnlabelledInputsAsync());
        await ui.ScreenshotAsync("token-created");
        await page.Locator("#token-done").ClickAsync();
        await Expect(page.Locator("#token-value")).ToHaveCountAsync(0);

        var row = page.Locator("#tokens-table tbody tr", new() { HasText = name });
        await Expect(row).ToContainTextAsync("Contributor");
        await Expect(row).ToContainTextAsync("Active");
        await Expect(row).ToContainTextAsync(value[..12]);
        // The list never shows the value again, not even after a reload.
        await page.ReloadAsync();
        await ui.WaitInteractiveAsync();
        await Expect(row).ToBeVisibleAsync();
        Assert.DoesNotContain(value, await page.ContentAsync(), StringComparison.Ordinal);
        await ui.ScreenshotAsync("tokens");

        // It works against the API over the real Kestrel address, with its capped role.
        using var http = new HttpClient { BaseAddress = fixture.App.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", value);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/orgs/demo/ai-systems", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/v1/orgs/demo/tokens", ct)).StatusCode);

        // Revoke with confirmation: the token stops working at once.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Revoke {name}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0); // the list shows active tokens by default
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/orgs/demo/ai-systems", ct)).StatusCode);
        await ui.ChooseAsync("#filter-token-state", "Revoked");
        await Expect(row).ToContainTextAsync("Revoked");
        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task Admin_adds_a_member_changes_the_role_and_removes_them_but_not_the_last_admin()
    {
        var email = $"member-{Guid.NewGuid():N}"[..15] + "@e2e.openaims.local";
        await CreateAccountAsync(email);
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        await page.Locator("#nav-demo-members").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/members$"));
        await Expect(page.Locator("#members-table")).ToContainTextAsync(AimsAppFactory.AdminEmail);

        await page.Locator("#add-member").ClickAsync();
        await page.Locator("#member-email").FillAsync("nobody@nowhere.test");
        await page.Locator("#save-member").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("No account uses");
        await page.Locator("#member-email").FillAsync(email);
        await ui.ChooseAsync("#member-role", "Contributor");
        Assert.Empty(await ui.UnlabelledInputsAsync());
        await page.Locator("#save-member").ClickAsync();
        await Expect(page.Locator("#save-member")).ToHaveCountAsync(0);

        var row = page.Locator("#members-table tbody tr", new() { HasText = email });
        await Expect(row).ToContainTextAsync("Contributor");
        await page.Locator("#member-search").FillAsync(email);
        await Expect(page.Locator("#members-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#members-total")).ToContainTextAsync("1 of");

        // Change the role inline.
        await ui.ChooseAsync(row.GetByLabel(new Regex("^Role of ")), "Auditor");
        await Expect(row.Locator("[id^='role-chip-']")).ToHaveTextAsync("Auditor");
        Assert.Empty(await ui.UnlabelledInputsAsync());
        await ui.ScreenshotAsync("members");

        // Remove with confirmation.
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Remove ") }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Remove", Exact = true }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);

        // The only Admin cannot remove themselves: Core says why at once, without first asking to confirm.
        await page.Locator("#member-search").FillAsync(AimsAppFactory.AdminEmail);
        var me = page.Locator("#members-table tbody tr", new() { HasText = AimsAppFactory.AdminEmail });
        await Expect(page.Locator("#members-table tbody tr")).ToHaveCountAsync(1);
        await me.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Remove ") }).ClickAsync();
        await Expect(page.GetByText(new Regex("cannot remove the last Admin"))).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(me).ToContainTextAsync("Admin");

        // Nor demote themselves (no "change your own role?" question first), and the selector goes back to the saved role.
        var myRole = me.GetByLabel(new Regex("^Role of "));
        await myRole.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Viewer", Exact = true }).ClickAsync();
        await Expect(page.GetByText(new Regex("cannot demote the last Admin"))).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(me.GetByLabel(new Regex("^Role of "))).ToHaveValueAsync("Admin");
        await Expect(me.Locator("[id^='role-chip-']")).ToHaveTextAsync("Admin");
        await ui.ScreenshotAsync("members-last-admin");
        Assert.Empty(ui.ConsoleErrors);
    }

    private async Task CreateAccountAsync(string email)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var user = new AimsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        var created = await users.CreateAsync(user, AimsAppFactory.AdminPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
    }
}
