namespace Aims.Web.Hosting;

/// <summary>
/// Browser hardening on every response: no MIME sniffing, no framing (clickjacking), no referrer leakage of record
/// URLs, and a policy that pins forms, base URLs and plug-ins to this origin. Script sources are left to Blazor's own
/// inline import map, which a stricter script-src would break.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
