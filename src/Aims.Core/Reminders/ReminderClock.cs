namespace Aims.Core.Reminders;

/// <summary>The clock's now cut to milliseconds, the precision both databases keep, so a stored time reads back equal.</summary>
internal static class ReminderClock
{
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
