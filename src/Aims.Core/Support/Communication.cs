using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Support;

/// <summary>Whether a communication goes to people inside the organization or outside it (clause 7.4 covers both).</summary>
public enum CommunicationDirection
{
    Internal,
    External,
}

/// <summary>How a communication is made.</summary>
public enum CommunicationChannel
{
    Email,
    Meeting,
    Intranet,
    TrainingSession,
    Report,
    Website,
    Letter,
    Other,
}

/// <summary>How often a planned communication is made; <see cref="OnChange"/> is made when something changes, so it has
/// no computed due date.</summary>
public enum CommunicationFrequency
{
    Once,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
    OnChange,
}

/// <summary>
/// One line of the communication plan (clause 7.4): what is communicated, to whom, how, how often and by whom, and the
/// documents it carries. When it is next due is computed from the records of communications made.
/// </summary>
public sealed class CommunicationPlanItem : RegisterRecord
{
    public string Topic { get; set; } = "";
    public CommunicationDirection Direction { get; set; }
    public string Audience { get; set; } = "";
    public CommunicationChannel Channel { get; set; }
    public CommunicationFrequency Frequency { get; set; }

    /// <summary>When the first communication is due; later ones follow from the frequency and the last one made.</summary>
    public DateOnly StartsOn { get; set; }

    public Guid CommunicatorId { get; set; }
    public string? Notes { get; set; }
}

public sealed record CommunicationPlanItemInput
{
    public string? Topic { get; init; }
    public CommunicationDirection? Direction { get; init; }
    public string? Audience { get; init; }
    public CommunicationChannel? Channel { get; init; }
    public CommunicationFrequency? Frequency { get; init; }
    public DateOnly? StartsOn { get; init; }
    public Guid? CommunicatorId { get; init; }
    public IReadOnlyList<Guid>? DocumentIds { get; init; }
    public string? Notes { get; init; }
}

/// <param name="LastMadeOn">The date of the latest communication recorded against this line.</param>
/// <param name="NextDueOn">When the next one is due; null once a one-off is made, and for communications made on change.</param>
/// <param name="Overdue">The next one was due before today.</param>
public sealed record CommunicationPlanItemView(
    Guid Id, string Topic, CommunicationDirection Direction, string Audience, CommunicationChannel Channel, CommunicationFrequency Frequency,
    DateOnly StartsOn, Guid CommunicatorId, string? Communicator, IReadOnlyList<RecordRef> Documents, string? Notes,
    int Made, DateOnly? LastMadeOn, DateOnly? NextDueOn, bool Overdue,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

/// <summary>A communication that was made (clause 7.4 evidence): when, what, to whom, how and by whom, against a line of the plan
/// or on its own.</summary>
public sealed class CommunicationRecord : RegisterRecord
{
    public Guid? PlanItemId { get; set; }
    public DateOnly Date { get; set; }
    public string Subject { get; set; } = "";
    public string? Audience { get; set; }
    public CommunicationChannel Channel { get; set; }
    public Guid CommunicatedById { get; set; }
    public Guid? EvidenceId { get; set; }
    public string? Notes { get; set; }
}

public sealed record CommunicationRecordInput
{
    public Guid? PlanItemId { get; init; }
    public DateOnly? Date { get; init; }
    public string? Subject { get; init; }
    public string? Audience { get; init; }
    public CommunicationChannel? Channel { get; init; }
    public Guid? CommunicatedById { get; init; }
    public Guid? EvidenceId { get; init; }
    public string? Notes { get; init; }
}

public sealed record CommunicationRecordView(
    Guid Id, Guid? PlanItemId, string? PlanItem, DateOnly Date, string Subject, string? Audience, CommunicationChannel Channel,
    Guid CommunicatedById, string? CommunicatedBy, Guid? EvidenceId, string? EvidenceTitle, string? Notes,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

/// <summary>When a planned communication is next due: the start date until one is made, then the last one plus the
/// frequency's interval.</summary>
public static class CommunicationSchedule
{
    public static DateOnly? NextDue(CommunicationFrequency frequency, DateOnly startsOn, DateOnly? lastMadeOn) =>
        (frequency, lastMadeOn) switch
        {
            (CommunicationFrequency.OnChange, _) => null,
            (_, null) => startsOn,
            (CommunicationFrequency.Once, _) => null,
            (CommunicationFrequency.Monthly, { } last) => last.AddMonths(1),
            (CommunicationFrequency.Quarterly, { } last) => last.AddMonths(3),
            (CommunicationFrequency.HalfYearly, { } last) => last.AddMonths(6),
            (_, { } last) => last.AddYears(1),
        };
}

public static class CommunicationLabels
{
    public static string Direction(CommunicationDirection direction) =>
        direction == CommunicationDirection.Internal ? "Internal" : "External";

    public static string Channel(CommunicationChannel channel) => channel switch
    {
        CommunicationChannel.Email => "E-mail",
        CommunicationChannel.Meeting => "Meeting",
        CommunicationChannel.Intranet => "Intranet",
        CommunicationChannel.TrainingSession => "Training session",
        CommunicationChannel.Report => "Report",
        CommunicationChannel.Website => "Website",
        CommunicationChannel.Letter => "Letter",
        _ => "Other",
    };

    public static string Frequency(CommunicationFrequency frequency) => frequency switch
    {
        CommunicationFrequency.Once => "Once",
        CommunicationFrequency.Monthly => "Monthly",
        CommunicationFrequency.Quarterly => "Quarterly",
        CommunicationFrequency.HalfYearly => "Every six months",
        CommunicationFrequency.Yearly => "Yearly",
        _ => "On each change",
    };
}
