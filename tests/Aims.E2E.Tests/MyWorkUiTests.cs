using System.Text.RegularExpressions;
using Aims.Core.Access;
using Aims.Core.Reminders.Notifications;
using Aims.Web.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// Reminders in Chromium: "my work" lists a real item (an API token about to expire) with its kind, link, due text
/// and reason; the bell counts what a reminder cycle created and marks it read on click; the organization's time
/// zone is chosen on the settings page, refused with a message on the field when unknown, and used by "my work".
/// </summary>
public sealed class MyWorkUiTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task My_work_lists_a_token_expiring_in_three_days_and_the_bell_counts_its_reminder()
    {
        var ct = TestContext.Current.CancellationToken;
        var name = "E2E expiring " + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var admin = await DemoData.AdminAsync(scope.ServiceProvider, ct);
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                .CreateAsync(admin, new ApiTokenInput { Name = name, Role = Role.Viewer, ExpiresInDays = 3 }, ct);
            // What the background worker does every interval, run now so the test need not wait for it.
            await fixture.App.Services.GetRequiredService<ReminderRunner>().RunOnceAsync(ct);
        }

        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        await page.Locator("#nav-demo-my-work").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/my-work$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My work", Level = 1 })).ToBeVisibleAsync();

        var item = page.Locator(".my-work-item", new() { HasText = name });
        await Expect(item).ToContainTextAsync("API token expiring");
        await Expect(item.Locator(".my-work-due")).ToContainTextAsync("Due in 3 days");
        await Expect(item.Locator(".my-work-reason")).ToContainTextAsync("Its last working day is in 3 days");
        await Expect(item.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(name)) }))
            .ToHaveAttributeAsync("href", "/o/demo/tokens");
        await Expect(page.Locator("#my-work-zone")).ToContainTextAsync("time zone");

        // The bell shows exactly what Core counts as unread for the admin here (the cycle added the token's reminder).
        var unread = await UnreadAsync(ct);
        Assert.True(unread >= 1, "The reminder cycle created no notification for the expiring token.");
        var badge = page.Locator(".notification-count");
        await Expect(badge).ToHaveTextAsync(unread > 99 ? "99+" : unread.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var bell = page.Locator("#notifications-menu button").First;
        await Expect(bell).ToHaveAttributeAsync("aria-label", new Regex($"Notifications, {unread} unread notification"));
        await bell.ClickAsync();
        var entry = page.Locator(".notification-item", new() { HasText = name });
        await Expect(entry).ToContainTextAsync("API token expiring");
        await ui.ScreenshotAsync("notifications-menu");

        // Opening a notification marks it read and goes where it links.
        await entry.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/tokens$"));
        await Expect(page.Locator("#tokens-table")).ToBeVisibleAsync();
        Assert.Equal(unread - 1, await UnreadAsync(ct));
        await Expect(bell).ToHaveAttributeAsync("aria-label", new Regex(unread - 1 == 0 ? "No unread" : $"{unread - 1} unread"));

        if (unread > 1)
        {
            await bell.ClickAsync();
            await page.Locator("#notifications-read-all").ClickAsync();
            await Expect(bell).ToHaveAttributeAsync("aria-label", new Regex("No unread notifications"));
            Assert.Equal(0, await UnreadAsync(ct));
        }

        await Expect(badge).ToBeHiddenAsync();
        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task Admin_picks_a_time_zone_an_unknown_one_is_refused_on_the_field_and_my_work_uses_the_new_zone()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/settings");
        var field = page.Locator("#time-zone");
        await Expect(page.Locator("#time-zone-current")).ToContainTextAsync("the local time there is");

        await field.FillAsync("Nowhere/Atlantis");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#save-settings").ClickAsync();
        await Expect(page.GetByText("Unknown time zone 'Nowhere/Atlantis'")).ToBeVisibleAsync();
        Assert.Empty(await ui.UnlabelledInputsAsync());
        await ui.ScreenshotAsync("settings-time-zone-refused");

        await field.FillAsync("Auckland");
        await page.Locator(".mud-popover-open").GetByText("Pacific/Auckland", new() { Exact = true }).ClickAsync();
        await Expect(field).ToHaveValueAsync("Pacific/Auckland");
        await page.Locator("#save-settings").ClickAsync();
        await Expect(page.Locator("#time-zone-current")).ToContainTextAsync("Currently Pacific/Auckland");
        await Expect(page.GetByText("Unknown time zone")).ToHaveCountAsync(0);

        // Persisted: a fresh load shows it, and "my work" counts days in it.
        await page.ReloadAsync();
        await ui.WaitInteractiveAsync();
        await Expect(field).ToHaveValueAsync("Pacific/Auckland");
        await Expect(page.Locator("#time-zone-current")).ToContainTextAsync(new Regex(@"local time there is \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC\+1[23]:00\)"));
        await ui.GotoAsync("/o/demo/my-work");
        await Expect(page.Locator("#my-work-zone")).ToContainTextAsync("Pacific/Auckland");

        // Back to UTC, so the other tests of this app see the seeded zone.
        await ui.GotoAsync("/o/demo/settings");
        await field.FillAsync("UTC");
        await page.Locator(".mud-popover-open").GetByText("UTC", new() { Exact = true }).ClickAsync();
        await Expect(field).ToHaveValueAsync("UTC");
        await page.Locator("#save-settings").ClickAsync();
        await Expect(page.Locator("#time-zone-current")).ToContainTextAsync("Currently UTC");
        Assert.Empty(ui.ConsoleErrors);
    }

    private async Task<int> UnreadAsync(CancellationToken ct)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var admin = await DemoData.AdminAsync(scope.ServiceProvider, ct);
        var list = await scope.ServiceProvider.GetRequiredService<NotificationService>().ListAsync(admin, unreadOnly: true, 1, 1, ct);
        return list.Unread;
    }
}
