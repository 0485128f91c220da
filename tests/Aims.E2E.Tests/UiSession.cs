using Microsoft.Playwright;

namespace Aims.E2E.Tests;

/// <summary>
/// A browser context plus the habits every UI test needs: collect console errors, sign in through the real form,
/// wait for the Blazor circuit before clicking (prerendered HTML ignores clicks), save screenshots next to the tests.
/// </summary>
public sealed class UiSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private UiSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        Page.PageError += (_, error) => ConsoleErrors.Add(error);
    }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<UiSession> OpenAsync(BrowserFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        return new UiSession(context, await context.NewPageAsync());
    }

    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/");
        // Unauthenticated visitors land on the static sign-in page with a return URL.
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Page.Locator("#email").FillAsync(email);
        await Page.Locator("#password").FillAsync(password);
        await Page.Locator("#sign-in").ClickAsync();
        await WaitInteractiveAsync();
    }

    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitInteractiveAsync();
    }

    /// <summary>
    /// Picks <paramref name="option"/> in a MudSelect and waits until the select shows it. MudSelect applies a choice
    /// only after a JavaScript round trip (it closes its popover first), and the circuit runs the next event (a click on
    /// Save) in that gap: a test that clicks on at once saves the old value. A person sees the new value before they
    /// go on, so the test waits for exactly that.
    /// </summary>
    public async Task ChooseAsync(ILocator select, string option)
    {
        ArgumentNullException.ThrowIfNull(select);
        await select.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(select).ToHaveValueAsync(option);
    }

    public Task ChooseAsync(string selectSelector, string option) => ChooseAsync(Page.Locator(selectSelector), option);

    public Task WaitInteractiveAsync() =>
        Page.Locator("#interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Every form control a person can reach must have an accessible name (a label, aria-label or aria-labelledby).
    /// Returns a description of each one without, so a failing assertion names them.
    /// </summary>
    public async Task<IReadOnlyList<string>> UnlabelledInputsAsync() =>
        await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, select, textarea')]
                .filter(e => e.type !== 'hidden' && e.offsetParent !== null)
                .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                .map(e => `${e.tagName.toLowerCase()}#${e.id || '?'}.${e.className}`)
            """);

    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
