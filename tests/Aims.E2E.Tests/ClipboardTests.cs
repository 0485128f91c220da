using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>Copying a new API token says what happened: "Copied" when it worked, and how to copy it by hand when the browser refuses.</summary>
public sealed class ClipboardTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Copying_a_new_token_puts_it_on_the_clipboard_and_says_copied()
    {
        await using var ui = await UiSession.OpenAsync(fixture, permissions: ["clipboard-read", "clipboard-write"]);
        var token = await CreateTokenAsync(ui, "E2E clipboard granted");

        await ui.Page.Locator("#copy-token").ClickAsync();
        await Expect(ui.Page.Locator(".mud-snackbar", new() { HasText = "Copied" })).ToBeVisibleAsync();
        await Expect(ui.Page.Locator("#copy-result")).ToHaveTextAsync("Copied to the clipboard.");
        // Above the dialog's backdrop, not dimmed behind it: the snackbar is what is on top at its own centre.
        Assert.True(await ui.Page.Locator(".mud-snackbar", new() { HasText = "Copied" }).EvaluateAsync<bool>("""
            e => { const r = e.getBoundingClientRect(); return e.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); }
            """));
        Assert.Equal(token, await ui.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await ui.ScreenshotAsync("token-copied");
        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task When_the_browser_refuses_the_clipboard_the_page_says_so_and_selects_the_token()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var token = await CreateTokenAsync(ui, "E2E clipboard refused");
        // A browser that refuses: the Clipboard API rejects (as on a denied permission) and so does the copy command.
        await ui.Page.EvaluateAsync("""
            () => {
                navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
                document.execCommand = () => false;
            }
            """);

        await ui.Page.Locator("#copy-token").ClickAsync();
        await Expect(ui.Page.Locator(".mud-snackbar", new() { HasText = "refused access to the clipboard" })).ToBeVisibleAsync();
        await Expect(ui.Page.Locator("#copy-result")).ToContainTextAsync("press Ctrl+C");
        // The token is selected in its field, so Ctrl+C is all that is left to do.
        await Expect(ui.Page.Locator("#token-value")).ToBeFocusedAsync();
        Assert.Equal(token, await ui.Page.EvaluateAsync<string>(
            "() => { const f = document.getElementById('token-value'); return f.value.substring(f.selectionStart, f.selectionEnd); }"));
        await ui.ScreenshotAsync("token-copy-refused");
        Assert.Empty(ui.ConsoleErrors);
    }

    private static async Task<string> CreateTokenAsync(UiSession ui, string name)
    {
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/tokens");
        await ui.Page.Locator("#new-token").ClickAsync();
        await ui.Page.Locator("#token-name").FillAsync(name + " " + Guid.NewGuid().ToString("N")[..6]);
        await ui.Page.Locator("#create-token").ClickAsync();
        await Expect(ui.Page.Locator("#token-value")).ToBeVisibleAsync();
        return await ui.Page.Locator("#token-value").InputValueAsync();
    }
}
