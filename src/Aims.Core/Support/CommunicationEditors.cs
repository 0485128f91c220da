using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Support;

/// <summary>Create and edit the lines of the communication plan (clause 7.4).</summary>
public sealed class CommunicationPlanService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<CommunicationPlanItem, CommunicationPlanItemView, CommunicationPlanItemInput>(CommunicationRegisters.Plan(clock), dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("topic", "What", required: true, "\"The AI policy and what it asks of staff\", \"Model changes to customers\"."),
        RegisterField.Choice<CommunicationDirection>("direction", "Internal or external", CommunicationLabels.Direction, help:
            "Clause 7.4 covers both: staff and contractors inside, customers, regulators and affected persons outside."),
        RegisterField.Text("audience", "With whom", required: true, "\"All staff\", \"Claims handlers\", \"Customers using the chatbot\"."),
        RegisterField.Choice<CommunicationChannel>("channel", "How", CommunicationLabels.Channel),
        RegisterField.Choice<CommunicationFrequency>("frequency", "When", CommunicationLabels.Frequency, help:
            "How often it is made; the next due date is computed from the last communication recorded against this line."),
        RegisterField.Date("startsOn", "First due", required: true, "When the first one is due; it is overdue from the next day until one is recorded."),
        RegisterField.Member("communicatorId", "By whom", "The member who makes this communication (default: you)."),
        RegisterField.References("documentIds", "Documents communicated", "documents", "The AI policy, a transparency notice…"),
        RegisterField.Paragraphs("notes", "Notes"),
    ];

    protected override void Validate(CommunicationPlanItemInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("topic"), input.Topic);
        errors.Choice(Field("direction"), input.Direction);
        errors.Text(Field("audience"), input.Audience);
        errors.Choice(Field("channel"), input.Channel);
        errors.Choice(Field("frequency"), input.Frequency);
        errors.Day(Field("startsOn"), input.StartsOn);
        errors.Ids(Field("documentIds"), input.DocumentIds);
        errors.Text(Field("notes"), input.Notes);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, CommunicationPlanItemInput input, FieldErrors errors, CancellationToken ct)
    {
        await RegisterOwners.CheckAsync(db, caller, Field("communicatorId"), input.CommunicatorId ?? caller.UserId, errors, ct);
        await RecordLinks.CheckAsync(db, Field("documentIds"), input.DocumentIds, errors, ct);
    }

    protected override Task ApplyAsync(AimsDbContext db, Caller caller, CommunicationPlanItem record, CommunicationPlanItemInput input, CancellationToken ct)
    {
        record.Topic = input.Topic!.Trim();
        record.Direction = input.Direction!.Value;
        record.Audience = input.Audience!.Trim();
        record.Channel = input.Channel!.Value;
        record.Frequency = input.Frequency!.Value;
        record.StartsOn = input.StartsOn!.Value;
        record.CommunicatorId = input.CommunicatorId ?? (record.CommunicatorId == Guid.Empty ? caller.UserId : record.CommunicatorId);
        record.Notes = Clean(input.Notes);
        return RecordLinks.ReplaceAsync(db, caller.OrganizationId, CommunicationRegisters.PlanName, record.Id, "documents",
            (input.DocumentIds ?? []).Select(id => id.ToString("D")), ct);
    }

    public override CommunicationPlanItemInput ToInput(CommunicationPlanItemView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Topic = view.Topic, Direction = view.Direction, Audience = view.Audience, Channel = view.Channel, Frequency = view.Frequency,
            StartsOn = view.StartsOn, CommunicatorId = view.CommunicatorId, Notes = view.Notes,
            DocumentIds = [.. view.Documents.Select(d => Guid.Parse(d.Id))],
        };
    }
}

/// <summary>Record the communications that were made (clause 7.4 evidence), against a line of the plan or on their own.</summary>
public sealed class CommunicationRecordService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<CommunicationRecord, CommunicationRecordView, CommunicationRecordInput>(CommunicationRegisters.Records, dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Reference("planItemId", "Line of the plan", CommunicationRegisters.PlanName,
            "The planned communication this one fulfils; its next due date moves on from this record's date."),
        RegisterField.Date("date", "Date", required: true),
        RegisterField.Text("subject", "What was communicated", required: true, "\"AI policy v3 sent to all staff\"."),
        RegisterField.Text("audience", "To whom", help: "Default: the audience of its line of the plan."),
        RegisterField.Choice<CommunicationChannel>("channel", "How", CommunicationLabels.Channel, required: false,
            "Default: how its line of the plan says it is made; required for a communication outside the plan."),
        RegisterField.Member("communicatedById", "By whom", "Default: you."),
        RegisterField.Reference("evidenceId", "Evidence", "evidence", "The e-mail, the slides, the attendance list, the published page."),
        RegisterField.Paragraphs("notes", "Notes", help: "Questions raised, feedback received, follow-ups."),
    ];

    protected override void Validate(CommunicationRecordInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Day(Field("date"), input.Date);
        errors.NotAfter(Field("date"), input.Date, Leadership.LeadershipRecordService.Latest(clock));
        errors.Text(Field("subject"), input.Subject);
        errors.Text(Field("audience"), input.Audience);
        errors.Choice(Field("channel"), input.Channel);
        if (input.Channel is null && input.PlanItemId is null)
        {
            errors.Add("channel", "How is required for a communication outside the plan.");
        }

        errors.Text(Field("notes"), input.Notes);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, CommunicationRecordInput input, FieldErrors errors, CancellationToken ct)
    {
        await RegisterOwners.CheckAsync(db, caller, Field("communicatedById"), input.CommunicatedById ?? caller.UserId, errors, ct);
        if (input.PlanItemId is { } item)
        {
            await RecordLinks.CheckAsync(db, Field("planItemId"), [item], errors, ct);
        }

        if (input.EvidenceId is { } evidence)
        {
            await RecordLinks.CheckAsync(db, Field("evidenceId"), [evidence], errors, ct);
        }
    }

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, CommunicationRecord record, CommunicationRecordInput input, CancellationToken ct)
    {
        // What the line of the plan already says need not be typed again: its audience and channel are the defaults.
        var line = input.PlanItemId is { } id
            ? await db.Set<CommunicationPlanItem>().Where(p => p.Id == id).Select(p => new { p.Audience, p.Channel }).SingleAsync(ct)
            : null;
        record.PlanItemId = input.PlanItemId;
        record.Date = input.Date!.Value;
        record.Subject = input.Subject!.Trim();
        record.Audience = Clean(input.Audience) ?? line?.Audience;
        record.Channel = input.Channel ?? line!.Channel;
        record.CommunicatedById = input.CommunicatedById ?? (record.CommunicatedById == Guid.Empty ? caller.UserId : record.CommunicatedById);
        record.EvidenceId = input.EvidenceId;
        record.Notes = Clean(input.Notes);
    }

    public override CommunicationRecordInput ToInput(CommunicationRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            PlanItemId = view.PlanItemId, Date = view.Date, Subject = view.Subject, Audience = view.Audience, Channel = view.Channel,
            CommunicatedById = view.CommunicatedById, EvidenceId = view.EvidenceId, Notes = view.Notes,
        };
    }
}
