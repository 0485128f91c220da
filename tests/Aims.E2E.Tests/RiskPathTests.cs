using Aims.Core.Access;
using Aims.Core.Controls;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Aims.Core.Risks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// The risk path in Chromium: a risk is rated, treated with two Annex A controls, its current rating stays inherent
/// until both are implemented, and an acceptance requested by a Contributor is refused to nobody but decided by the
/// Admin on the page; at phone width the page still fits.
/// </summary>
public sealed class RiskPathTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_risk_is_rated_treated_and_accepted_on_its_page_with_current_following_the_controls()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await CreateRiskAsync("E2E bias against older applicants " + Guid.NewGuid().ToString("N")[..6], ct);
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await ui.GotoAsync($"/o/demo/risks/{id:D}");
        await Expect(page.Locator("#rating-current")).ToContainTextAsync("Not rated");

        // The form checks the rating as it is typed: no rationale, no save.
        await page.Locator("#assess-risk").ClickAsync();
        await ui.ChooseAsync("#assessment-likelihood", "4 Likely");
        await ui.ChooseAsync("#assessment-impact", "4 Major");
        await page.Locator("#save-assessment").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Rationale is required");
        await page.Locator("#assessment-rationale").FillAsync("The 2025 bias audit found a gap for applicants over 50.");
        await page.Locator("#save-assessment").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#rating-current")).ToContainTextAsync("High");

        await page.Locator("#treat-risk").ClickAsync();
        await page.Locator("#treatment-controls").ClickAsync();
        foreach (var control in new[] { "A.5.4", "A.6.2.4" })
        {
            await page.GetByRole(AriaRole.Option, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + control.Replace(".", "\\.") + " ") }).ClickAsync();
        }

        await ui.CloseChoicesAsync("#treatment-controls");
        await page.Locator("#save-treatment").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#risk-controls")).ToContainTextAsync("A.6.2.4");

        await page.Locator("#assess-risk").ClickAsync();
        await Expect(page.Locator("#assessment-kind")).ToHaveValueAsync("Residual: what remains once the selected controls work");
        await ui.ChooseAsync("#assessment-likelihood", "2 Unlikely");
        await ui.ChooseAsync("#assessment-impact", "3 Moderate");
        await page.Locator("#assessment-rationale").FillAsync("With validation across age groups and an impact assessment.");
        await page.Locator("#save-assessment").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#rating-residual")).ToContainTextAsync("Medium");
        await Expect(page.Locator("#rating-current")).ToContainTextAsync("High");
        await Expect(page.Locator("#current-reason")).ToContainTextAsync("until A.5.4, A.6.2.4 are implemented");

        // Both controls implemented: the current rating is the residual one.
        await ImplementAsync(["A.5.4", "A.6.2.4"], ct);
        var requester = await RequestAsContributorAsync(id, ct);
        await page.ReloadAsync();
        await ui.WaitInteractiveAsync();
        await Expect(page.Locator("#rating-current")).ToContainTextAsync("Medium");
        await Expect(page.Locator("#acceptance-state")).ToContainTextAsync($"Requested by {requester}");
        await page.Locator("#approve-acceptance").ClickAsync();
        await page.Locator("#save-decision").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(page.Locator("#acceptance-state")).ToContainTextAsync("Accepted");
        await Expect(page.Locator("#risk-ratings tbody tr")).ToHaveCountAsync(2);
        await ui.CheckPageAsync("risk");
        await ui.ScreenshotAsync("risk-accepted");
        Assert.Empty(ui.ConsoleErrors);

        await using var phone = await UiSession.OpenAsync(fixture, width: 390);
        await phone.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
        await phone.GotoAsync($"/o/demo/risks/{id:D}");
        await Expect(phone.Page.Locator("#acceptance-state")).ToContainTextAsync("Accepted");
        await phone.CheckPageAsync("risk at 390 px");
        await phone.ScreenshotAsync("risk-phone");
    }

    private async Task<Guid> CreateRiskAsync(string title, CancellationToken ct)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
        var risks = scope.ServiceProvider.GetRequiredService<RiskService>();
        return (await risks.CreateAsync(caller, new RiskInput { Title = title, Source = "C.3.4", Objectives = ["C.2.5"] }, ct)).Id;
    }

    private async Task ImplementAsync(IEnumerable<string> controls, CancellationToken ct)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var caller = await DemoData.AdminAsync(scope.ServiceProvider, ct);
        foreach (var control in controls)
        {
            await scope.ServiceProvider.GetRequiredService<ControlService>()
                .UpdateAsync(caller, control, new ControlInput { Status = ControlStatus.Implemented }, null, ct);
        }
    }

    /// <summary>A new Contributor of demo asks for the acceptance (so the Admin on the page is not the requester).</summary>
    private async Task<string> RequestAsContributorAsync(Guid riskId, CancellationToken ct)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var email = $"risk-requester-{Guid.NewGuid():N}@test.local";
        var user = new AimsUser { UserName = email, Email = email, DisplayName = "Requester " + email[15..21], CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>().CreateAsync(user, AimsAppFactory.AdminPassword)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AimsDbContext>();
        db.Actor = "test:setup";
        var demo = await db.Organizations.SingleAsync(o => o.Slug == "demo", ct);
        db.Memberships.Add(new Membership { OrganizationId = demo.Id, UserId = user.Id, Role = Role.Contributor });
        await db.SaveChangesAsync(ct);
        var caller = new Caller(user.Id, email, demo.Id, "demo", Role.Contributor);
        await scope.ServiceProvider.GetRequiredService<RiskDecisions>().RequestAcceptanceAsync(caller, riskId, new AcceptanceRequest
        {
            Justification = "The residual gap is within what the works council agreed for the pilot.",
            ExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(120),
        }, ct);
        return user.DisplayName;
    }
}
