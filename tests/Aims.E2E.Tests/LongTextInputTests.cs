using System.Text;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// Long text in the AI system dialog, in Chromium: a pasted value up to the 8 000-character limit is saved exactly
/// (read back from the database), over the limit the dialog says so at once and cannot save, a 100 000-character paste
/// reaches the server whole, and a value the server never heard about (a lost input event) is still what gets saved.
/// The text mixes scripts so each character takes up to 3 bytes on the wire, as real prose in many languages does.
/// </summary>
public sealed class LongTextInputTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Pattern = "Zürich € 漢字 — risk review; ";

    [Theory]
    [InlineData(7_999)]
    [InlineData(8_000)]
    public async Task A_pasted_purpose_up_to_the_limit_is_saved_exactly(int length)
    {
        await using var ui = await OpenRegisterAsync();
        var name = "Long purpose " + length + " " + Guid.NewGuid().ToString("N")[..6];
        var purpose = Text(length);
        await ui.Page.Locator("#ai-system-name").FillAsync(name);
        await ui.Page.Locator("#ai-system-purpose").FillAsync(purpose);
        await Expect(ui.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync($"{length} / 8000");
        await ui.Page.Locator("#save-ai-system").ClickAsync();
        await Expect(ui.Page.Locator("#save-ai-system")).ToBeHiddenAsync();
        Assert.Equal(purpose, await StoredPurposeAsync(name));
        Assert.Empty(ui.ConsoleErrors);
    }

    [Theory]
    [InlineData(8_001)]
    [InlineData(40_000)]
    public async Task Over_the_limit_the_dialog_says_so_at_once_and_nothing_is_saved(int length)
    {
        await using var ui = await OpenRegisterAsync();
        var name = "Too long " + length + " " + Guid.NewGuid().ToString("N")[..6];
        await ui.Page.Locator("#ai-system-name").FillAsync(name);
        await ui.Page.Locator("#ai-system-purpose").FillAsync(Text(length));
        var dialog = ui.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Purpose must be at most 8000 characters (it has {length}).");
        await Expect(dialog).ToContainTextAsync($"{length} / 8000");
        await Expect(ui.Page.Locator("#save-ai-system")).ToBeDisabledAsync();
        await ui.ScreenshotAsync("ai-system-purpose-too-long-" + length);

        // Back under the limit, the same dialog saves: the connection survived the long paste.
        await ui.Page.Locator("#ai-system-purpose").FillAsync(Text(8_000));
        await Expect(ui.Page.Locator("#save-ai-system")).ToBeEnabledAsync();
        await ui.Page.Locator("#save-ai-system").ClickAsync();
        await Expect(ui.Page.Locator("#save-ai-system")).ToBeHiddenAsync();
        Assert.Equal(Text(8_000), await StoredPurposeAsync(name));
        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task A_100_000_character_paste_reaches_the_server_whole()
    {
        await using var ui = await OpenRegisterAsync();
        var name = "Huge paste " + Guid.NewGuid().ToString("N")[..6];
        var text = Text(100_000);
        Assert.True(Encoding.UTF8.GetByteCount(text) > 120_000, $"the value must exceed the old 32 KB message limit several times ({Encoding.UTF8.GetByteCount(text)} bytes)");
        await ui.Page.Locator("#ai-system-name").FillAsync(name);
        await ui.Page.Locator("#ai-system-purpose").FillAsync(text);
        // The server counts every character it received: the whole value arrived over the circuit.
        await Expect(ui.Page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Purpose must be at most 8000 characters (it has 100000).");
        await Expect(ui.Page.Locator("#save-ai-system")).ToBeDisabledAsync();
        Assert.Null(await StoredPurposeAsync(name, mustExist: false));
        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task Save_stores_what_the_browser_shows_even_when_the_server_never_received_the_edit()
    {
        await using var ui = await OpenRegisterAsync();
        var name = "Lost event " + Guid.NewGuid().ToString("N")[..6];
        await ui.Page.Locator("#ai-system-name").FillAsync(name);
        await ui.Page.Locator("#ai-system-purpose").FillAsync("What the server heard");
        await Expect(ui.Page.Locator("#save-ai-system")).ToBeEnabledAsync();
        // Change the field without an input event: exactly what the server sees when a message is lost on a dropped
        // connection that then reconnects.
        var shown = Text(6_000);
        await ui.Page.Locator("#ai-system-purpose").EvaluateAsync("(e, v) => { e.value = v; }", shown);
        await ui.Page.Locator("#save-ai-system").ClickAsync();
        await Expect(ui.Page.Locator("#save-ai-system")).ToBeHiddenAsync();
        Assert.Equal(shown, await StoredPurposeAsync(name));
        Assert.Empty(ui.ConsoleErrors);
    }

    private async Task<UiSession> OpenRegisterAsync()
    {
        var ui = await UiSession.OpenAsync(fixture);
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        await ui.Page.Locator("#new-ai-system").ClickAsync();
        await Expect(ui.Page.Locator("#ai-system-purpose")).ToBeVisibleAsync();
        return ui;
    }

    private static string Text(int length)
    {
        var builder = new StringBuilder(length + Pattern.Length);
        while (builder.Length < length)
        {
            builder.Append(Pattern);
        }

        // Ends on a letter so trimming on save cannot change it.
        builder.Length = length;
        builder[length - 1] = 'x';
        return builder.ToString();
    }

    private async Task<string?> StoredPurposeAsync(string name, bool mustExist = true)
    {
        var factory = fixture.App.Services.GetRequiredService<IDbContextFactory<AimsDbContext>>();
        await using var db = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var rows = await db.AiSystems.IgnoreQueryFilters().AsNoTracking().Where(s => s.Name == name)
            .Select(s => s.Purpose).ToListAsync(TestContext.Current.CancellationToken);
        if (!mustExist && rows.Count == 0)
        {
            return null;
        }

        return Assert.Single(rows);
    }
}
