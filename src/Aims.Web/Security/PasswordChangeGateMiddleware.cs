using Microsoft.AspNetCore.Authorization;

namespace Aims.Web.Security;

/// <summary>
/// While a signed-in user still has a password someone else chose (<see cref="AimsClaims.MustChangePassword"/>), pages
/// lead to the change-password page and the API answers 403 with what to do. Only what the change itself needs stays
/// open: the account pages and endpoints, <c>/api/v1/me</c> and its password endpoint, and anonymous endpoints
/// (static files, health).
/// </summary>
public sealed class PasswordChangeGateMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/password";

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);
        if (!context.User.HasClaim(AimsClaims.MustChangePassword, "true") || IsExempt(context))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Api.ProblemResponses.WriteAsync(context, problems, StatusCodes.Status403Forbidden, "Password change required",
                "Your password was set by someone else. Choose your own first: sign in to the web UI " +
                $"({ChangePasswordPath}) or POST /api/v1/me/password with currentPassword and newPassword.");
            return;
        }

        var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{ChangePasswordPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    private static bool IsExempt(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api"))
        {
            return path.Equals("/api/v1/me", StringComparison.OrdinalIgnoreCase) ||
                   path.StartsWithSegments("/api/v1/me/password", StringComparison.OrdinalIgnoreCase);
        }

        return path.StartsWithSegments("/account") || path.StartsWithSegments("/_framework") ||
               path.StartsWithSegments("/_content") ||
               context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
    }
}
