using System.Text.RegularExpressions;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Aims.E2E.Tests;

/// <summary>
/// Two-factor sign-in as people meet it in Chromium: enrolment with the QR code and key, sign-in with an authenticator
/// code and with a recovery code, and an organization that requires it sending a member without it to enrolment.
/// Codes are computed here from the key the page shows, like an authenticator app would (RFC 6238, Otp.NET).
/// </summary>
public sealed class MfaSignInTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_user_enrols_an_authenticator_then_signs_in_with_a_code_and_with_a_recovery_code()
    {
        const string email = "mfa.user@e2e.openaims.local";
        await CreateUserAsync(email);
        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(email, AimsAppFactory.AdminPassword);

        await page.Locator("#account-menu").ClickAsync();
        await page.Locator("#menu-mfa").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/mfa$"));
        var (key, codes) = await EnrolAsync(ui, "mfa-enrol");
        await page.Locator("#mfa-continue").ClickAsync();
        await ui.WaitInteractiveAsync();

        await SignOutAsync(ui);
        await PasswordStepAsync(ui, email);
        await Expect(page).ToHaveURLAsync(new Regex("/account/login/mfa"));
        await page.Locator("#code").FillAsync("000000");
        await page.Locator("#verify-code").ClickAsync();
        await Expect(page.Locator("#login-error")).ToContainTextAsync("not valid");
        await ui.CheckPageAsync("mfa-code");
        await page.Locator("#code").FillAsync(Code(key));
        await page.Locator("#verify-code").ClickAsync();
        await ui.WaitInteractiveAsync();
        await Expect(page.Locator("#signed-in-user")).ToHaveTextAsync(email);

        await SignOutAsync(ui);
        await PasswordStepAsync(ui, email);
        await page.Locator("#use-recovery-code").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login/recovery"));
        await ui.CheckPageAsync("mfa-recovery");
        await page.Locator("#code").FillAsync(codes[0]);
        await page.Locator("#verify-code").ClickAsync();
        await ui.WaitInteractiveAsync();
        await Expect(page.Locator("#signed-in-user")).ToHaveTextAsync(email);
        Assert.Empty(ui.ConsoleErrors);
    }

    [Fact]
    public async Task An_organization_that_requires_mfa_sends_a_member_without_it_to_enrolment()
    {
        const string slug = "secure-e2e";
        const string member = "member.secure@e2e.openaims.local";
        await CreateUserAsync(member, slug);

        await using (var admin = await UiSession.OpenAsync(fixture))
        {
            await admin.SignInAsync(AimsAppFactory.AdminEmail, AimsAppFactory.AdminPassword);
            await admin.GotoAsync($"/o/{slug}/settings");
            var rule = admin.Page.GetByLabel("Require two-factor sign-in of members");
            await Expect(rule).Not.ToBeCheckedAsync();
            await admin.Page.GetByText("Require two-factor sign-in of members").ClickAsync();
            await Expect(rule).ToBeCheckedAsync();
            // Checked before saving: axe would measure the confirmation snackbar halfway through its fade-in.
            await admin.CheckPageAsync("org-settings-mfa");
            await admin.Page.Locator("#save-settings").ClickAsync();
            await Expect(admin.Page.GetByText("Saved: members need two-factor sign-in", new() { Exact = false })).ToBeVisibleAsync();
        }

        await using var ui = await UiSession.OpenAsync(fixture);
        var page = ui.Page;
        await ui.SignInAsync(member, AimsAppFactory.AdminPassword);
        await page.GotoAsync($"/o/{slug}/ai-systems");
        await Expect(page).ToHaveURLAsync(new Regex("/account/mfa\\?required=true"));
        await Expect(page.Locator("#mfa-required")).ToBeVisibleAsync();
        await EnrolAsync(ui, "mfa-required-enrol");
        await page.Locator("#mfa-continue").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/o/{slug}/ai-systems$"));
        await ui.WaitInteractiveAsync();
        await Expect(page.Locator("#ai-systems-total")).ToBeVisibleAsync();
        Assert.Empty(ui.ConsoleErrors);
    }

    private static async Task<(string Key, IReadOnlyList<string> Codes)> EnrolAsync(UiSession ui, string screenshot)
    {
        var page = ui.Page;
        await Expect(page.Locator("#mfa-qr")).ToBeVisibleAsync();
        Assert.StartsWith("data:image/png;base64,", await page.Locator("#mfa-qr").GetAttributeAsync("src"), StringComparison.Ordinal);
        var key = (await page.Locator("#mfa-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.Empty(await ui.UnlabelledInputsAsync());
        // Axe, one main landmark, fits the screen: the same checks as every other page.
        await ui.CheckPageAsync(screenshot);
        await page.Locator("#mfa-code").FillAsync(Code(key));
        await page.Locator("#enable-mfa").ClickAsync();
        var codes = page.Locator("#recovery-codes li");
        await Expect(codes).ToHaveCountAsync(10);
        await ui.CheckPageAsync(screenshot + "-codes");
        return (key, await codes.AllInnerTextsAsync());
    }

    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    private static async Task SignOutAsync(UiSession ui)
    {
        await ui.Page.Locator("#sign-out").ClickAsync();
        await Expect(ui.Page).ToHaveURLAsync(new Regex("/account/login$"));
    }

    private static async Task PasswordStepAsync(UiSession ui, string email)
    {
        await ui.Page.Locator("#email").FillAsync(email);
        await ui.Page.Locator("#password").FillAsync(AimsAppFactory.AdminPassword);
        await ui.Page.Locator("#sign-in").ClickAsync();
    }

    private async Task CreateUserAsync(string email, string? newOrganization = null)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AimsUser>>();
        var user = new AimsUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        var created = await users.CreateAsync(user, AimsAppFactory.AdminPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (newOrganization is not null)
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<AimsDbContext>>();
            await using var db = await factory.CreateDbContextAsync(ct);
            db.Actor = "e2e-setup";
            var org = new Organization { Name = "Secure E2E Ltd", Slug = newOrganization };
            db.Organizations.Add(org);
            db.Memberships.Add(new Membership { OrganizationId = org.Id, UserId = user.Id, Role = Role.Contributor });
            await db.SaveChangesAsync(ct);
        }
    }
}
