namespace Aims.Core.Objectives;

public static class ObjectiveLabels
{
    public static string Direction(TargetDirection direction) =>
        direction == TargetDirection.AtLeast ? "At least (higher is better)" : "At most (lower is better)";

    public static string Progress(ProgressStatus status) => status switch
    {
        ProgressStatus.NotMeasured => "Not measured",
        ProgressStatus.TooEarly => "Too early to tell",
        ProgressStatus.OnTrack => "On track",
        ProgressStatus.OffTrack => "Off track",
        ProgressStatus.Achieved => "Achieved",
        _ => "Missed",
    };
}
