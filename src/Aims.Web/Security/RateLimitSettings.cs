using System.ComponentModel.DataAnnotations;

namespace Aims.Web.Security;

/// <summary>
/// <c>Aims:RateLimits:*</c>: how many sign-in attempts, and how many failed API-token authentications, one client
/// address may make per minute. Successful token requests never count, so automation and benchmarks are not slowed.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "Aims:RateLimits";

    /// <summary>
    /// Sign-in posts (password, second factor, recovery code) and password changes (page views and posts, API) per
    /// address and minute.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Requests with an unknown, expired or revoked bearer token per address and minute before 429.</summary>
    [Range(1, int.MaxValue)]
    public int FailedTokenAuthPerMinute { get; set; } = 30;

    /// <summary>The partition key: the connection's address (behind a proxy, configure forwarded headers first).</summary>
    public static string ClientAddress(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
