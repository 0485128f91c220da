using Microsoft.Playwright;

namespace Aims.E2E.Tests;

/// <summary>
/// One app and one Chromium for the test class. Chromium comes from the system (Debian's package) rather than a
/// Playwright download, so the tests run offline; without it the tests fail loudly, because CI installs it and a skipped
/// E2E test would hide a broken UI.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public AimsAppFactory App { get; } = new();

    public IPlaywright Playwright { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        var path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{path}'. Install it (Debian: 'apt-get install -y chromium') or set CHROMIUM_PATH " +
                "to a Chromium or Chrome executable. The end-to-end tests need a real browser and do not download one.");
        }

        return path;
    }

    public async ValueTask InitializeAsync()
    {
        var chromium = ChromiumPath();
        App.Start();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        await App.DisposeAsync();
    }
}
