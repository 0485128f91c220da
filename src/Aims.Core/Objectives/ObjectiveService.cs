using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Objectives;

/// <summary>Create and edit AI objectives (clause 6.2) and add their measurements.</summary>
public sealed class ObjectiveService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<AiObjective, AiObjectiveView, AiObjectiveInput>(ObjectiveRegister.Create(clock), dbFactory, lists)
{
    public const int UnitMaxLength = 40;

    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("title", "Objective", required: true, "What you want to achieve: \"Keep approval-rate parity across age groups\"."),
        RegisterField.Reference("policyDocumentId", "AI policy", "documents",
            "Objectives must be consistent with the AI policy (clause 6.2 a); an auditor asks which policy commitment each serves."),
        RegisterField.Text("kpi", "KPI", required: true, "What is measured: \"Demographic parity ratio, age groups\"."),
        RegisterField.Text("unit", "Unit", required: true, "ratio, %, days, count…") with { MaxLength = UnitMaxLength },
        RegisterField.Number("targetValue", "Target value", required: true),
        RegisterField.Choice<TargetDirection>("direction", "Direction", ObjectiveLabels.Direction),
        RegisterField.Date("dueDate", "Due date", required: true, "When the target is to be met (clause 6.2 asks when it will be completed)."),
        RegisterField.Member("ownerId", "Owner", "Who is responsible for the objective (default: you)."),
        RegisterField.Paragraphs("resources", "Resources", help: "What will be required: people, budget, tooling."),
        RegisterField.Paragraphs("evaluation", "How results are evaluated", help: "How and how often the KPI is measured and who reviews it."),
        RegisterField.Paragraphs("description", "Description"),
    ];

    private static readonly RegisterField ValueField = RegisterField.Number("value", "Value", required: true);
    private static readonly RegisterField MeasuredOnField = RegisterField.Date("measuredOn", "Measured on", required: true);
    private static readonly RegisterField SourceField = RegisterField.Text("source", "Source", required: true);
    private static readonly RegisterField NoteField = RegisterField.Paragraphs("note", "Note") with { MaxLength = DomainRules.ShortTextMaxLength };

    /// <summary>The fields of a measurement, for the form and the CLI.</summary>
    public static IReadOnlyList<RegisterField> MeasurementFields { get; } =
        [ValueField, MeasuredOnField, SourceField, RegisterField.Reference("evidenceId", "Evidence", "evidence"), NoteField];

    protected override void Validate(AiObjectiveInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("title"), input.Title);
        errors.Text(Field("kpi"), input.Kpi);
        errors.Text(Field("unit"), input.Unit);
        errors.Number(Field("targetValue"), input.TargetValue);
        errors.Choice(Field("direction"), input.Direction);
        errors.Day(Field("dueDate"), input.DueDate);
        errors.Text(Field("resources"), input.Resources);
        errors.Text(Field("evaluation"), input.Evaluation);
        errors.Text(Field("description"), input.Description);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, AiObjectiveInput input, FieldErrors errors, CancellationToken ct)
    {
        await RegisterOwners.CheckAsync(db, caller, input.OwnerId ?? caller.UserId, errors, ct);
        if (input.PolicyDocumentId is { } policy)
        {
            await RecordLinks.CheckAsync(db, Field("policyDocumentId"), [policy], errors, ct);
        }
    }

    protected override Task ApplyAsync(AimsDbContext db, Caller caller, AiObjective record, AiObjectiveInput input, CancellationToken ct)
    {
        record.Title = input.Title!.Trim();
        record.Description = Clean(input.Description);
        record.PolicyDocumentId = input.PolicyDocumentId;
        record.Kpi = input.Kpi!.Trim();
        record.Unit = input.Unit!.Trim();
        record.TargetValue = input.TargetValue!.Value;
        record.Direction = input.Direction!.Value;
        record.DueDate = input.DueDate!.Value;
        record.OwnerId = input.OwnerId ?? (record.OwnerId == Guid.Empty ? caller.UserId : record.OwnerId);
        record.Resources = Clean(input.Resources);
        record.Evaluation = Clean(input.Evaluation);
        return Task.CompletedTask;
    }

    public override AiObjectiveInput ToInput(AiObjectiveView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Title = view.Title, Description = view.Description, PolicyDocumentId = view.PolicyDocumentId, Kpi = view.Kpi, Unit = view.Unit,
            TargetValue = view.TargetValue, Direction = view.Direction, DueDate = view.DueDate, OwnerId = view.OwnerId,
            Resources = view.Resources, Evaluation = view.Evaluation,
        };
    }

    /// <summary>The rules of a measurement that need nothing but the input (forms run them as people type).</summary>
    public static FieldErrors CheckMeasurement(MeasurementInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        errors.Number(ValueField, input.Value);
        errors.Day(MeasuredOnField, input.MeasuredOn);
        errors.NotAfter(MeasuredOnField, input.MeasuredOn, today);
        errors.Text(SourceField, input.Source);
        errors.Text(NoteField, input.Note);
        return errors;
    }

    /// <summary>Records a measurement of the KPI; the objective's version moves, so its history and ETag show it.</summary>
    public async Task<AiObjectiveView> AddMeasurementAsync(Caller caller, Guid objectiveId, MeasurementInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.ManagementWrite);
        await using var db = await OpenAsync(caller, ct);
        var objective = await Register.FindForChangeAsync(db, objectiveId, expectedVersion: null, ct);
        if (objective.ArchivedAt is not null)
        {
            throw new ValidationFailedException("status", "An archived objective takes no measurements; restore it first.");
        }

        var errors = CheckMeasurement(input, EvidenceCalendar.Today(clock, db.TimeZone));
        if (input.EvidenceId is { } evidence && !await db.EvidenceItems.AnyAsync(e => e.Id == evidence, ct))
        {
            errors.Add("evidenceId", $"No evidence item {evidence:D} in this organization.");
        }

        ValidationFailedException.ThrowIfAny(errors);
        db.Add(new ObjectiveMeasurement
        {
            OrganizationId = caller.OrganizationId,
            ObjectiveId = objective.Id,
            Value = input.Value!.Value,
            MeasuredOn = input.MeasuredOn!.Value,
            Source = input.Source!.Trim(),
            EvidenceItemId = input.EvidenceId,
            Note = Clean(input.Note),
        });
        objective.MeasurementCount++;
        await Register.SaveAsync(db, ct);
        return await Register.ViewAsync(db, objective.Id, ct);
    }
}
