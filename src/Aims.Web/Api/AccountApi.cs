using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Api;

/// <summary>The caller's own account: <c>/api/v1/me/password</c>.</summary>
public static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/me/password", async Task<NoContent> (HttpContext http, PasswordChangeRequest body,
                PasswordChangeService passwords, SessionStore sessions) =>
            {
                if (http.User.HasClaim(c => c.Type == AimsClaims.TokenId))
                {
                    // A leaked token must not be able to take over the account it belongs to.
                    throw new ForbiddenException(Permissions.CatalogRead,
                        "API tokens cannot change passwords; sign in with your password to change it.");
                }

                var userId = AccountEndpoints.UserId(http.User);
                await passwords.ChangeAsync(userId, body.CurrentPassword, body.NewPassword, http.RequestAborted);
                // Whoever else holds a session of this account (the reason to change a password) is signed out now.
                await sessions.EndAllAsync(userId, keep: SessionCookieEvents.SessionOf(http.User), http.RequestAborted);
                return TypedResults.NoContent();
            })
            .WithTags("Account").WithName("ChangePassword")
            .WithSummary("Change your own password (currentPassword, newPassword); ends your other sessions")
            // Guessing the current password from a stolen session is guessing a password: same limit as sign-in.
            .RequireRateLimiting(AccountEndpoints.SignInPolicy)
            .RequirePermission(Permissions.CatalogRead);
        return api;
    }
}
