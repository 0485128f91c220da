using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// Every page and dialog a person can reach, at desktop and at phone width: axe-core finds nothing serious, there is
/// one main landmark, nothing is wider than the screen, dialogs start on their first field, and a screenshot of each
/// state lands in bin/.../screenshots for people to look at.
/// </summary>
public sealed class EveryPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(UiSession.DesktopWidth)]
    [InlineData(UiSession.PhoneWidth)]
    public async Task Every_page_passes_axe_has_one_main_landmark_and_fits_the_screen(int width)
    {
        var ct = TestContext.Current.CancellationToken;
        var system = await DemoData.CreateSystemAsync(fixture.App, "E2E every page " + Guid.NewGuid().ToString("N")[..6], ct);
        var evidence = await EvidenceData.UploadPdfAsync(fixture.App, new Core.Evidence.EvidenceItemInput
        {
            Title = "E2E every page evidence " + Guid.NewGuid().ToString("N")[..6],
            ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10),
            Controls = ["A.6.2.4"],
            Clauses = ["8.2"],
            AiSystemIds = [system.Id],
        }, ct);
        await using var ui = await UiSession.OpenAsync(fixture, width);
        var page = ui.Page;
        // Every page is checked before the test fails, so one run lists everything that needs fixing.
        var problems = new List<string>();

        await page.GotoAsync("/account/login");
        await Expect(page.Locator("#sign-in")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("sign-in"));
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await Expect(page.Locator("#org-demo")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("home"));

        await ui.GotoAsync("/catalog");
        await Expect(page.Locator("#catalog-version")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("catalog"));
        await ui.GotoAsync("/catalog/A.6.2.4");
        await Expect(page.Locator("#catalog-detail")).ToContainTextAsync("Evidence usually expected");
        problems.AddRange(await ui.PageProblemsAsync("catalog-control"));

        await ui.GotoAsync("/o/demo/ai-systems");
        await Expect(page.Locator("#ai-systems-table")).ToContainTextAsync("Credit limit recommender");
        problems.AddRange(await ui.PageProblemsAsync("ai-systems"));
        await page.Locator("#new-ai-system").ClickAsync();
        await Expect(page.Locator("#ai-system-name")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("ai-system-register-dialog"));
        await page.Locator("#cancel-ai-system").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await ui.GotoAsync($"/o/demo/ai-systems/{system.Id:D}");
        await Expect(page.Locator("#ai-system-title")).ToHaveTextAsync(system.Name);
        problems.AddRange(await ui.PageProblemsAsync("ai-system-detail"));
        await page.Locator("#edit-ai-system").ClickAsync();
        await Expect(page.Locator("#ai-system-name")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("ai-system-edit-dialog"));
        await page.Locator("#cancel-ai-system").ClickAsync();
        await page.Locator("#archive-ai-system").ClickAsync();
        await Expect(page.Locator("#archive-reason")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("ai-system-archive-dialog"));
        await page.Locator("#cancel-archive").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^History") }).ClickAsync();
        await Expect(page.Locator("#history-table tbody tr")).ToHaveCountAsync(2); // the record and its registration step
        problems.AddRange(await ui.PageProblemsAsync("ai-system-history"));

        await ui.GotoAsync("/o/demo/my-work");
        await Expect(page.Locator("#my-work-zone")).ToContainTextAsync("time zone");
        problems.AddRange(await ui.PageProblemsAsync("my-work"));
        await page.Locator("#notifications-menu button").First.ClickAsync();
        await Expect(page.Locator("#notifications-heading")).ToBeVisibleAsync();
        // axe must see the menu after its fade-in: half-faded text measures as too little contrast.
        await Expect(page.Locator(".mud-popover-open", new() { Has = page.Locator("#notifications-heading") })).ToHaveCSSAsync("opacity", "1");
        problems.AddRange(await ui.PageProblemsAsync("notifications-menu"));

        await ui.GotoAsync("/o/demo/settings");
        await Expect(page.Locator("#time-zone-current")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("settings"));

        var document = await DemoData.CreateDocumentAsync(fixture.App, "E2E every page policy " + Guid.NewGuid().ToString("N")[..6], ct);
        await ui.GotoAsync("/o/demo/documents");
        await Expect(page.Locator("#documents-table")).ToContainTextAsync(document.Title);
        problems.AddRange(await ui.PageProblemsAsync("documents"));
        await page.Locator("#new-document").ClickAsync();
        await Expect(page.Locator("#document-title")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("document-new-dialog"));
        await page.Locator("#cancel-document").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await ui.GotoAsync($"/o/demo/documents/{document.Id:D}");
        await Expect(page.Locator("#document-heading")).ToHaveTextAsync(document.Title);
        problems.AddRange(await ui.PageProblemsAsync("document-detail"));
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Draft") }).ClickAsync();
        await Expect(page.Locator("#draft-body")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("document-draft"));
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Approvals") }).ClickAsync();
        await Expect(page.Locator("#approvals-none")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("document-approvals"));
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^History") }).ClickAsync();
        await Expect(page.Locator("#history-table")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("document-history"));

        await ui.GotoAsync("/o/demo/members");
        await Expect(page.Locator("#members-table")).ToContainTextAsync(AimsAppFactory.AdminEmail);
        problems.AddRange(await ui.PageProblemsAsync("members"));
        await page.Locator("#add-member").ClickAsync();
        await Expect(page.Locator("#member-email")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("add-member-dialog"));
        await page.Locator("#cancel-member").ClickAsync();

        await ui.GotoAsync("/o/demo/tokens");
        await Expect(page.Locator("#tokens-table")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("tokens"));
        await page.Locator("#new-token").ClickAsync();
        await Expect(page.Locator("#token-name")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("new-token-dialog"));
        await page.Locator("#token-name").FillAsync("E2E every page " + width);
        await page.Locator("#create-token").ClickAsync();
        await Expect(page.Locator("#token-value")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("token-created-dialog"));
        await page.Locator("#token-done").ClickAsync();

        await ui.GotoAsync("/o/demo/evidence");
        await Expect(page.Locator("#evidence-table")).ToContainTextAsync(evidence.Title);
        problems.AddRange(await ui.PageProblemsAsync("evidence"));
        await ui.GotoAsync("/o/demo/evidence/new");
        await Expect(page.Locator("#evidence-file")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("evidence-new"));
        await page.Locator("#evidence-kind-link").ClickAsync();
        await Expect(page.Locator("#evidence-url")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("evidence-new-link"));
        await ui.GotoAsync($"/o/demo/evidence/{evidence.Id:D}");
        await Expect(page.Locator("#evidence-title")).ToHaveTextAsync(evidence.Title);
        problems.AddRange(await ui.PageProblemsAsync("evidence-detail"));
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Files") }).ClickAsync();
        await Expect(page.Locator("#supersede-form")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("evidence-files"));
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^History") }).ClickAsync();
        await Expect(page.Locator("#history-table tbody tr")).Not.ToHaveCountAsync(0);
        problems.AddRange(await ui.PageProblemsAsync("evidence-history"));

        // Establishing the AIMS: the guide, a register list, a record with its child section and history, the forms.
        await ui.GotoAsync("/o/demo/start");
        await Expect(page.Locator("#start-steps")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("start-guide"));
        await ui.GotoAsync("/o/demo/context-issues");
        await Expect(page.Locator("#register-table")).ToContainTextAsync("EU AI Act obligations");
        problems.AddRange(await ui.PageProblemsAsync("context-issues"));
        await page.Locator("#add-record").ClickAsync();
        await Expect(page.Locator("#record-title")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("context-issue-dialog"));
        await page.Locator("#cancel-record").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await ui.GotoAsync("/o/demo/interested-parties");
        await page.GetByRole(AriaRole.Link, new() { Name = "Credit and job applicants" }).ClickAsync();
        await Expect(page.Locator("#requirements-table")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("interested-party"));
        await page.Locator("#add-requirements").ClickAsync();
        await Expect(page.Locator("#requirements-title")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("requirement-dialog"));
        await page.Locator("#cancel-requirements").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^History") }).ClickAsync();
        await Expect(page.Locator("#history-table tbody tr")).Not.ToHaveCountAsync(0);
        problems.AddRange(await ui.PageProblemsAsync("interested-party-history"));
        await ui.GotoAsync("/o/demo/objectives");
        await page.GetByRole(AriaRole.Link, new() { Name = "Fair credit-limit decisions across age groups" }).ClickAsync();
        await Expect(page.Locator("#objective-trend")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("objective"));
        await page.Locator("#add-measurement").ClickAsync();
        await Expect(page.Locator("#measurement-value")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("measurement-dialog"));
        await page.Locator("#cancel-measurement").ClickAsync();
        await ui.GotoAsync("/o/demo/scope");
        await Expect(page.Locator("#scope-fields")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("scope"));
        await page.Locator("#edit-scope").ClickAsync();
        await Expect(page.Locator("#scope-summary")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("scope-dialog"));
        await page.Locator("#cancel-scope").ClickAsync();
        await ui.GotoAsync("/o/demo/raci");
        await Expect(page.Locator("#register-table")).ToContainTextAsync("Perform internal audits");
        problems.AddRange(await ui.PageProblemsAsync("raci"));
        await ui.GotoAsync("/o/demo/people");
        await Expect(page.Locator("#register-table")).ToContainTextAsync("EU AI Act awareness (AI system owner)");
        problems.AddRange(await ui.PageProblemsAsync("people"));
        await ui.GotoAsync("/o/demo/communication-plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Model changes and their effect on underwriting" }).ClickAsync();
        await Expect(page.GetByText("Credit model v4.2: new bureau fields, threshold unchanged")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("communication-plan-line"));
        await ui.GotoAsync("/o/demo/datasets");
        await Expect(page.Locator("#register-table")).ToContainTextAsync("acquired from outside without its terms (A.7.3)");
        problems.AddRange(await ui.PageProblemsAsync("datasets"));
        await ui.GotoAsync("/o/demo/third-parties");
        await Expect(page.Locator("#register-table")).ToContainTextAsync("no due-diligence record (A.10.3)");
        await Expect(page.Locator("#register-total")).ToContainTextAsync("third parties");
        problems.AddRange(await ui.PageProblemsAsync("third-parties"));
        await page.Locator("#add-record").ClickAsync();
        await Expect(page.Locator("#record-name")).ToBeFocusedAsync();
        await Expect(page.Locator("#record-responsibilities")).ToContainTextAsync("Human oversight");
        problems.AddRange(await ui.PageProblemsAsync("third-party-dialog"));
        await page.Locator("#cancel-record").ClickAsync();
        await ui.GotoAsync("/o/demo/risks");
        await Expect(page.Locator("#register-table")).ToContainTextAsync("Qualified applicants ranked down by age or gender");
        problems.AddRange(await ui.PageProblemsAsync("risks"));
        await page.GetByRole(AriaRole.Link, new() { Name = "New fraud patterns pass undetected as the model drifts" }).ClickAsync();
        await Expect(page.Locator("#acceptance-state")).ToContainTextAsync("Stale");
        problems.AddRange(await ui.PageProblemsAsync("risk"));
        await page.Locator("#assess-risk").ClickAsync();
        await Expect(page.Locator("#assessment-rationale")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("risk-rating-dialog"));
        await page.Locator("#cancel-assessment").ClickAsync();
        await page.Locator("#add-action").ClickAsync();
        await Expect(page.Locator("#action-title")).ToBeFocusedAsync();
        problems.AddRange(await ui.PageProblemsAsync("risk-action-dialog"));
        await page.Locator("#cancel-action").ClickAsync();
        await ui.GotoAsync("/o/demo/risk-campaigns");
        await Expect(page.Locator("#register-table")).ToContainTextAsync("Annual AI risk assessment 2026");
        problems.AddRange(await ui.PageProblemsAsync("risk-campaigns"));
        await ui.GotoAsync("/o/demo/risk-criteria");
        await page.Locator("#cell-4-5").ClickAsync();
        await Expect(page.Locator("#heatmap-risks")).ToContainTextAsync("Qualified applicants ranked down by age or gender");
        problems.AddRange(await ui.PageProblemsAsync("risk-criteria"));
        await ui.GotoAsync("/o/demo/ai-systems");
        await page.GetByRole(AriaRole.Link, new() { Name = "Customer support assistant" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Profile" }).ClickAsync();
        await Expect(page.Locator("#ai-system-profile")).ToContainTextAsync("Human in the loop");
        await Expect(page.Locator("#ai-system-components")).ToContainTextAsync("third party: Foundation model provider");
        problems.AddRange(await ui.PageProblemsAsync("ai-system-profile"));
        await page.Locator("#edit-profile").ClickAsync();
        await Expect(page.Locator("#profile-components")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("ai-system-profile-dialog"));
        await page.Locator("#cancel-profile").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Life cycle" }).ClickAsync();
        await Expect(page.Locator("#lifecycle-timeline")).ToContainTextAsync("Gate passed");
        problems.AddRange(await ui.PageProblemsAsync("ai-system-lifecycle"));
        await page.Locator("#file-artefact").ClickAsync();
        await Expect(page.Locator("#artefact-kind")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("ai-system-artefact-dialog"));
        await page.Locator("#cancel-artefact").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "EU AI Act" }).ClickAsync();
        await Expect(page.Locator("#eu-ai-act-tier")).ToHaveTextAsync("Transparency duties");
        problems.AddRange(await ui.PageProblemsAsync("ai-system-eu-ai-act"));
        await page.Locator("#classify-eu-ai-act").ClickAsync();
        await Expect(page.Locator("#euaiact-annexIIIAreas")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("ai-system-eu-ai-act-dialog"));
        await page.Locator("#cancel-euaiact").ClickAsync();

        problems.AddRange(ui.ConsoleErrors.Select(e => "console error: " + e));
        ui.ConsoleErrors.Clear();

        // Not-found pages answer 404, which the browser logs as a failed load; that is their point, not an error.
        await ui.GotoAsync("/o/no-such-org/ai-systems");
        await Expect(page.Locator("#not-found")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("not-found-org"));
        await ui.GotoAsync("/no/such/page");
        await Expect(page.Locator("#not-found")).ToBeVisibleAsync();
        problems.AddRange(await ui.PageProblemsAsync("not-found"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(UiSession.DesktopWidth)]
    [InlineData(UiSession.PhoneWidth)]
    public async Task A_catalog_item_far_down_the_list_opens_its_details_on_screen(int width)
    {
        await using var ui = await UiSession.OpenAsync(fixture, width);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/catalog");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Annex A") }).ClickAsync();
        // The last control of the longest list: on a phone the detail used to open after the whole list, screens away.
        var item = page.Locator("[data-item-id='A.10.4']");
        await item.ScrollIntoViewIfNeededAsync();
        await item.ClickAsync();
        var heading = page.Locator("#catalog-detail h2");
        await Expect(heading).ToContainTextAsync("A.10.4");
        await Expect(heading).ToBeInViewportAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/catalog/A\\.10\\.4$"));
        await ui.ScreenshotAsync($"catalog-far-item-{width}", fullPage: false);
        if (width == UiSession.PhoneWidth)
        {
            // The sheet closes again and leaves the list where it was.
            await page.Locator("#catalog-detail-close").ClickAsync();
            await Expect(page.Locator("#catalog-detail")).ToBeHiddenAsync();
            await Expect(item).ToBeInViewportAsync();
        }

        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task Keyboard_focus_is_visible_on_links_buttons_and_fields()
    {
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync("/o/demo/ai-systems");
        await Expect(page.Locator("#ai-systems-table")).ToContainTextAsync("Credit limit recommender");

        // Tab through the first stops of the page; each focused element must draw a ring (outline or box-shadow).
        var unringed = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>("""
                () => {
                    const e = document.activeElement;
                    // A form field's ring is drawn on its outlined box (.mud-input), not on the bare input.
                    const ringed = x => {
                        if (!x) return false;
                        const s = getComputedStyle(x);
                        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                    };
                    const ring = e === document.body || ringed(e) || ringed(e.closest('.mud-input'));
                    return [`${e.tagName.toLowerCase()}#${e.id}.${e.className}`, String(ring)];
                }
                """);
            if (focus[1] != "true")
            {
                unringed.Add(focus[0]);
            }
        }

        Assert.True(unringed.Count == 0, "No visible focus ring on: " + string.Join(", ", unringed));
    }
}
