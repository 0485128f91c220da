using System.Text;
using System.Text.RegularExpressions;
using Aims.Core.Documents;
using Aims.Core.Documents.Input;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// Versions that are not written in the editor, in the browser. A policy that exists as a signed PDF: pressing Upload without a file or with a web page renamed
/// .pdf says what is wrong and changes nothing; the PDF then becomes the draft's content, survives Save (the summary
/// only), is submitted as it is, and the version tab offers it for download. An inventory built from the AI system
/// register reads as a table and names what the register gained since, until it is rebuilt.
/// </summary>
public sealed class DocumentFileVersionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_signed_pdf_is_uploaded_as_the_drafts_content_kept_on_save_and_offered_for_download()
    {
        var ct = TestContext.Current.CancellationToken;
        Guid id;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
            var document = await scope.ServiceProvider.GetRequiredService<DocumentService>().CreateAsync(caller,
                new DocumentInput { Title = "Acceptable use of generative AI", Type = DocumentType.TopicPolicy }, ct);
            id = document.Id;
            await scope.ServiceProvider.GetRequiredService<DocumentVersionService>().AddAsync(caller, id,
                new DocumentVersionInput { Body = "" }, ct);
        }

        await using var ui = await UiSession.OpenAsync(fixture);
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        var page = ui.Page;
        await ui.GotoAsync($"/o/demo/documents/{id:D}");
        await Tab(page, "Draft").ClickAsync();

        await page.Locator("#upload-draft-file").ClickAsync();
        await Expect(page.Locator("#draft-file-error")).ToContainTextAsync("Choose the file");
        var webPage = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
        await page.Locator("#draft-file").SetInputFilesAsync(new FilePayload { Name = "policy.pdf", MimeType = "application/pdf", Buffer = webPage });
        await page.Locator("#upload-draft-file").ClickAsync();
        await Expect(page.Locator("#draft-file-error")).ToContainTextAsync(new Regex("accepted|not", RegexOptions.IgnoreCase));
        await Expect(page.Locator("#draft-file-held")).ToHaveCountAsync(0);

        var pdf = EvidenceData.Pdf("Acceptable use of generative AI, signed by the board");
        await page.Locator("#draft-summary").FillAsync("The board's signed copy");
        await page.Locator("#draft-file").SetInputFilesAsync(new FilePayload { Name = "GenAI use policy (signed).pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.Locator("#upload-draft-file").ClickAsync();
        await Expect(page.Locator("#draft-file-held")).ToContainTextAsync("GenAI use policy (signed).pdf");
        await Expect(page.Locator("#draft-body")).ToHaveCountAsync(0);
        await ui.CheckPageAsync("document-file-draft");

        // Save changes only the summary: the file stays the content.
        await page.Locator("#draft-summary").FillAsync("The board's signed copy of March");
        await page.Locator("#save-draft").ClickAsync();
        await Expect(page.Locator("#draft-file-held")).ToContainTextAsync("GenAI use policy (signed).pdf");
        await page.Locator("#submit-draft").ClickAsync();
        await Expect(page.Locator("#draft-frozen")).ToBeVisibleAsync();

        await Tab(page, "Version").ClickAsync();
        await Expect(page.Locator("#version-content")).ToContainTextAsync("GenAI use policy (signed).pdf");
        await Expect(page.Locator("#download-file")).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-file").ClickAsync());
        Assert.Equal(pdf, await File.ReadAllBytesAsync(await download.PathAsync(), ct));
        await ui.CheckPageAsync("document-file-version");

        await using var phone = await UiSession.OpenAsync(fixture, width: 390);
        await phone.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await phone.GotoAsync($"/o/demo/documents/{id:D}");
        await Tab(phone.Page, "Version").ClickAsync();
        await Expect(phone.Page.Locator("#download-file")).ToBeVisibleAsync();
        await phone.CheckPageAsync("document-file-version");
        // The refused web page is the browser's one logged failure (a 415 answer to the upload).
        Assert.DoesNotContain(ui.ConsoleErrors, e => !e.StartsWith("Failed to load resource: the server responded with a status of 415", StringComparison.Ordinal));
        Assert.Empty(phone.ConsoleErrors);
    }

    [Fact]
    public async Task An_inventory_built_from_the_register_reads_as_a_table_and_says_when_the_register_moved_on()
    {
        var ct = TestContext.Current.CancellationToken;
        Guid id;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
            id = (await scope.ServiceProvider.GetRequiredService<DocumentService>().CreateAsync(caller,
                new DocumentInput { Title = "AI system inventory", Type = DocumentType.RecordTemplate }, ct)).Id;
        }

        await using var ui = await UiSession.OpenAsync(fixture);
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        var page = ui.Page;
        await ui.GotoAsync($"/o/demo/documents/{id:D}");
        await Tab(page, "Draft").ClickAsync();
        await page.Locator("#start-snapshot").ClickAsync();
        await Expect(page.Locator("#draft-snapshot-held")).ToBeVisibleAsync();
        await Expect(page.Locator("#draft-body")).ToHaveCountAsync(0);
        await page.Locator("#draft-summary").FillAsync("Inventory for the Stage 1 audit");
        await page.Locator("#save-draft").ClickAsync();
        await Expect(page.Locator("#draft-snapshot-held")).ToBeVisibleAsync();

        await Tab(page, "Version").ClickAsync();
        await Expect(page.Locator("#version-content table")).ToBeVisibleAsync();
        await Expect(page.Locator("#snapshot-changes")).ToContainTextAsync("still matches");

        // A system registered afterwards is named on the version until a rebuild takes it in.
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
            await scope.ServiceProvider.GetRequiredService<Aims.Core.AiSystems.AiSystemService>().CreateAsync(caller,
                new Aims.Core.AiSystems.AiSystemInput { Name = "E2E chatbot for tenants", Purpose = "Answers tenants' questions" }, ct);
        }

        await ui.GotoAsync($"/o/demo/documents/{id:D}");
        await Tab(page, "Version").ClickAsync();
        await Expect(page.Locator("#snapshot-changes")).ToContainTextAsync("E2E chatbot for tenants: registered or restored since");
        await ui.CheckPageAsync("document-snapshot-version");
        await using (var phone = await UiSession.OpenAsync(fixture, width: 390))
        {
            await phone.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
            await phone.GotoAsync($"/o/demo/documents/{id:D}");
            await Tab(phone.Page, "Version").ClickAsync();
            await Expect(phone.Page.Locator("#version-content table")).ToBeVisibleAsync();
            await phone.CheckPageAsync("document-snapshot-version");
        }

        await Tab(page, "Draft").ClickAsync();
        await page.Locator("#rebuild-snapshot").ClickAsync();
        await Tab(page, "Version").ClickAsync();
        await Expect(page.Locator("#version-content")).ToContainTextAsync("E2E chatbot for tenants");
        await Expect(page.Locator("#snapshot-changes")).ToContainTextAsync("still matches");
        Assert.Empty(ui.ConsoleErrors);
    }

    private static ILocator Tab(IPage page, string name) =>
        page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^" + name) });
}
