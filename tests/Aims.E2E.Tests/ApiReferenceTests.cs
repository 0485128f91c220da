using System.Text.RegularExpressions;
using Aims.Core.Access;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// The API reference at /scalar in Chromium: every request goes to the app itself (it works without internet), a
/// pasted bearer token is used by the examples and by "Test Request", it links back to the app and shows no vendor
/// upsell.
/// </summary>
public sealed class ApiReferenceTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_api_reference_works_offline_takes_a_pasted_bearer_token_and_links_back_without_upsell()
    {
        var ct = TestContext.Current.CancellationToken;
        string token;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
            token = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                .CreateAsync(caller, new ApiTokenInput { Name = "E2E api reference", Role = Role.Viewer, ExpiresInDays = 1 }, ct)).Token;
        }

        // Not signed in: only the token can authenticate the requests sent from the reference.
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        var origin = fixture.App.BaseAddress.GetLeftPart(UriPartial.Authority);
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        await page.GotoAsync("/scalar");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "OpenAIMS API", Exact = true })).ToBeVisibleAsync();

        // The auth example in the description keeps its "<token>" (Markdown would swallow it as an HTML tag).
        await Expect(page.GetByText("Authorization: Bearer <token>").First).ToBeVisibleAsync();
        await Expect(page.Locator("#back-to-app")).ToHaveAttributeAsync("href", "/");
        // No vendor upsell: no "Powered by" link, no client-app button, no AI chat, no developer toolbar.
        await Expect(page.Locator("a[href*='scalar.com']:visible")).ToHaveCountAsync(0);
        await Expect(page.GetByText(new Regex("Powered by|Open API Client|Ask AI|Try Scalar|Scalar Cloud", RegexOptions.IgnoreCase)).Locator("visible=true"))
            .ToHaveCountAsync(0);

        // Paste the token; the request examples then carry it.
        await page.GetByLabel("Bearer Token").First.FillAsync(token);
        await Expect(page.GetByText($"Authorization: Bearer {token}").First).ToBeAttachedAsync();
        await ui.ScreenshotAsync("scalar", fullPage: false);

        // "Test Request" on GET /api/v1/me answers as the token's owner.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Account") }).First.ClickAsync();
        await page.GetByText("Who the API thinks you are").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Test Request (get /api/v1/me)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Send") }).First.ClickAsync();
        await Expect(page.GetByText(AimsAppFactory.AdminEmail).Last).ToBeVisibleAsync();
        await ui.ScreenshotAsync("scalar-test-request", fullPage: false);

        Assert.True(foreign.Count == 0, "Requests outside the app's origin: " + string.Join(", ", foreign));
        Assert.Empty(ui.ConsoleErrors);
    }
}
