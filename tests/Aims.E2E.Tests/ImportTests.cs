using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// Importing datasets in Chromium: a file with bad rows lists each problem by line and field and offers no import;
/// the corrected file previews its rows and imports them, and the list shows them. The dialog passes the page checks.
/// </summary>
public sealed class ImportTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_dataset_file_is_refused_line_by_line_then_imported_once_corrected()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/datasets");
        await page.Locator("#import-records").ClickAsync();
        await Expect(page.Locator("#confirm-import")).ToBeDisabledAsync();

        var header = "name,purpose,acquisition,personalData,legalBasis\n";
        var bad = header + $"Import {tag} A,training,collectedInHouse,none,\n" + $"Import {tag} B,trainingg,collectedInHouse,personal,\n";
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "datasets.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });
        await Expect(page.Locator("#import-summary")).ToContainTextAsync("2 row(s) read, 2 problem(s) in 1 line(s)");
        var errors = page.Locator("#import-errors tbody tr");
        await Expect(errors).ToHaveCountAsync(2);
        await Expect(errors.Nth(0)).ToContainTextAsync(new Regex("3\\s*Purpose\\s*'trainingg' is not a value of Purpose"));
        await Expect(errors.Nth(1)).ToContainTextAsync("Legal basis is required");
        await Expect(page.Locator("#confirm-import")).ToBeDisabledAsync();
        await ui.CheckPageAsync("import-errors");

        var good = header + $"Import {tag} A,training,collectedInHouse,none,\n" + $"Import {tag} B,Training,collectedInHouse,personal,GDPR Art. 6(1)(f)\n";
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "datasets.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(good) });
        await Expect(page.Locator("#import-summary")).ToContainTextAsync("2 row(s) read, no problems");
        await Expect(page.Locator("#import-preview tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("#confirm-import")).ToHaveTextAsync("Import 2 datasets");
        await page.Locator("#confirm-import").ClickAsync();
        await Expect(page.GetByText("Imported 2 datasets.")).ToBeVisibleAsync();
        await page.Locator("#search").FillAsync($"Import {tag}");
        await Expect(page.Locator("#register-total")).ToHaveTextAsync("2 datasets");
        Assert.Empty(ui.ConsoleErrors);
    }
}
