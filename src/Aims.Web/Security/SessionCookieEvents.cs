using System.Security.Claims;
using Aims.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Aims.Web.Security;

/// <summary>
/// Binds the sign-in cookie to a server-side <see cref="UserSession"/>: a sign-in opens one (and closes the one this
/// browser had, so a planted cookie cannot survive a sign-in), every request checks it is still open, sign-out deletes
/// it. A replayed cookie after sign-out is therefore refused on every node, not only in the browser that signed out.
/// This replaces Identity's periodic security-stamp check, whose interval would let a copied cookie live on for minutes.
/// </summary>
public static class SessionCookieEvents
{
    public static void Attach(CookieAuthenticationEvents events)
    {
        ArgumentNullException.ThrowIfNull(events);
        events.OnSigningIn = SigningInAsync;
        events.OnValidatePrincipal = ValidateAsync;
        events.OnSigningOut = SigningOutAsync;
    }

    public static Guid? SessionOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(AimsClaims.SessionId), out var id) ? id : null;

    private static async Task SigningInAsync(CookieSigningInContext context)
    {
        var store = context.HttpContext.RequestServices.GetRequiredService<SessionStore>();
        if (SessionOf(context.HttpContext.User) is { } previous)
        {
            await store.EndAsync(previous, context.HttpContext.RequestAborted);
        }

        if (context.Principal?.Identity is not ClaimsIdentity identity ||
            !Guid.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId))
        {
            return;
        }

        foreach (var stale in identity.FindAll(AimsClaims.SessionId).ToList())
        {
            identity.RemoveClaim(stale);
        }

        var session = await store.StartAsync(userId, context.HttpContext.RequestAborted);
        identity.AddClaim(new Claim(AimsClaims.SessionId, session.ToString("D")));
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var check = SessionOf(principal) is { } session &&
                    Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            ? await context.HttpContext.RequestServices.GetRequiredService<SessionStore>()
                .CheckAsync(session, userId, context.HttpContext.RequestAborted)
            : null;
        if (check is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (principal!.Identity is ClaimsIdentity identity)
        {
            // A renewed (sliding) cookie may have captured the flag of an earlier request; only today's answer counts.
            foreach (var stale in identity.FindAll(AimsClaims.MustChangePassword).ToList())
            {
                identity.RemoveClaim(stale);
            }

            if (check.MustChangePassword)
            {
                identity.AddClaim(new Claim(AimsClaims.MustChangePassword, "true"));
            }
        }
    }

    private static async Task SigningOutAsync(CookieSigningOutContext context)
    {
        if (SessionOf(context.HttpContext.User) is { } session)
        {
            await context.HttpContext.RequestServices.GetRequiredService<SessionStore>()
                .EndAsync(session, context.HttpContext.RequestAborted);
        }
    }
}
