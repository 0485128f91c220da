using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>The register's view (filters and sort) lives in the address, so a reload or a shared link shows the same rows in the same order.</summary>
public sealed class AiSystemListAddressTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_sort_is_kept_in_the_address_and_survives_a_reload()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        var rows = page.Locator("#ai-systems-table tbody tr");
        // Name ascending is the default and needs no parameter.
        await Expect(rows.First).ToContainTextAsync("CV screening pilot");
        Assert.DoesNotContain("sort=", page.Url, StringComparison.Ordinal);

        // Name descending (a second click on the column) goes into the address, next to a filter.
        await ui.ChooseAsync("#filter-status", "Any status");
        await page.Locator("#ai-systems-table thead .mud-table-sort-label", new() { HasText = "Name" }).ClickAsync();
        await Expect(rows.First).ToContainTextAsync("Transaction fraud scoring");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]sort=-name"));
        await Expect(page).ToHaveURLAsync(new Regex("[?&]status=all"));

        await page.ReloadAsync();
        await ui.WaitInteractiveAsync();
        await Expect(rows.First).ToContainTextAsync("Transaction fraud scoring");
        await Expect(page.Locator("#filter-status")).ToHaveValueAsync("Any status");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]sort=-name"));

        // A shared link with another column's sort opens sorted by it; an unknown one falls back to the default.
        await ui.GotoAsync("/o/demo/ai-systems?sort=-updatedAt");
        await Expect(page.Locator("#ai-systems-table thead th", new() { HasText = "Updated" }).Locator(".mud-direction-desc")).ToHaveCountAsync(1);
        await ui.GotoAsync("/o/demo/ai-systems?sort=nonsense");
        await Expect(rows.First).ToContainTextAsync("CV screening pilot");
        Assert.Empty(ui.ConsoleErrors);
    }
}
