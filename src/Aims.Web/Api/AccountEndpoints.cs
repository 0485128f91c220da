using Aims.Core.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Aims.Web.Api;

/// <summary>
/// Cookie sign-in and sign-out for the UI. These are plain form posts (antiforgery-checked) because a Blazor
/// circuit cannot set cookies; the sign-in page is statically rendered and posts here.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/account").ExcludeFromDescription();
        group.MapPost("/login", async ([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl,
                SignInManager<AimsUser> signIn) =>
            {
                var target = SafeReturnUrl(returnUrl);
                if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
                {
                    return Results.LocalRedirect(LoginUrl("missing", target, email));
                }

                var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    return Results.LocalRedirect(target);
                }

                return Results.LocalRedirect(LoginUrl(result.IsLockedOut ? "locked" : "invalid", target, email));
            })
            .AllowAnonymous();
        group.MapPost("/logout", async (SignInManager<AimsUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/login");
            })
            .AllowAnonymous();
        return app;
    }

    // Browsers drop tabs and line breaks inside URLs ("/\t/evil.example" becomes "//evil.example"), and LocalRedirect
    // refuses such values with an exception (a 500 after a successful sign-in); send those home like any other foreign URL.
    private static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) &&
        !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : "/";

    private static string LoginUrl(string error, string returnUrl, string? email) =>
        $"/account/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}&email={Uri.EscapeDataString(email ?? "")}";
}
