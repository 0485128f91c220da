using System.Globalization;

namespace Aims.Web.Security;

/// <summary>
/// Refuses bearer-token requests from an address that has used up its failed authentications (429 problem with
/// Retry-After), before the token is looked up, so guessing costs neither a database query nor an answer.
/// </summary>
public sealed class TokenThrottleMiddleware(RequestDelegate next, FailedTokenLimiter limiter)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);
        var bearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (bearer && limiter.IsBlocked(RateLimitSettings.ClientAddress(context), out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await Api.ProblemResponses.WriteAsync(context, problems, StatusCodes.Status429TooManyRequests,
                "Too many failed token authentications",
                "This address sent too many unknown, expired or revoked API tokens. Wait for Retry-After seconds and check " +
                "the token (aims tokens list shows which are active).");
            return;
        }

        await next(context);
    }
}
