using Aims.Core.Common;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Objectives;

/// <summary>Which way the KPI should move.</summary>
public enum TargetDirection
{
    /// <summary>Met when the value is at least the target (higher is better).</summary>
    AtLeast,

    /// <summary>Met when the value is at most the target (lower is better).</summary>
    AtMost,
}

/// <summary>
/// An AI objective (clause 6.2): what the organization wants to achieve with its AI management, consistent with the AI
/// policy, with a measurable target — a KPI, its unit, a target value, the direction that counts as better and a due
/// date — and the measurements that show whether it is on track.
/// </summary>
public sealed class AiObjective : RegisterRecord
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The AI policy (a controlled document) the objective serves (clause 6.2 a).</summary>
    public Guid? PolicyDocumentId { get; set; }

    public string Kpi { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal TargetValue { get; set; }
    public TargetDirection Direction { get; set; }
    public DateOnly DueDate { get; set; }
    public Guid OwnerId { get; set; }
    public string? Resources { get; set; }

    /// <summary>How results will be evaluated (clause 6.2, the planning of "how").</summary>
    public string? Evaluation { get; set; }

    public int MeasurementCount { get; set; }
    public List<ObjectiveMeasurement> Measurements { get; set; } = [];
}

/// <summary>One measured value of an objective's KPI, on the day it speaks for. Measurements are only ever added.</summary>
public sealed class ObjectiveMeasurement : AuditedEntity, ITenantOwned
{
    public Guid OrganizationId { get; set; }
    public Guid ObjectiveId { get; set; }
    public decimal Value { get; set; }
    public DateOnly MeasuredOn { get; set; }

    /// <summary>Where the value comes from ("Monthly fairness report", "Service desk export").</summary>
    public string Source { get; set; } = "";

    /// <summary>An evidence item that shows the value (e.g. a computed fairness document).</summary>
    public Guid? EvidenceItemId { get; set; }

    public string? Note { get; set; }
}

public sealed record AiObjectiveInput
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public Guid? PolicyDocumentId { get; init; }
    public string? Kpi { get; init; }
    public string? Unit { get; init; }
    public decimal? TargetValue { get; init; }
    public TargetDirection? Direction { get; init; }
    public DateOnly? DueDate { get; init; }
    public Guid? OwnerId { get; init; }
    public string? Resources { get; init; }
    public string? Evaluation { get; init; }
}

public sealed record MeasurementInput
{
    public decimal? Value { get; init; }
    public DateOnly? MeasuredOn { get; init; }
    public string? Source { get; init; }
    public Guid? EvidenceId { get; init; }
    public string? Note { get; init; }
}

public sealed record MeasurementView(Guid Id, decimal Value, DateOnly MeasuredOn, string Source, Guid? EvidenceId, string? EvidenceTitle,
    string? Note, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record AiObjectiveView(
    Guid Id, string Title, string? Description, Guid? PolicyDocumentId, string? PolicyTitle, string Kpi, string Unit,
    decimal TargetValue, TargetDirection Direction, DateOnly DueDate, Guid OwnerId, string? OwnerName, string? Resources,
    string? Evaluation, ObjectiveProgress Progress, IReadOnlyList<MeasurementView> Measurements,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;
