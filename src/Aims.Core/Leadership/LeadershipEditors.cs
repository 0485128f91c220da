using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Core.Support;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Leadership;

/// <summary>Create and edit AIMS roles (clause 5.3), with the people who hold them.</summary>
public sealed class AimsRoleService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists)
    : RegisterEditor<AimsRole, AimsRoleView, AimsRoleInput>(LeadershipRegisters.Roles, dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("name", "Role", required: true, "AIMS owner, AI risk owner, AI system owner, internal auditor, data steward…"),
        RegisterField.Paragraphs("responsibilities", "Responsibilities", help: "What the holder must do; an auditor checks people know it."),
        RegisterField.Paragraphs("authorities", "Authorities", help: "What the holder may decide: approve a residual risk, stop a deployment…"),
        RegisterField.Switch("topManagement", "Top management", "Holders direct the organization at the highest level (clause 5.1)."),
        RegisterField.Lines("requiredCompetences", "Required competences", "One per line, named as the competence records name them."),
        RegisterField.References("holderIds", "Held by", SupportRegisters.PeopleName,
            "Clause 5.3 asks that roles are assigned: a role nobody active holds is a readiness gap."),
    ];

    protected override void Validate(AimsRoleInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("name"), input.Name);
        errors.Text(Field("responsibilities"), input.Responsibilities);
        errors.Text(Field("authorities"), input.Authorities);
        errors.Lines(Field("requiredCompetences"), input.RequiredCompetences);
        errors.Ids(Field("holderIds"), input.HolderIds);
    }

    protected override Task ValidateAsync(AimsDbContext db, Caller caller, AimsRoleInput input, FieldErrors errors, CancellationToken ct) =>
        RecordLinks.CheckAsync(db, Field("holderIds"), input.HolderIds, errors, ct);

    protected override Task ApplyAsync(AimsDbContext db, Caller caller, AimsRole record, AimsRoleInput input, CancellationToken ct)
    {
        record.Name = input.Name!.Trim();
        record.Responsibilities = Clean(input.Responsibilities);
        record.Authorities = Clean(input.Authorities);
        record.TopManagement = input.TopManagement ?? false;
        record.RequiredCompetences = string.Join('\n', (input.RequiredCompetences ?? []).Select(c => c.Trim()));
        return RecordLinks.ReplaceAsync(db, caller.OrganizationId, LeadershipRegisters.RolesName, record.Id, SupportRegisters.PeopleName,
            (input.HolderIds ?? []).Select(id => id.ToString("D")), ct);
    }

    public override AimsRoleInput ToInput(AimsRoleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Name = view.Name, Responsibilities = view.Responsibilities, Authorities = view.Authorities, TopManagement = view.TopManagement,
            RequiredCompetences = view.RequiredCompetences, HolderIds = [.. view.Holders.Select(h => Guid.Parse(h.Id))],
        };
    }
}

/// <summary>Create and edit the RACI over AIMS activities (clause 5.3): exactly one accountable role per activity.</summary>
public sealed class RaciService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists)
    : RegisterEditor<RaciEntry, RaciEntryView, RaciEntryInput>(LeadershipRegisters.Raci, dbFactory, lists)
{
    private static readonly string[] Parts = ["responsible", "consulted", "informed"];

    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("activity", "Activity", required: true, "Maintain the AI policy, run risk assessments, approve residual risk, perform internal audits…"),
        RegisterField.Reference("reference", "Clause or control", "clauses", "The requirement of ISO/IEC 42001 the activity serves."),
        RegisterField.References("responsibleRoleIds", "Responsible", LeadershipRegisters.RolesName, "Who does the work."),
        RegisterField.Reference("accountableRoleId", "Accountable", LeadershipRegisters.RolesName, "The one role that answers for it.") with { Required = true },
        RegisterField.References("consultedRoleIds", "Consulted", LeadershipRegisters.RolesName),
        RegisterField.References("informedRoleIds", "Informed", LeadershipRegisters.RolesName),
        RegisterField.Paragraphs("notes", "Notes"),
    ];

    protected override void Validate(RaciEntryInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("activity"), input.Activity);
        errors.Present(Field("accountableRoleId"), input.AccountableRoleId);
        errors.Ids(Field("responsibleRoleIds"), input.ResponsibleRoleIds);
        errors.Ids(Field("consultedRoleIds"), input.ConsultedRoleIds);
        errors.Ids(Field("informedRoleIds"), input.InformedRoleIds);
        errors.Text(Field("notes"), input.Notes);
        if (input.Reference is { Length: > 0 } reference && CatalogLibrary.Iso42001.FindClause(reference) is null
            && CatalogLibrary.Iso42001.FindControl(reference) is null)
        {
            errors.Add("reference", $"'{reference}' is not a clause or Annex A control of ISO/IEC 42001.");
        }
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, RaciEntryInput input, FieldErrors errors, CancellationToken ct)
    {
        if (input.AccountableRoleId is { } accountable)
        {
            await RecordLinks.CheckAsync(db, Field("accountableRoleId"), [accountable], errors, ct);
        }

        await RecordLinks.CheckAsync(db, Field("responsibleRoleIds"), input.ResponsibleRoleIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("consultedRoleIds"), input.ConsultedRoleIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("informedRoleIds"), input.InformedRoleIds, errors, ct);
    }

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, RaciEntry record, RaciEntryInput input, CancellationToken ct)
    {
        record.Activity = input.Activity!.Trim();
        record.Reference = input.Reference is { Length: > 0 } r
            ? CatalogLibrary.Iso42001.FindClause(r)?.Id ?? CatalogLibrary.Iso42001.FindControl(r)!.Id
            : null;
        record.AccountableRoleId = input.AccountableRoleId!.Value;
        record.Notes = Clean(input.Notes);
        IReadOnlyList<Guid>?[] lists = [input.ResponsibleRoleIds, input.ConsultedRoleIds, input.InformedRoleIds];
        for (var i = 0; i < Parts.Length; i++)
        {
            // Each letter is its own link set, so the ledger shows who was made responsible, consulted or informed.
            await RecordLinks.ReplaceAsync(db, caller.OrganizationId, LeadershipRegisters.RaciName, record.Id, Parts[i],
                (lists[i] ?? []).Select(id => id.ToString("D")), ct);
        }
    }

    public override RaciEntryInput ToInput(RaciEntryView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Activity = view.Activity, Reference = view.Reference, AccountableRoleId = view.AccountableRoleId, Notes = view.Notes,
            ResponsibleRoleIds = [.. view.Responsible.Select(r => Guid.Parse(r.Id))], ConsultedRoleIds = [.. view.Consulted.Select(r => Guid.Parse(r.Id))],
            InformedRoleIds = [.. view.Informed.Select(r => Guid.Parse(r.Id))],
        };
    }
}

