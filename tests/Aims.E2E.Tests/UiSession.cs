using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Aims.E2E.Tests;

/// <summary>
/// A browser context plus the habits every UI test needs: collect console errors, sign in through the real form,
/// wait for the Blazor circuit before clicking (prerendered HTML ignores clicks), save screenshots next to the tests.
/// </summary>
public sealed class UiSession : IAsyncDisposable
{
    private const float PageBudgetMs = 15_000;

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

    /// <summary>The phone width the UI must fit (an iPhone 12-15 in portrait).</summary>
    public const int PhoneWidth = 390;

    public const int DesktopWidth = 1280;

    /// <summary>The viewport width this session's page was opened with.</summary>
    public int Width { get; private init; }

    /// <param name="fixture">The app and browser.</param>
    /// <param name="width">Viewport width; phones get a phone's height and touch.</param>
    /// <param name="permissions">Browser permissions to grant the app's origin, e.g. "clipboard-read".</param>
    public static async Task<UiSession> OpenAsync(BrowserFixture fixture, int width = 1440, IEnumerable<string>? permissions = null)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var phone = width <= 600;
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = phone ? 844 : 900 },
            IsMobile = phone,
            HasTouch = phone,
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        // One budget for actions and for assertions: these tests check what the page shows, not how fast (speed is
        // measured by the benchmarks), and CI runs them beside the whole server test suite on two cores, where a page
        // with a large script (the API reference) can take longer than Playwright's default five seconds to render.
        context.SetDefaultTimeout(PageBudgetMs);
        Assertions.SetDefaultExpectTimeout(PageBudgetMs);
        if (permissions is not null)
        {
            await context.GrantPermissionsAsync(permissions, new() { Origin = fixture.App.BaseAddress.ToString().TrimEnd('/') });
        }

        return new UiSession(context, await context.NewPageAsync()) { Width = width };
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

    /// <summary>
    /// Closes an open multi-select with Escape pressed in its own field and waits until its list is gone, as a person
    /// sees it close before pressing the next button. The key goes to the field itself because only the select listens
    /// for it: after an option is clicked the focus may sit on the option, or a dialog's focus trap may have moved it.
    /// </summary>
    public async Task CloseChoicesAsync(string selectSelector)
    {
        await Page.Locator(selectSelector).PressAsync("Escape");
        await Assertions.Expect(Page.GetByRole(AriaRole.Listbox)).ToHaveCountAsync(0);
    }

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

    /// <summary>
    /// Runs axe-core (WCAG 2.x A/AA rules and best practices) on the page as it is now, including open dialogs, and
    /// returns every serious or critical violation, one line each with the elements concerned. Moderate and minor
    /// findings are not failures; the landmark rules among them are checked by <see cref="CheckPageAsync"/> instead.
    /// </summary>
    public async Task<IReadOnlyList<string>> SeriousAxeViolationsAsync()
    {
        // Judge the page as it settles, not mid-transition: a snackbar fading in has, for a moment, text and background
        // blended towards each other, which axe reports as low contrast. Endless animations (spinners) are not awaited.
        await Page.EvaluateAsync("""
            () => Promise.all(document.getAnimations()
                .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                .map(a => a.finished.catch(() => null)))
            """);
        var result = await Page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at " +
                         string.Join(" | ", v.Nodes.Take(5).Select(n => $"{n.Target} ({string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"
                                 .ReplaceLineEndings(" "))))
            .ToList();
    }

    /// <summary>How much wider than the viewport the document is (0 when it fits): the phone-width promise.</summary>
    public async Task<int> HorizontalOverflowAsync() =>
        await Page.EvaluateAsync<int>("() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");

    /// <summary>
    /// The checks every page must pass, for any E2E test to call on the state it reached: no serious/critical axe
    /// finding, exactly one <c>main</c> landmark, nothing wider than the screen. Also saves a screenshot named after
    /// the page and the width for people to look at. Returns the problems, one line each (empty when all is well).
    /// </summary>
    public async Task<IReadOnlyList<string>> PageProblemsAsync(string name)
    {
        var problems = new List<string>(await SeriousAxeViolationsAsync());
        var mains = await Page.Locator("main, [role=main]").CountAsync();
        if (mains != 1)
        {
            problems.Add($"{mains} main landmarks (expected exactly one)");
        }

        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (scrollWidth > Width)
        {
            problems.Add($"document is {scrollWidth} px wide at a {Width} px viewport; widest: {await WidestElementsAsync()}");
        }

        // A phone screenshot shows what the person sees (fixed sheets included); a desktop one the whole page.
        await ScreenshotAsync($"{name}-{Width}", fullPage: Width > PhoneWidth);
        return problems.Select(p => $"{name} at {Width} px: {p}").ToList();
    }

    /// <summary>Fails the test on any of <see cref="PageProblemsAsync"/>'s findings.</summary>
    public async Task CheckPageAsync(string name)
    {
        var problems = await PageProblemsAsync(name);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // Names the elements that stick out past the right edge, so a failing width check says what to fix.
    // (Measured against the intended width: a phone browser widens its layout viewport to fit wide content.)
    private Task<string> WidestElementsAsync() => Page.EvaluateAsync<string>("""
        width => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1)
            .slice(0, 8)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].slice(0, 3).join('.')} (${Math.round(e.getBoundingClientRect().right)})`)
            .join(', ')
        """, Width);

    public async Task<string> ScreenshotAsync(string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
