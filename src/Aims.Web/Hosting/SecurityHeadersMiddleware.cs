namespace Aims.Web.Hosting;

/// <summary>
/// Browser hardening on every response: no MIME sniffing, no framing (clickjacking), no referrer leakage of record
/// URLs, and a policy that pins forms, base URLs and plug-ins to this origin. Script sources are left to Blazor's own
/// inline import map, which a stricter script-src would break. Over HTTPS (or when the public address is https, TLS
/// ending at a proxy) HSTS tells browsers never to use plain HTTP for this host again.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, PublicUrlSettings publicUrl)
{
    public const string ContentSecurityPolicy =
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>One year, the value browsers' preload lists expect; subdomains are left to the operator.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (publicUrl.IsHttps)
        {
            // TLS ends at a proxy in front of us: people reach this host over https, so cookies must be Secure and
            // antiforgery must treat the request as the secure one it is for the browser.
            context.Request.Scheme = Uri.UriSchemeHttps;
        }

        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