/// <summary>Create and edit leadership records (clause 5.1): dated, so one cannot be recorded for a day still to come.</summary>
public sealed class LeadershipRecordService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<LeadershipRecord, LeadershipRecordView, LeadershipRecordInput>(LeadershipRegisters.Records, dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("title", "Record", required: true, "\"Board approves the AIMS budget for 2027\"."),
        RegisterField.Choice<LeadershipRecordKind>("kind", "Kind", LeadershipLabels.Kind),
        RegisterField.Date("date", "Date", required: true),
        RegisterField.Reference("byPersonId", "By", SupportRegisters.PeopleName, "Who in top management made the decision or communication."),
        RegisterField.Paragraphs("description", "Description", help: "Auditors ask top management how it shows leadership of the AIMS; this is the record."),
        RegisterField.References("documentIds", "Documents", "documents"),
        RegisterField.References("evidenceIds", "Evidence", "evidence", "Minutes, an e-mail to staff, a budget approval."),
    ];

    protected override void Validate(LeadershipRecordInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("title"), input.Title);
        errors.Choice(Field("kind"), input.Kind);
        errors.Day(Field("date"), input.Date);
        errors.NotAfter(Field("date"), input.Date, Latest(clock));
        errors.Text(Field("description"), input.Description);
        errors.Ids(Field("documentIds"), input.DocumentIds);
        errors.Ids(Field("evidenceIds"), input.EvidenceIds);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, LeadershipRecordInput input, FieldErrors errors, CancellationToken ct)
    {
        if (input.ByPersonId is { } person)
        {
            await RecordLinks.CheckAsync(db, Field("byPersonId"), [person], errors, ct);
        }

        await RecordLinks.CheckAsync(db, Field("documentIds"), input.DocumentIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("evidenceIds"), input.EvidenceIds, errors, ct);
    }

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, LeadershipRecord record, LeadershipRecordInput input, CancellationToken ct)
    {
        record.Title = input.Title!.Trim();
        record.Kind = input.Kind!.Value;
        record.Date = input.Date!.Value;
        record.ByPersonId = input.ByPersonId;
        record.Description = Clean(input.Description);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, LeadershipRegisters.RecordsName, record.Id, "documents",
            (input.DocumentIds ?? []).Select(id => id.ToString("D")), ct);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, LeadershipRegisters.RecordsName, record.Id, "evidence",
            (input.EvidenceIds ?? []).Select(id => id.ToString("D")), ct);
    }

    /// <summary>The latest day a record can be dated: today anywhere on earth (the rule needs no organization's calendar).</summary>
    internal static DateOnly Latest(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);

    public override LeadershipRecordInput ToInput(LeadershipRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Title = view.Title, Kind = view.Kind, Date = view.Date, ByPersonId = view.ByPersonId, Description = view.Description,
            DocumentIds = [.. view.Documents.Select(d => Guid.Parse(d.Id))], EvidenceIds = [.. view.Evidence.Select(e => Guid.Parse(e.Id))],
        };
    }
}
