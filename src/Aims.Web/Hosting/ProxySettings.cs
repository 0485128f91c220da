using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Aims.Web.Hosting;

/// <summary>
/// <c>Aims:TrustedProxies</c>: comma-separated addresses of reverse proxies whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> headers are believed (loopback always is, for a proxy on the same machine). Headers from
/// anyone else are ignored, so a client cannot pick its own address to escape the per-address rate limits.
/// </summary>
public static class ProxySettings
{
    public const string Key = "Aims:TrustedProxies";

    public static ForwardedHeadersOptions ForwardedHeadersFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var text in (configuration[Key] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            options.KnownProxies.Add(IPAddress.TryParse(text, out var address)
                ? address
                : throw new InvalidOperationException($"{Key} must list IP addresses separated by commas (got '{text}')."));
        }

        return options;
    }
}
