using System.Globalization;

namespace Aims.Core.Objectives;

public enum ProgressStatus
{
    NotMeasured,
    TooEarly,
    OnTrack,
    OffTrack,
    Achieved,
    Missed,
}

/// <summary>
/// Where an objective stands, computed from its measurements and never typed: achieved when the latest value meets the
/// target; missed when the due date has passed without that; otherwise the line through the first and the latest
/// measurement, carried on to the due date, decides on track or off track (one measurement is too early to tell).
/// </summary>
public sealed record ObjectiveProgress(ProgressStatus Status, string Reason, decimal? Latest, DateOnly? LatestOn, decimal? Projected)
{
    public static ObjectiveProgress Of(decimal target, TargetDirection direction, DateOnly due, IReadOnlyList<(DateOnly On, decimal Value)> measured,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var word = direction == TargetDirection.AtLeast ? "at least" : "at most";
        var goal = $"{word} {Number(target)} by {due:yyyy-MM-dd}";
        if (measured.Count == 0)
        {
            return new(ProgressStatus.NotMeasured, $"No measurement yet (target {goal}).", null, null, null);
        }

        var ordered = measured.OrderBy(m => m.On).ToList();
        var (firstOn, first) = ordered[0];
        var (lastOn, last) = ordered[^1];
        bool Meets(decimal value) => direction == TargetDirection.AtLeast ? value >= target : value <= target;
        var latest = $"latest {Number(last)} on {lastOn:yyyy-MM-dd}";
        if (Meets(last))
        {
            return new(ProgressStatus.Achieved, $"Target met: {latest}, target {goal}.", last, lastOn, null);
        }

        if (today > due)
        {
            return new(ProgressStatus.Missed, $"Due date passed without meeting the target: {latest}, target {goal}.", last, lastOn, null);
        }

        if (ordered.Count == 1 || lastOn == firstOn)
        {
            return new(ProgressStatus.TooEarly, $"One measurement so far ({latest}); a trend needs two on different days. Target {goal}.",
                last, lastOn, null);
        }

        var perDay = (last - first) / (lastOn.DayNumber - firstOn.DayNumber);
        var projected = decimal.Round(last + perDay * (due.DayNumber - lastOn.DayNumber), 4);
        return Meets(projected)
            ? new(ProgressStatus.OnTrack, $"On track: {latest}; the trend reaches {Number(projected)} by the due date (target {goal}).",
                last, lastOn, projected)
            : new(ProgressStatus.OffTrack, $"Off track: {latest}; the trend reaches only {Number(projected)} by the due date (target {goal}).",
                last, lastOn, projected);
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
