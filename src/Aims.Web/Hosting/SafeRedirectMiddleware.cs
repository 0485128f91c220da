namespace Aims.Web.Hosting;

/// <summary>
/// Redirects never carry the request's Host header. The cookie handler and Blazor's NavigationManager build absolute
/// Location headers from <c>Request.Host</c>, so a request with <c>Host: evil.example</c> was sent to
/// <c>http://evil.example/account/login…</c> (cache poisoning, phishing links in password-reset style flows). Any
/// Location that points at the request's own host is rewritten to the configured public address or, without one, made
/// relative, which every browser resolves against the address it actually used.
/// </summary>
public sealed class SafeRedirectMiddleware(RequestDelegate next, PublicUrlSettings publicUrl)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var location = context.Response.Headers.Location.ToString();
            if (location.Length > 0 && Uri.TryCreate(location, UriKind.Absolute, out var target) &&
                (target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps) &&
                string.Equals(target.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase))
            {
                var relative = target.PathAndQuery + target.Fragment;
                context.Response.Headers.Location = publicUrl.PublicUrl is { } baseUrl
                    ? new Uri(baseUrl, relative).ToString()
                    : relative;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
