using System.Text.RegularExpressions;
using Aims.Core.Administration;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>A password an operator set is replaced on the first sign-in, in the browser, before any other page opens.</summary>
public sealed class PasswordChangeUiTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_new_account_chooses_its_own_password_before_it_can_open_anything()
    {
        const string email = "new.colleague@e2e.openaims.local";
        string oneTime;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            // The same call `aims users create` makes: a generated password the owner must replace.
            var created = await scope.ServiceProvider.GetRequiredService<InstallationAdminService>()
                .CreateUserAsync("e2e-operator", email, "New Colleague", null, isSystemAdmin: false, TestContext.Current.CancellationToken);
            oneTime = created.GeneratedPassword!;
        }

        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await page.GotoAsync("/catalog");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(oneTime);
        await page.Locator("#sign-in").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/password\\?returnUrl=%2Fcatalog"));
        await Expect(page.Locator("#must-change-password")).ToBeVisibleAsync();

        // Any other page leads back here until the password is changed.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/account/password"));

        await page.Locator("#current-password").FillAsync("not-the-one-time-password");
        await page.Locator("#new-password").FillAsync("Colleague-Chosen-2026");
        await page.Locator("#change-password").ClickAsync();
        await Expect(page.Locator("#current-password-error")).ToContainTextAsync("not correct");
        Assert.Empty(await ui.UnlabelledInputsAsync());
        await ui.CheckPageAsync("change-password-error");

        await page.Locator("#current-password").FillAsync(oneTime);
        await page.Locator("#new-password").FillAsync("Colleague-Chosen-2026");
        await page.Locator("#change-password").ClickAsync();
        await ui.WaitInteractiveAsync();
        await Expect(page.Locator("#signed-in-user")).ToHaveTextAsync(email);

        // The account menu leads to the same page later, now without the notice.
        await page.Locator("#account-menu").ClickAsync();
        await page.Locator("#menu-change-password").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/password$"));
        await Expect(page.Locator("#must-change-password")).ToHaveCountAsync(0);
        Assert.Empty(ui.ConsoleErrors);
    }
}
