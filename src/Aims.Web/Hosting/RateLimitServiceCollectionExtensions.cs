using System.Globalization;
using System.Threading.RateLimiting;
using Aims.Web.Api;
using Aims.Web.Security;
using Microsoft.Extensions.Options;

namespace Aims.Web.Hosting;

/// <summary>The framework's rate limiter for sign-in posts, and the failed-token counter, from <see cref="RateLimitSettings"/>.</summary>
public static class RateLimitServiceCollectionExtensions
{
    public static IServiceCollection AddAimsRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitSettings>().Bind(configuration.GetSection(RateLimitSettings.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FailedTokenLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AccountEndpoints.SignInPolicy, http =>
            {
                var permits = http.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value.SignInPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(RateLimitSettings.ClientAddress(http),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.OnRejected = async (context, ct) =>
            {
                var response = context.HttpContext.Response;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                {
                    response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Too many attempts · OpenAIMS</title>
                    <link rel="stylesheet" href="/app.css"></head>
                    <body><main class="login-page"><section class="login-card" id="too-many-attempts">
                    <h1>Too many sign-in attempts</h1>
                    <p>Too many sign-in attempts came from your network in the last minute. Wait a minute, then
                    <a href="/account/login">sign in again</a>.</p>
                    </section></main></body></html>
                    """, ct);
            };
        });
        return services;
    }
}
