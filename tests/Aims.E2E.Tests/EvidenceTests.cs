using System.Text;
using System.Text.RegularExpressions;
using Aims.Core.Evidence;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// The evidence library in the browser: a file uploaded through the form streams to the API and comes back byte for
/// byte, a file whose content is not allowed is refused on the form with the API's reason, a record reference names
/// and links the record it is, and expired evidence is found with the validity filter.
/// </summary>
public sealed class EvidenceTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_pdf_uploaded_with_a_control_is_listed_shown_and_downloads_the_same_bytes()
    {
        var title = "E2E bias test report " + Guid.NewGuid().ToString("N")[..6];
        var bytes = EvidenceData.Pdf(title);
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);

        await ui.GotoAsync("/o/demo/evidence");
        await page.Locator("#add-evidence").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/evidence/new$"));
        await ui.WaitInteractiveAsync();
        await page.Locator("#evidence-title").FillAsync(title);
        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "bias-report.pdf", MimeType = "application/pdf", Buffer = bytes });
        await page.Locator("#evidence-effective").FillAsync("2026-01-15");
        await page.Locator("#evidence-controls").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex(@"^A\.6\.2\.4\b") }).ClickAsync();
        await ui.CloseChoicesAsync("#evidence-controls");
        await Expect(page.Locator("#evidence-controls")).ToHaveValueAsync("A.6.2.4");
        await page.Locator("#save-evidence").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/evidence/[0-9a-f-]{36}$"));
        await Expect(page.Locator("#evidence-title")).ToHaveTextAsync(title);
        var itemUrl = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("#evidence-controls")).ToContainTextAsync("A.6.2.4");
        await Expect(page.Locator("#evidence-effective")).ToContainTextAsync("2026-01-15");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Files") }).ClickAsync();
        await Expect(page.Locator("#current-file-kind")).ToContainTextAsync("PDF");
        await Expect(page.Locator("#current-file-sha256")).ToHaveTextAsync(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-current").ClickAsync());
        Assert.Equal("bias-report.pdf", download.SuggestedFilename);
        var path = await download.PathAsync();
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));

        // Listed under its control, the filter in the address.
        await ui.GotoAsync("/o/demo/evidence?control=A.6.2.4");
        await Expect(page.Locator("#evidence-table")).ToContainTextAsync(title);
        await Expect(page.Locator("#filter-control")).ToHaveValueAsync(new Regex(@"^A\.6\.2\.4"));

        // Archived with a reason it stays readable, and restore brings it back.
        await ui.GotoAsync(itemUrl);
        await page.Locator("#archive-evidence").ClickAsync();
        await page.Locator("#reason-text").FillAsync("Superseded by the 2027 bias test");
        await page.Locator("#confirm-reason").ClickAsync();
        await Expect(page.Locator("#archived-note")).ToContainTextAsync("Superseded by the 2027 bias test");
        await page.Locator("#restore-evidence").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();
        await Expect(page.Locator("#archived-note")).ToHaveCountAsync(0);
        await Expect(page.Locator("#archive-evidence")).ToBeVisibleAsync();

        // Edited: a title left empty saves nothing and says why; then a new title and one more control.
        await page.Locator("#edit-evidence").ClickAsync();
        await Expect(page.Locator("#edit-evidence-title")).ToHaveValueAsync(title);
        await page.Locator("#edit-evidence-title").FillAsync("");
        await page.Locator("#save-evidence-edit").ClickAsync();
        await Expect(page.Locator("#evidence-edit-error")).ToContainTextAsync("Nothing was saved");
        await page.Locator("#edit-evidence-title").FillAsync(title + " (reviewed)");
        await page.Locator("#edit-evidence-controls").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex(@"^A\.6\.2\.6\b") }).ClickAsync();
        await ui.CloseChoicesAsync("#edit-evidence-controls");
        await ui.CheckPageAsync("evidence-edit");
        await page.Locator("#save-evidence-edit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#evidence-title")).ToHaveTextAsync(title + " (reviewed)");
        await Expect(page.Locator("#evidence-controls")).ToContainTextAsync("A.6.2.6");
        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task A_record_reference_names_the_ai_system_it_is_and_links_a_document()
    {
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var system = await DemoData.CreateSystemAsync(fixture.App, "E2E referenced system " + suffix, ct);
        var document = await DemoData.CreateDocumentAsync(fixture.App, "E2E inventory procedure " + suffix, ct);
        var title = "E2E inventory entry " + suffix;
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/evidence/new");
        await ui.WaitInteractiveAsync();
        await page.Locator("#evidence-kind-record").ClickAsync();
        await page.Locator("#evidence-title").FillAsync(title);

        // Saved without choosing the record: nothing is stored and the field says what is missing.
        await page.Locator("#save-evidence").ClickAsync();
        await Expect(page.Locator(".mud-select").Filter(new() { Has = page.Locator("#evidence-reference") }).Locator(".mud-input-helper-text"))
            .ToContainTextAsync("needs the record");
        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/evidence/new$"));

        await ui.ChooseAsync("#evidence-reference", system.Name);
        await page.Locator("#evidence-documents").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = document.Title, Exact = true }).ClickAsync();
        await ui.CloseChoicesAsync("#evidence-documents");
        await Expect(page.Locator("#evidence-documents")).ToHaveValueAsync(document.Title);
        await ui.CheckPageAsync("evidence-new-record");
        await page.Locator("#save-evidence").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/evidence/[0-9a-f-]{36}$"));
        await Expect(page.Locator("#evidence-kind")).ToHaveTextAsync("Record reference");
        await Expect(page.Locator("#evidence-reference")).ToHaveTextAsync(system.Name);
        await Expect(page.Locator("#evidence-reference a")).ToHaveAttributeAsync("href", $"/o/demo/ai-systems/{system.Id:D}");
        await Expect(page.Locator("#evidence-documents a")).ToHaveAttributeAsync("href", $"/o/demo/documents/{document.Id:D}");

        // The edit dialog keeps the document link and can take it off.
        await page.Locator("#edit-evidence").ClickAsync();
        await Expect(page.Locator("#edit-evidence-documents")).ToHaveValueAsync(document.Title);
        await page.Locator("#edit-evidence-documents").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = document.Title, Exact = true }).ClickAsync();
        await ui.CloseChoicesAsync("#edit-evidence-documents");
        await page.Locator("#save-evidence-edit").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#evidence-documents")).ToHaveTextAsync("—");
        await Expect(page.Locator("#evidence-reference")).ToHaveTextAsync(system.Name);
        Assert.Empty(ui.ConsoleErrors);

        await using var phone = await UiSession.OpenAsync(fixture, width: 390);
        await phone.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await phone.GotoAsync("/o/demo/evidence/new");
        await phone.WaitInteractiveAsync();
        await phone.Page.Locator("#evidence-kind-record").ClickAsync();
        await Expect(phone.Page.Locator("#evidence-reference")).ToBeVisibleAsync();
        await phone.CheckPageAsync("evidence-new-record-phone");
    }

    [Fact]
    public async Task An_html_page_renamed_pdf_is_refused_on_the_form_with_the_reason()
    {
        var title = "E2E renamed page " + Guid.NewGuid().ToString("N")[..6];
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/evidence/new");
        await page.Locator("#evidence-title").FillAsync(title);
        var html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "report.pdf", MimeType = "application/pdf", Buffer = html });
        await page.Locator("#save-evidence").ClickAsync();

        var error = page.Locator("#evidence-file-error");
        await Expect(error).ToContainTextAsync("not accepted");
        await Expect(error).ToContainTextAsync("PDF");
        await Expect(page).ToHaveURLAsync(new Regex("/o/demo/evidence/new$"));
        await ui.GotoAsync("/o/demo/evidence?q=" + Uri.EscapeDataString(title));
        await Expect(page.Locator("#evidence-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Evidence_past_its_valid_until_date_is_found_with_the_expired_filter()
    {
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var expired = await EvidenceData.UploadPdfAsync(fixture.App, new EvidenceItemInput
        {
            Title = "E2E expired certificate " + suffix,
            EffectiveDate = new DateOnly(2020, 1, 1),
            ValidUntil = new DateOnly(2020, 12, 31),
            Controls = ["A.6.2.4"],
        }, ct);
        var valid = await EvidenceData.UploadPdfAsync(fixture.App, new EvidenceItemInput { Title = "E2E current certificate " + suffix }, ct);
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/evidence?q=" + suffix);
        await Expect(page.Locator("#evidence-table")).ToContainTextAsync(valid.Title);

        await ui.ChooseAsync("#filter-validity", "Expired");
        var table = page.Locator("#evidence-table");
        await Expect(table).ToContainTextAsync(expired.Title);
        await Expect(table).Not.ToContainTextAsync(valid.Title);
        await Expect(table.Locator("[data-validity='expired']")).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(new Regex("validity=expired"));

        await table.GetByText(expired.Title).ClickAsync();
        await Expect(page.Locator("#evidence-validity-reason")).ToContainTextAsync("Expired: valid until 2020-12-31");
        Assert.Empty(ui.ConsoleErrors);
    }
}
