using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// EU AI Act classification in Chromium: a new system is not classified; the questionnaire refuses a derogation without
/// its justification on the field; answered as a recruiter's CV screener, it is high-risk with the deployer's duties and
/// their Digital Omnibus date, shown on the page.
/// </summary>
public sealed class EuAiActTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_cv_screener_is_classified_high_risk_through_the_questionnaire()
    {
        var ct = TestContext.Current.CancellationToken;
        var system = await DemoData.CreateSystemAsync(fixture.App, "E2E screener " + Guid.NewGuid().ToString("N")[..6], ct);
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync($"/o/demo/ai-systems/{system.Id:D}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "EU AI Act" }).ClickAsync();
        await Expect(page.Locator("#eu-ai-act-none")).ToBeVisibleAsync();

        await page.Locator("#classify-eu-ai-act").ClickAsync();
        await ui.ChooseAsync("#euaiact-role", "Deployer");
        await page.Locator("#euaiact-annexIIIAreas").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^Employment and workers management") }).ClickAsync();
        await ui.CloseChoicesAsync("#euaiact-annexIIIAreas");
        // A derogation without its justification is refused on the field, before anything is stored.
        var derogation = page.GetByLabel(new Regex("rely on the Art\\. 6\\(3\\) derogation"));
        // Its follow-up questions are asked only once the derogation is claimed, and go again when it is not.
        await Expect(page.Locator("#euaiact-derogationJustification")).ToHaveCountAsync(0);
        await derogation.CheckAsync();
        await Expect(page.Locator("#euaiact-derogationJustification")).ToBeVisibleAsync();
        await page.Locator("#save-euaiact").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("needs its documented justification");
        await page.Locator("#euaiact-derogationJustification").FillAsync("Only reformats CVs; ranks nothing.");
        await derogation.UncheckAsync();
        await Expect(page.Locator("#euaiact-derogationJustification")).ToHaveCountAsync(0);
        await page.Locator("#save-euaiact").ClickAsync();

        await Expect(page.Locator("#eu-ai-act-tier")).ToHaveTextAsync("High-risk");
        var art26 = page.Locator("#eu-ai-act-obligations tr", new() { HasText = "Art. 26" });
        await Expect(art26).ToContainTextAsync("2027-12-02");
        // The Annex III duties apply from 2 December 2027 (the Digital Omnibus date); the page says whether that day has come.
        await Expect(art26).ToContainTextAsync(DateTime.UtcNow.Date >= new DateTime(2027, 12, 2) ? "Applies now" : "Not yet");
        await Expect(page.Locator("#eu-ai-act-obligations tr", new() { HasText = "Art. 4" })).ToContainTextAsync("Applies now");
        await Expect(page.Locator("#eu-ai-act-reasons")).ToContainTextAsync("Annex III(4)");
        // The answer to a follow-up whose question was answered "no" is not stored.
        var stored = await page.Context.APIRequest.GetAsync($"/api/v1/orgs/demo/ai-systems/{system.Id:D}/eu-ai-act");
        var answers = System.Text.Json.JsonDocument.Parse(await stored.TextAsync()).RootElement.GetProperty("answers");
        Assert.False(answers.TryGetProperty("derogationJustification", out var justification) && justification.ValueKind != System.Text.Json.JsonValueKind.Null,
            answers.GetRawText());
        await ui.ScreenshotAsync("eu-ai-act-classified");
        Assert.Empty(ui.ConsoleErrors);
    }
}
