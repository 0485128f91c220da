using System.Security.Claims;
using Aims.Core.Access;
using Aims.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Aims.Web.Api;

/// <summary>
/// Cookie sign-in and sign-out for the UI. These are plain form posts (antiforgery-checked) because a Blazor
/// circuit cannot set cookies; the sign-in pages are statically rendered and post here. Every post is rate limited per
/// client address (<see cref="RateLimitSettings"/>); a post without a valid antiforgery token is answered by
/// <see cref="Hosting.BadRequestPageHandler"/> with a 400 page.
/// </summary>
public static class AccountEndpoints
{
    public const string SignInPolicy = "sign-in";

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

                if (result.RequiresTwoFactor)
                {
                    return Results.LocalRedirect($"/account/login/mfa?returnUrl={Uri.EscapeDataString(target)}");
                }

                return Results.LocalRedirect(LoginUrl(result.IsLockedOut ? "locked" : "invalid", target, email));
            })
            .RequireRateLimiting(SignInPolicy).AllowAnonymous();

        group.MapPost("/login/mfa", async ([FromForm] string? code, [FromForm] string? returnUrl, SignInManager<AimsUser> signIn) =>
                await SecondFactorAsync(signIn, returnUrl, "mfa",
                    c => signIn.TwoFactorAuthenticatorSignInAsync(c, isPersistent: false, rememberClient: false), code))
            .RequireRateLimiting(SignInPolicy).AllowAnonymous();

        group.MapPost("/login/recovery", async ([FromForm] string? code, [FromForm] string? returnUrl, SignInManager<AimsUser> signIn) =>
                await SecondFactorAsync(signIn, returnUrl, "recovery", signIn.TwoFactorRecoveryCodeSignInAsync, code))
            .RequireRateLimiting(SignInPolicy).AllowAnonymous();

        // No form fields are bound here, so the framework would not check the token by itself: check it explicitly, or any
        // site could sign a user out (a cross-site POST carries the SameSite=Lax cookie on top-level navigation).
        group.MapPost("/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<AimsUser> signIn) =>
            {
                await RequireAntiforgeryAsync(http, antiforgery);
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/login");
            })
            .AllowAnonymous();
        return app;
    }

    /// <summary>Throws the same 400 the framework throws for a bound form without a valid token.</summary>
    public static async Task RequireAntiforgeryAsync(HttpContext http, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException ex)
        {
            throw new BadHttpRequestException("Invalid anti-forgery token: " + ex.Message, StatusCodes.Status400BadRequest, ex);
        }
    }

    /// <summary>The signed-in user's id, for endpoints that act on the own account.</summary>
    public static Guid UserId(ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No user id claim."));

    private static async Task<IResult> SecondFactorAsync(SignInManager<AimsUser> signIn, string? returnUrl, string step,
        Func<string, Task<Microsoft.AspNetCore.Identity.SignInResult>> verify, string? code)
    {
        var target = SafeReturnUrl(returnUrl);
        // Without the short-lived cookie set by the password step there is nobody to verify a code for.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Results.LocalRedirect(LoginUrl("expired", target, null));
        }

        // Authenticator apps show "123 456"; recovery codes are typed with or without their dash.
        var cleaned = new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (cleaned.Length == 0)
        {
            return Results.LocalRedirect($"/account/login/{step}?error=missing&returnUrl={Uri.EscapeDataString(target)}");
        }

        var result = await verify(cleaned);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(target);
        }

        return result.IsLockedOut
            ? Results.LocalRedirect(LoginUrl("locked", target, null))
            : Results.LocalRedirect($"/account/login/{step}?error=invalid&returnUrl={Uri.EscapeDataString(target)}");
    }

    // Browsers drop tabs and line breaks inside URLs ("/\t/evil.example" becomes "//evil.example"), and LocalRedirect
    // refuses such values with an exception (a 500 after a successful sign-in); send those home like any other foreign URL.
    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) &&
        !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : "/";

    private static string LoginUrl(string error, string returnUrl, string? email) =>
        $"/account/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}&email={Uri.EscapeDataString(email ?? "")}";
}
