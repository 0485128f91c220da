namespace Aims.Web.Tests.Infrastructure;

/// <summary>A clock that always answers the instant it was made with, for rules judged at a chosen time.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
