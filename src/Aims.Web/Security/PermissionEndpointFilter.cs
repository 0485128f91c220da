using Aims.Core.Access;

namespace Aims.Web.Security;

/// <summary>
/// Enforces the endpoint's declared permission. For tenant routes (<c>/orgs/{org}/…</c>) it first resolves the
/// caller's standing in that organization: no standing answers 404 (not 403) so outsiders cannot probe which
/// organizations or records exist. The resolved <see cref="Caller"/> is stored for the handler.
/// </summary>
public sealed class PermissionEndpointFilter : IEndpointFilter
{
    private static readonly object CallerKey = new();

    public static Caller GetCaller(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items[CallerKey] as Caller
               ?? throw new InvalidOperationException("No caller was resolved for this endpoint.");
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var permission = http.GetEndpoint()?.Metadata.GetMetadata<RequiresPermissionAttribute>()?.Permission
                         ?? throw new InvalidOperationException("Endpoint declares no permission.");
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required",
                detail: "Sign in or send an API token as 'Authorization: Bearer <token>'.");
        }

        if (http.Request.RouteValues.TryGetValue("org", out var slugValue) && slugValue is string slug)
        {
            var accessor = http.RequestServices.GetRequiredService<CallerAccessor>();
            var caller = await accessor.ResolveAsync(http.User, slug, http.RequestAborted);
            if (caller is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                    detail: $"No organization '{slug}' is visible to you.");
            }

            if (caller.NeedsMfa)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Two-factor sign-in required",
                    detail: $"Organization '{slug}' requires two-factor sign-in of its members. Set up an authenticator app " +
                            "at /account/mfa, then sign in again; API tokens of the organization keep working.");
            }

            if (!caller.Can(permission))
            {
                return Forbidden(caller.Role, permission);
            }

            http.Items[CallerKey] = caller;
        }
        else if (http.User.FindFirst(AimsClaims.TokenRole)?.Value is { } tokenRoleText &&
                 Enum.TryParse<Role>(tokenRoleText, out var tokenRole) && !PermissionMatrix.Allows(tokenRole, permission))
        {
            return Forbidden(tokenRole, permission);
        }

        return await next(context);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Forbidden(Role role, string permission) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: $"Your role ({role}) does not grant '{permission}'.");
}
