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

    [Fact]
    public async Task A_too_short_search_word_is_explained_on_the_field_and_the_list_keeps_working()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        var rows = page.Locator("#ai-systems-table tbody tr");
        await Expect(rows.First).ToContainTextAsync("CV screening pilot");

        // Half typed: two letters are below the search rules' minimum; the field says so and the rows stay.
        await page.Locator("#search").FillAsync("cv");
        await Expect(page.Locator(".mud-input-helper-text.mud-input-error")).ToContainTextAsync("at least 3 characters");
        await Expect(rows.First).ToContainTextAsync("CV screening pilot");

        // Typed on: the search applies, the message goes and the address carries it.
        await page.Locator("#search").FillAsync("screening");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("CV screening pilot");
        await Expect(page.Locator(".mud-input-helper-text.mud-input-error")).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q=screening"));
        Assert.Empty(ui.ConsoleErrors);
    }
}
