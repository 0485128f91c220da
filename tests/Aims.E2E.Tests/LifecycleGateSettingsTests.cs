using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// Configuring a gate in Chromium: the AI system list leads to the gates; a change is saved only on Save, survives a
/// reload, shows as configured, and "Use the Annex A default" takes it back. The page passes the page checks at both widths.
/// </summary>
public sealed class LifecycleGateSettingsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_gate_is_configured_saved_and_returned_to_its_default()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        await page.Locator("#lifecycle-gates-link").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Lifecycle gates");
        var retirement = page.Locator("#gate-rule-retirement");
        await Expect(retirement).ToContainTextAsync("Annex A default");
        await Expect(page.Locator("#save-gates")).ToBeDisabledAsync();
        await ui.CheckPageAsync("lifecycle-gates");

        // Retirement also asks for the event-log decision (what happens to the logs when the system goes).
        await page.Locator("#gate-retirement-eventLogDecision").CheckAsync();
        await Expect(retirement).ToContainTextAsync("Configured");
        await page.Locator("#save-gates").ClickAsync();
        await Expect(page.GetByText("Gates saved.")).ToBeVisibleAsync();
        await Expect(page.Locator("#save-gates")).ToBeDisabledAsync();
        // The reloaded page is prerendered before it is interactive; a click in that gap would be lost.
        await page.ReloadAsync();
        await ui.WaitInteractiveAsync();
        await Expect(page.Locator("#gate-retirement-eventLogDecision")).ToBeCheckedAsync();
        await Expect(page.Locator("#gate-retirement-retirementPlan")).ToBeCheckedAsync();
        await Expect(retirement).ToContainTextAsync("Configured");

        await page.Locator("#gate-retirement-default").ClickAsync();
        await page.Locator("#save-gates").ClickAsync();
        await Expect(page.GetByText("Gates saved.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await ui.WaitInteractiveAsync();
        await Expect(page.Locator("#gate-retirement-eventLogDecision")).Not.ToBeCheckedAsync();
        await Expect(retirement).ToContainTextAsync("Annex A default");
        await page.SetViewportSizeAsync(390, 844);
        await ui.CheckPageAsync("lifecycle-gates-phone");
        Assert.Empty(ui.ConsoleErrors);
    }
}
