using System.Text.RegularExpressions;
using Aims.Core.Documents;
using Aims.Core.Documents.Input;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// A document's own fields in the browser: the edit dialog opens with the document's values, refuses a quorum that
/// too few approvers could reach (naming it, saving nothing), saves the title, owner's choices and approvers; archive
/// asks for a reason and restore brings the document back.
/// </summary>
public sealed class DocumentEditTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_document_is_edited_with_a_reachable_quorum_archived_with_a_reason_and_restored()
    {
        var ct = TestContext.Current.CancellationToken;
        var title = "Data governance for AI " + Guid.NewGuid().ToString("N")[..6];
        Guid id;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
            id = (await scope.ServiceProvider.GetRequiredService<DocumentService>().CreateAsync(caller,
                new DocumentInput { Title = title, Type = DocumentType.Procedure }, ct)).Id;
        }

        await using var ui = await UiSession.OpenAsync(fixture);
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        var page = ui.Page;
        await ui.GotoAsync($"/o/demo/documents/{id:D}");
        await page.Locator("#edit-document").ClickAsync();
        await Expect(page.Locator("#document-title")).ToHaveValueAsync(title);
        await Expect(page.Locator("#document-template")).ToHaveCountAsync(0);

        // Only the admin is named and no role is chosen: a quorum of 5 cannot be reached.
        await page.Locator("#document-approvers").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex(Regex.Escape(AimsAppFactory.AdminEmail)) }).ClickAsync();
        await ui.CloseChoicesAsync("#document-approvers");
        await Expect(page.Locator("#document-approvers")).ToHaveValueAsync(new Regex("Administrator"));
        // Typed but not yet heard by the server when Save is pressed (no input event reaches the circuit): Save judges what
        // the field shows.
        await page.Locator("#document-quorum").EvaluateAsync("e => { e.value = '5'; }");
        await page.Locator("#document-title").FillAsync(title + " (revised)");
        await page.Locator("#save-document").ClickAsync();
        await Expect(page.Locator("#document-error")).ToContainTextAsync("quorum of 5");
        await ui.CheckPageAsync("document-edit");

        await page.Locator("#document-quorum").FillAsync("1");
        await page.Locator("#save-document").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#document-heading")).ToHaveTextAsync(title + " (revised)");
        await using (var phone = await UiSession.OpenAsync(fixture, width: 390))
        {
            await phone.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
            await phone.GotoAsync($"/o/demo/documents/{id:D}");
            await phone.Page.Locator("#edit-document").ClickAsync();
            await Expect(phone.Page.Locator("#document-quorum")).ToHaveValueAsync("1");
            await phone.CheckPageAsync("document-edit");
        }

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Approvals") }).ClickAsync();

        await page.Locator("#archive-document").ClickAsync();
        await page.Locator("#confirm-reason").ClickAsync();
        await Expect(page.Locator("#reason-dialog-title")).ToBeVisibleAsync();
        await page.Locator("#reason-text").FillAsync("Merged into the data management procedure");
        await page.Locator("#confirm-reason").ClickAsync();
        await Expect(page.Locator("#archived-note")).ToContainTextAsync("Merged into the data management procedure");
        await Expect(page.Locator("#edit-document")).ToHaveCountAsync(0);

        await using (var phone = await UiSession.OpenAsync(fixture, width: 390))
        {
            await phone.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
            await phone.GotoAsync($"/o/demo/documents/{id:D}");
            await Expect(phone.Page.Locator("#archived-note")).ToBeVisibleAsync();
            await phone.CheckPageAsync("document-archived");
        }

        await page.Locator("#restore-document").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Restore", Exact = true }).ClickAsync();
        await Expect(page.Locator("#archived-note")).ToHaveCountAsync(0);
        await Expect(page.Locator("#edit-document")).ToBeVisibleAsync();
        Assert.Empty(ui.ConsoleErrors);
    }
}
