using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Support;

/// <summary>Create and edit the people who work under the AIMS (clause 7.2): members or staff without an account.</summary>
public sealed class PersonService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<Person, PersonView, PersonInput>(SupportRegisters.People(clock), dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("name", "Name", required: true),
        RegisterField.Text("email", "E-mail"),
        RegisterField.Member("userId", "Member account", "Their account in this organization, when they have one: a role held by an active member counts as assigned."),
        RegisterField.Text("jobTitle", "Job title"),
        RegisterField.Paragraphs("notes", "Notes"),
    ];

    protected override void Validate(PersonInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("name"), input.Name);
        errors.Text(Field("email"), input.Email);
        if (input.Email is { Length: > 0 } email && !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out _))
        {
            errors.Add("email", $"'{email}' is not an e-mail address.");
        }

        errors.Text(Field("jobTitle"), input.JobTitle);
        errors.Text(Field("notes"), input.Notes);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, PersonInput input, FieldErrors errors, CancellationToken ct)
    {
        if (input.UserId is { } user)
        {
            await RegisterOwners.CheckAsync(db, caller, Field("userId"), user, errors, ct);
        }
    }

    // A person is created without an account unless one is chosen (unlike an owner, "me" is no default here).
    protected override Task ApplyAsync(AimsDbContext db, Caller caller, Person record, PersonInput input, CancellationToken ct)
    {
        record.Name = input.Name!.Trim();
        record.Email = Clean(input.Email);
        record.UserId = input.UserId;
        record.JobTitle = Clean(input.JobTitle);
        record.Notes = Clean(input.Notes);
        return Task.CompletedTask;
    }

    public override PersonInput ToInput(PersonView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new() { Name = view.Name, Email = view.Email, UserId = view.UserId, JobTitle = view.JobTitle, Notes = view.Notes };
    }
}

/// <summary>Create and edit competence records: training, qualifications and experience with evidence and expiry (7.2 d).</summary>
public sealed class CompetenceService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<CompetenceRecord, CompetenceRecordView, CompetenceRecordInput>(SupportRegisters.Competences(clock), dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Reference("personId", "Person", SupportRegisters.PeopleName) with { Required = true },
        RegisterField.Text("competence", "Competence", required: true, "Named as roles require it, e.g. \"EU AI Act awareness\"."),
        RegisterField.Choice<CompetenceKind>("kind", "Kind", SupportLabels.Competence),
        RegisterField.Date("achievedOn", "Achieved on", required: true),
        RegisterField.Date("validUntil", "Valid until", help: "When it must be renewed; an expired record no longer covers the role's requirement."),
        RegisterField.Reference("evidenceId", "Evidence", "evidence", "A certificate or attendance record from the evidence library."),
        RegisterField.Switch("awareness", "Awareness training (7.3)",
            "Training on the AI policy, one's part in the AIMS and what not conforming means; awareness is computed from it and from policy acknowledgements."),
        RegisterField.Paragraphs("notes", "Notes"),
    ];

    protected override void Validate(CompetenceRecordInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Present(Field("personId"), input.PersonId);
        errors.Text(Field("competence"), input.Competence);
        errors.Choice(Field("kind"), input.Kind);
        errors.Day(Field("achievedOn"), input.AchievedOn);
        errors.NotAfter(Field("achievedOn"), input.AchievedOn, Leadership.LeadershipRecordService.Latest(clock));
        errors.Day(Field("validUntil"), input.ValidUntil);
        if (input.AchievedOn is { } achieved && input.ValidUntil is { } until && until < achieved)
        {
            errors.Add("validUntil", "Valid until cannot be before the day it was achieved.");
        }

        errors.Text(Field("notes"), input.Notes);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, CompetenceRecordInput input, FieldErrors errors, CancellationToken ct)
    {
        if (input.PersonId is { } person)
        {
            await RecordLinks.CheckAsync(db, Field("personId"), [person], errors, ct);
        }

        if (input.EvidenceId is { } evidence)
        {
            await RecordLinks.CheckAsync(db, Field("evidenceId"), [evidence], errors, ct);
        }
    }

    protected override Task ApplyAsync(AimsDbContext db, Caller caller, CompetenceRecord record, CompetenceRecordInput input, CancellationToken ct)
    {
        record.PersonId = input.PersonId!.Value;
        record.Competence = input.Competence!.Trim();
        record.Kind = input.Kind!.Value;
        record.AchievedOn = input.AchievedOn!.Value;
        record.ValidUntil = input.ValidUntil;
        record.EvidenceId = input.EvidenceId;
        record.Notes = Clean(input.Notes);
        record.Awareness = input.Awareness ?? false;
        return Task.CompletedTask;
    }

    public override CompetenceRecordInput ToInput(CompetenceRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            PersonId = view.PersonId, Competence = view.Competence, Kind = view.Kind, AchievedOn = view.AchievedOn, ValidUntil = view.ValidUntil,
            EvidenceId = view.EvidenceId, Notes = view.Notes, Awareness = view.Awareness,
        };
    }
}

