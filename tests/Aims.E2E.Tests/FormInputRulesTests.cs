using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// Numbers and names in the UI are checked as typed, with Core's messages, instead of being clamped or guessed: token
/// lifetimes 0, -5, 99 999 and "abc" are refused with Create disabled, "never" needs its own checkbox; AI system names
/// with control characters, only invisible characters, or taken by another system are refused on the field.
/// </summary>
public sealed class FormInputRulesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Token_lifetime_is_validated_as_typed_and_never_is_an_explicit_choice()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/tokens");
        await page.Locator("#new-token").ClickAsync();
        var name = "E2E expiry " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#token-name").FillAsync(name);
        var dialog = page.GetByRole(AriaRole.Dialog);
        foreach (var (typed, message) in new[]
                 {
                     ("0", "(got 0)"), ("-5", "(got -5)"), ("99999", "(got 99999)"), ("abc", "'abc' is not a whole number of days"),
                     ("", "Enter the number of days"),
                 })
        {
            await page.Locator("#token-expires").FillAsync(typed);
            await Expect(dialog).ToContainTextAsync(message);
            await Expect(page.Locator("#create-token")).ToBeDisabledAsync();
        }

        Assert.Equal(0, await TokenCountAsync(name));

        // "Never" is a checkbox of its own; the typed "abc" no longer matters once it is ticked.
        await dialog.GetByText("Never expires").ClickAsync();
        await Expect(page.Locator("#token-expires")).ToBeDisabledAsync();
        await Expect(page.Locator("#create-token")).ToBeEnabledAsync();
        await page.Locator("#create-token").ClickAsync();
        await Expect(page.Locator("#token-once-warning")).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("It does not expire.");
        await page.Locator("#token-done").ClickAsync();
        Assert.Equal(1, await TokenCountAsync(name));
        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task Ai_system_names_are_checked_as_typed_and_a_taken_name_is_refused_on_the_field()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        await page.Locator("#new-ai-system").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        var nameField = page.Locator("#ai-system-name");

        await nameField.FillAsync("Bell\u0007model");
        await Expect(dialog).ToContainTextAsync("Name contains a control character (U+0007) at position 5; remove it.");
        await Expect(page.Locator("#save-ai-system")).ToBeDisabledAsync();
        await nameField.FillAsync("Invoice\u202Efdp.exe");
        await Expect(dialog).ToContainTextAsync("bidirectional text control (U+202E)");
        await nameField.FillAsync("\u200B\u200B");
        await Expect(dialog).ToContainTextAsync("Name must contain visible characters");
        await Expect(page.Locator("#save-ai-system")).ToBeDisabledAsync();

        // The seeded "Credit limit recommender", typed in another case and full-width letters, is the same name.
        await nameField.FillAsync("ＣＲＥＤＩＴ limit RECOMMENDER");
        await Expect(page.Locator("#save-ai-system")).ToBeEnabledAsync();
        var before = await SystemCountAsync();
        await page.Locator("#save-ai-system").ClickAsync();
        await Expect(dialog).ToContainTextAsync("Another AI system in this organization is already named");
        await Expect(page.Locator("#save-ai-system")).ToBeVisibleAsync();
        Assert.Equal(before, await SystemCountAsync());
        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task Register_saves_what_the_form_held_when_pressed_not_what_was_typed_during_the_round_trip()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        await page.Locator("#new-ai-system").ClickAsync();
        var nameField = page.Locator("#ai-system-name");
        await Expect(nameField).ToBeVisibleAsync();
        var before = await SystemCountAsync();

        // Press Register on the empty form and type a name in the same instant: the server answers the press a round
        // trip later, when the browser already shows the name. Saving the live text would register a system the person
        // had not asked for yet (seen under load in the first-slice test, with the purpose still empty).
        var name = "Typed after the press " + Guid.NewGuid().ToString("N")[..6];
        await page.EvaluateAsync("""
            name => {
                document.getElementById('save-ai-system').click();
                const field = document.getElementById('ai-system-name');
                field.value = name;
                field.dispatchEvent(new Event('input', { bubbles: true }));
            }
            """, name);
        await Expect(page.Locator("#ai-system-error")).ToContainTextAsync("Nothing was saved: the form was incomplete when you pressed Register.");
        await Expect(nameField).ToHaveValueAsync(name);
        Assert.Equal(before, await SystemCountAsync());

        // Pressed again, it saves what the form shows now.
        await page.Locator("#save-ai-system").ClickAsync();
        await Expect(page.Locator("#save-ai-system")).ToBeHiddenAsync();
        Assert.Equal(before + 1, await SystemCountAsync());
        await using var db = await OpenDbAsync();
        Assert.True(await db.AiSystems.IgnoreQueryFilters().AnyAsync(s => s.Name == name, TestContext.Current.CancellationToken));
        Assert.Empty(ui.ConsoleErrors);
    }

    private async Task<int> TokenCountAsync(string name)
    {
        await using var db = await OpenDbAsync();
        return await db.ApiTokens.CountAsync(t => t.Name == name, TestContext.Current.CancellationToken);
    }

    private async Task<int> SystemCountAsync()
    {
        await using var db = await OpenDbAsync();
        return await db.AiSystems.IgnoreQueryFilters().CountAsync(TestContext.Current.CancellationToken);
    }

    private Task<AimsDbContext> OpenDbAsync() => fixture.App.Services.GetRequiredService<IDbContextFactory<AimsDbContext>>()
        .CreateDbContextAsync(TestContext.Current.CancellationToken);
}
