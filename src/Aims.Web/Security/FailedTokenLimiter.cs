using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Aims.Web.Security;

/// <summary>
/// Counts failed bearer-token authentications per client address with the framework's fixed-window limiter. Only
/// failures take permits, so a busy pipeline with a valid token is never throttled, while guessing (or a leaked list of
/// revoked tokens) is refused with 429 after the configured number of failures until the minute is over.
/// </summary>
public sealed class FailedTokenLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public FailedTokenLimiter(IOptions<RateLimitSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var permits = settings.Value.FailedTokenAuthPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Whether the address has used up its failures; when it has, how long until it may try again.</summary>
    public bool IsBlocked(string address, out TimeSpan retryAfter)
    {
        // Asking for zero permits tells whether any are left without taking one.
        using var probe = _limiter.AttemptAcquire(address, 0);
        retryAfter = probe.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return !probe.IsAcquired;
    }

    public void RecordFailure(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
    }

    public void Dispose() => _limiter.Dispose();
}
