using Aims.Core.Organizations;

namespace Aims.Web.Tests.Reminders;

/// <summary>
/// Due dates in the organization's time zone, with the host's InvariantGlobalization (no ICU): IANA zones still
/// resolve from the tz database, and "today", a day's end and "overdue" follow the zone, daylight saving included.
/// </summary>
public sealed class OrganizationCalendarTests
{
    private static readonly DateTimeOffset Noon1MarchUtc = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_tests_run_like_the_host_without_ICU_and_IANA_zones_still_resolve()
    {
        Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant,
            "the test process must run with InvariantGlobalization like the host (Directory.Build.props)");
        foreach (var id in new[] { "Europe/Berlin", "Pacific/Auckland", "America/New_York", "Asia/Kolkata", "UTC" })
        {
            Assert.Equal(id, OrganizationTimeZones.Find(id, out var problem)?.Id);
            Assert.Null(problem);
        }

        Assert.True(OrganizationTimeZones.All.Count > 300, $"only {OrganizationTimeZones.All.Count} zones: is tzdata installed?");
        Assert.Contains("Pacific/Auckland", OrganizationTimeZones.All);
    }

    [Theory]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("  Pacific/Auckland ", "Pacific/Auckland")]
    [InlineData("utc", "UTC")]
    public void A_zone_is_stored_in_its_canonical_spelling(string typed, string canonical) =>
        Assert.Equal(canonical, OrganizationTimeZones.Find(typed, out _)?.Id);

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("localtime")]
    [InlineData("posixrules")]
    [InlineData("right/UTC")]
    [InlineData("../../etc/passwd")]
    [InlineData("Europe")]
    [InlineData("")]
    [InlineData("   ")]
    public void Anything_but_a_listed_IANA_zone_is_refused_with_a_hint(string typed)
    {
        Assert.Null(OrganizationTimeZones.Find(typed, out var problem));
        Assert.Contains("Europe/Berlin", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_tomorrow_in_UTC_is_due_today_in_Auckland()
    {
        var due = new DateOnly(2026, 3, 2);
        var auckland = OrganizationCalendar.For("Pacific/Auckland");
        Assert.Equal(due, auckland.Today(Noon1MarchUtc)); // 01:00 on 2 March there
        Assert.Equal(0, auckland.DaysUntil(due, Noon1MarchUtc));
        Assert.Equal("today", auckland.RelativeDay(due, Noon1MarchUtc));
        Assert.False(auckland.IsOverdue(due, Noon1MarchUtc));

        var utc = OrganizationCalendar.Utc;
        Assert.Equal(new DateOnly(2026, 3, 1), utc.Today(Noon1MarchUtc));
        Assert.Equal(1, utc.DaysUntil(due, Noon1MarchUtc));
        Assert.Equal("tomorrow", utc.RelativeDay(due, Noon1MarchUtc));

        // Auckland's 2 March ends at 11:00 UTC on 2 March; UTC's thirteen hours later.
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero), auckland.EndOfDay(due));
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), utc.EndOfDay(due));
        var afterAucklandMidnight = new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero);
        Assert.True(auckland.IsOverdue(due, afterAucklandMidnight));
        Assert.False(auckland.IsOverdue(due, afterAucklandMidnight.AddTicks(-1)));
        Assert.False(utc.IsOverdue(due, afterAucklandMidnight));
    }

    [Fact]
    public void Days_follow_daylight_saving_changes()
    {
        var berlin = OrganizationCalendar.For("Europe/Berlin");
        // 29 March 2026: clocks go forward at 02:00, so the day has 23 hours.
        var spring = new DateOnly(2026, 3, 29);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), berlin.StartOfDay(spring));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), berlin.EndOfDay(spring));

        // Santiago skips midnight on 6 September 2026 (00:00 → 01:00): the day starts at 01:00 local, 04:00 UTC.
        var santiago = OrganizationCalendar.For("America/Santiago");
        Assert.Equal(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero), santiago.StartOfDay(new DateOnly(2026, 9, 6)));
        Assert.Equal(new DateOnly(2026, 9, 6), santiago.DateOf(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 9, 5), santiago.DateOf(new DateTimeOffset(2026, 9, 6, 3, 59, 59, TimeSpan.Zero)));

        // Havana repeated the hour after midnight on 2 November 2025 (01:00 → 00:00): the day starts at the first
        // midnight. A past change on purpose: governments change future ones (tzdata 2026f cancelled Cuba's 2026 one).
        var havana = OrganizationCalendar.For("America/Havana");
        Assert.Equal(new DateTimeOffset(2025, 11, 2, 4, 0, 0, TimeSpan.Zero), havana.StartOfDay(new DateOnly(2025, 11, 2)));
        Assert.Equal(new DateTimeOffset(2025, 11, 3, 5, 0, 0, TimeSpan.Zero), havana.EndOfDay(new DateOnly(2025, 11, 2)));
    }

    [Fact]
    public void Relative_days_read_the_same_everywhere()
    {
        var utc = OrganizationCalendar.Utc;
        Assert.Equal("in 5 days", utc.RelativeDay(new DateOnly(2026, 3, 6), Noon1MarchUtc));
        Assert.Equal("yesterday", utc.RelativeDay(new DateOnly(2026, 2, 28), Noon1MarchUtc));
        Assert.Equal("12 days ago", utc.RelativeDay(new DateOnly(2026, 2, 17), Noon1MarchUtc));
        Assert.True(utc.IsDueWithin(new DateOnly(2026, 3, 31), 30, Noon1MarchUtc));
        Assert.False(utc.IsDueWithin(new DateOnly(2026, 4, 1), 30, Noon1MarchUtc));
        Assert.Equal("2026-03-06", OrganizationCalendar.Format(new DateOnly(2026, 3, 6)));
    }

    [Fact]
    public void A_stored_zone_the_server_no_longer_knows_is_an_operator_error_not_a_guess()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OrganizationCalendar.For("Atlantis/Capital"));
        Assert.Contains("Atlantis/Capital", error.Message, StringComparison.Ordinal);
        Assert.Same(OrganizationCalendar.Utc, OrganizationCalendar.For((string?)null));
    }
}
