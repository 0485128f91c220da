using Aims.Core.AiSystems.Lifecycle;
using Aims.Core.Evidence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// A life-cycle gate in Chromium: the Life cycle tab shows what the next gate is missing; moving without it asks for a
/// reason and records an exception; once the artefact is on file the gate is ready and passes; the timeline shows both.
/// </summary>
public sealed class LifecycleGateTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_gate_shows_what_is_missing_passes_by_recorded_exception_and_passes_once_its_artefact_is_on_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var system = await DemoData.CreateSystemAsync(fixture.App, "E2E gate " + Guid.NewGuid().ToString("N")[..6], ct);
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync($"/o/demo/ai-systems/{system.Id:D}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Life cycle" }).ClickAsync();

        var design = page.Locator("#gate-designAndDevelopment");
        await Expect(design).ToContainTextAsync("Requirements and specification");
        await Expect(design).ToContainTextAsync("1 missing");
        await Expect(page.Locator("#lifecycle-timeline")).ToContainTextAsync("Registered in Inception");

        // Without the artefact the move needs a reason; the form says so before anything is sent.
        await page.Locator("#move-designAndDevelopment").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Missing: Requirements and specification");
        await page.Locator("#save-stage").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("A reason is required");
        await page.Locator("#stage-exceptionReason").FillAsync("Prototype approved by the steering group; requirements follow.");
        await page.Locator("#save-stage").ClickAsync();
        await Expect(page.Locator("#lifecycle-stage")).ToHaveTextAsync("Design and development");
        var timeline = page.Locator("#lifecycle-timeline li");
        await Expect(timeline.First).ToContainTextAsync("Inception → Design and development");
        await Expect(timeline.First).ToContainTextAsync("Exception");
        await Expect(timeline.First).ToContainTextAsync("Prototype approved by the steering group");
        await ui.ScreenshotAsync("lifecycle-exception");

        // With the design record on file, the next gate is ready and passes without a reason.
        await FileDesignRecordAsync(system.Id, ct);
        await page.ReloadAsync();
        await ui.WaitInteractiveAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Life cycle" }).ClickAsync();
        await Expect(page.Locator("#gate-verificationAndValidation")).ToContainTextAsync("Ready");
        await page.Locator("#move-verificationAndValidation").ClickAsync();
        await page.Locator("#save-stage").ClickAsync();
        await Expect(page.Locator("#lifecycle-stage")).ToHaveTextAsync("Verification and validation");
        await Expect(timeline.First).ToContainTextAsync("Gate passed");
        await Expect(timeline.First).ToContainTextAsync("Design and development record: E2E design notes");
        await Expect(timeline).ToHaveCountAsync(3);
        await ui.ScreenshotAsync("lifecycle-passed");
        Assert.Empty(ui.ConsoleErrors);
    }

    private async Task FileDesignRecordAsync(Guid systemId, CancellationToken ct)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
        var evidence = await scope.ServiceProvider.GetRequiredService<EvidenceService>().CreateAsync(caller, new EvidenceItemInput
        {
            Title = "E2E design notes", Kind = EvidenceKind.Link, Url = "https://wiki.example.com/design",
            EffectiveDate = DateOnly.FromDateTime(DateTime.UtcNow),
        }, ct);
        await scope.ServiceProvider.GetRequiredService<LifecycleArtefacts>()
            .AddAsync(caller, systemId, new ArtefactInput(ArtefactKind.DesignAndDevelopmentRecord, EvidenceId: evidence.Id), ct);
    }
}