/// <summary>Create and edit planned changes to the AIMS (clause 6.3).</summary>
public sealed class PlannedChangeService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists, TimeProvider clock)
    : RegisterEditor<PlannedChange, PlannedChangeView, PlannedChangeInput>(SupportRegisters.Changes(clock), dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("title", "Change", required: true, "\"Move model hosting to a second cloud region\"."),
        RegisterField.Paragraphs("purpose", "Purpose", help: "Clause 6.3 asks that changes are planned: why this one is made."),
        RegisterField.Paragraphs("consequences", "Possible consequences", help: "What could go wrong, and for which AI systems or people."),
        RegisterField.Paragraphs("resources", "Resources"),
        RegisterField.Member("responsibleId", "Responsible"),
        RegisterField.Date("plannedDate", "Planned date", required: true),
        RegisterField.Choice<ChangeStatus>("status", "Status", SupportLabels.Status),
        RegisterField.Switch("affectsScope", "Affects the scope"),
        RegisterField.Switch("affectsPolicy", "Affects the AI policy"),
        RegisterField.References("aiSystemIds", "AI systems affected", "ai-systems"),
        RegisterField.References("documentIds", "Documents affected", "documents"),
    ];

    protected override void Validate(PlannedChangeInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("title"), input.Title);
        errors.Text(Field("purpose"), input.Purpose);
        errors.Text(Field("consequences"), input.Consequences);
        errors.Text(Field("resources"), input.Resources);
        errors.Day(Field("plannedDate"), input.PlannedDate);
        errors.Choice(Field("status"), input.Status);
        errors.Ids(Field("aiSystemIds"), input.AiSystemIds);
        errors.Ids(Field("documentIds"), input.DocumentIds);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, PlannedChangeInput input, FieldErrors errors, CancellationToken ct)
    {
        await RegisterOwners.CheckAsync(db, caller, Field("responsibleId"), input.ResponsibleId ?? caller.UserId, errors, ct);

        await RecordLinks.CheckAsync(db, Field("aiSystemIds"), input.AiSystemIds, errors, ct);
        await RecordLinks.CheckAsync(db, Field("documentIds"), input.DocumentIds, errors, ct);
    }

    protected override async Task ApplyAsync(AimsDbContext db, Caller caller, PlannedChange record, PlannedChangeInput input, CancellationToken ct)
    {
        record.Title = input.Title!.Trim();
        record.Purpose = Clean(input.Purpose);
        record.Consequences = Clean(input.Consequences);
        record.Resources = Clean(input.Resources);
        record.ResponsibleId = input.ResponsibleId ?? (record.ResponsibleId == Guid.Empty ? caller.UserId : record.ResponsibleId);
        record.PlannedDate = input.PlannedDate!.Value;
        record.Status = input.Status!.Value;
        record.AffectsScope = input.AffectsScope ?? false;
        record.AffectsPolicy = input.AffectsPolicy ?? false;
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, SupportRegisters.ChangesName, record.Id, "ai-systems",
            (input.AiSystemIds ?? []).Select(id => id.ToString("D")), ct);
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, SupportRegisters.ChangesName, record.Id, "documents",
            (input.DocumentIds ?? []).Select(id => id.ToString("D")), ct);
    }

    public override PlannedChangeInput ToInput(PlannedChangeView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Title = view.Title, Purpose = view.Purpose, Consequences = view.Consequences, Resources = view.Resources, ResponsibleId = view.ResponsibleId,
            PlannedDate = view.PlannedDate, Status = view.Status, AffectsScope = view.AffectsScope, AffectsPolicy = view.AffectsPolicy,
            AiSystemIds = [.. view.AiSystems.Select(s => Guid.Parse(s.Id))], DocumentIds = [.. view.Documents.Select(d => Guid.Parse(d.Id))],
        };
    }
}

/// <summary>Create and edit the resources of the AIMS and its AI systems (clause 7.1, A.4).</summary>
public sealed class AimsResourceService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists)
    : RegisterEditor<AimsResource, AimsResourceView, AimsResourceInput>(SupportRegisters.Resources, dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Text("name", "Resource", required: true, "\"Claims history 2019–2025\", \"GPU cluster\", \"Model-risk team\"."),
        RegisterField.Choice<ResourceKind>("kind", "Kind", SupportLabels.Resource, help:
            "Annex A.4 asks for the data, tooling, system, computing and human resources of each AI system to be documented."),
        RegisterField.Paragraphs("description", "Description"),
        RegisterField.Member("ownerId", "Owner"),
        RegisterField.References("aiSystemIds", "AI systems", "ai-systems"),
        RegisterField.Paragraphs("notes", "Notes"),
    ];

    protected override void Validate(AimsResourceInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Text(Field("name"), input.Name);
        errors.Choice(Field("kind"), input.Kind);
        errors.Text(Field("description"), input.Description);
        errors.Text(Field("notes"), input.Notes);
        errors.Ids(Field("aiSystemIds"), input.AiSystemIds);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, AimsResourceInput input, FieldErrors errors, CancellationToken ct)
    {
        await RegisterOwners.CheckAsync(db, caller, input.OwnerId ?? caller.UserId, errors, ct);
        await RecordLinks.CheckAsync(db, Field("aiSystemIds"), input.AiSystemIds, errors, ct);
    }

    protected override Task ApplyAsync(AimsDbContext db, Caller caller, AimsResource record, AimsResourceInput input, CancellationToken ct)
    {
        record.Name = input.Name!.Trim();
        record.Kind = input.Kind!.Value;
        record.Description = Clean(input.Description);
        record.Notes = Clean(input.Notes);
        record.OwnerId = input.OwnerId ?? (record.OwnerId == Guid.Empty ? caller.UserId : record.OwnerId);
        return RecordLinks.ReplaceAsync(db, caller.OrganizationId, SupportRegisters.ResourcesName, record.Id, "ai-systems",
            (input.AiSystemIds ?? []).Select(id => id.ToString("D")), ct);
    }

    public override AimsResourceInput ToInput(AimsResourceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            Name = view.Name, Kind = view.Kind, Description = view.Description, OwnerId = view.OwnerId, Notes = view.Notes,
            AiSystemIds = [.. view.AiSystems.Select(s => Guid.Parse(s.Id))],
        };
    }
}
