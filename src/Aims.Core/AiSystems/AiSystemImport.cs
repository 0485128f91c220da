using System.Text.Json;
using System.Text.Json.Nodes;
using Aims.Core.Access;
using Aims.Core.AiSystems.Lifecycle;
using Aims.Core.AiSystems.Profile;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Core.Registers.Import;
using Aims.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems;

/// <summary>One row of an AI system import: what a create takes and the profile, read from the same columns.</summary>
public sealed record AiSystemImportRow(AiSystemInput System, AiSystemProfileInput Profile);

/// <summary>
/// Importing AI systems: each row is a create (name unique in the organization and in the file, the owner a member, a
/// later starting stage with its reason) plus the profile fields that fit in a cell — components, a list of several parts
/// each, are entered on the system's page. A system is registered on its timeline exactly as a create registers it.
/// </summary>
public sealed class AiSystemImport : ImportTarget<AiSystemImportRow>
{
    private static readonly IReadOnlyList<RegisterField> SystemFields =
    [
        RegisterField.Text("name", "Name", required: true, "Unique in the organization."),
        RegisterField.Paragraphs("purpose", "Purpose"),
        RegisterField.Paragraphs("intendedUse", "Intended use"),
        RegisterField.Member("ownerId", "Owner", "A member's e-mail address (default: you)."),
        RegisterField.Choice<LifecycleStage>("lifecycleStage", "Life-cycle stage", StageLabels.Label, required: false,
            "Where it starts (default: inception). A later stage needs the reason below."),
        RegisterField.Paragraphs("initialStageReason", "Reason for the initial stage", help: "Why it starts past inception, recorded as an exception."),
    ];

    // Read once per import (a target lives for one import), for the timeline step of each system starting past inception.
    private LifecycleGateRules.Loaded? _rules;

    public override string Register => AiSystemRegister.Definition.Name;
    public override string Noun => AiSystemRegister.Definition.Noun;
    public override string WritePermission => Permissions.AiSystemsWrite;

    public override IReadOnlyList<RegisterField> Fields { get; } =
        [.. SystemFields, .. AiSystemProfileForm.Fields.Where(f => f.Kind != FieldKind.Entries)];

    public override AiSystemImportRow? Read(JsonObject body, JsonSerializerOptions json) =>
        new(body.Deserialize<AiSystemInput>(json)!, body.Deserialize<AiSystemProfileInput>(json)!);

    public override string? UniqueKey(AiSystemImportRow input) =>
        input?.System.Name is { Length: > 0 } name ? NameKeys.For(name.Trim()) : null;

    public override async Task CheckAsync(AimsDbContext db, Caller caller, AiSystemImportRow input, ImportLookups lookups, FieldErrors errors,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in AiSystemValidator.ValidateCreate(input.System).Concat(AiSystemProfileForm.Check(input.Profile)))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        // Owners and linked records were resolved against the organization's members and records when the cells were read.
        if (!errors.ContainsKey("name"))
        {
            var taken = await lookups.OnceAsync("ai-system-names", async d => (await d.AiSystems.AsNoTracking()
                .Where(s => s.Status == AiSystemStatus.Active).Select(s => s.NameKey).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal));
            if (taken.Contains(NameKeys.For(input.System.Name!.Trim())))
            {
                errors.Add("name", AiSystemNames.Taken(input.System.Name.Trim()).Message);
            }
        }
    }

    public override async Task AddAsync(AimsDbContext db, Caller caller, AiSystemImportRow input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(input);
        var system = AiSystemService.New(caller, input.System, input.System.OwnerId ?? caller.UserId);
        AiSystemProfileForm.Apply(system, input.Profile);
        db.AiSystems.Add(system);
        await LifecycleService.RecordRegistrationAsync(db, caller, system, AiSystemService.Normalize(input.System.InitialStageReason), ct,
            _rules ??= await LifecycleGateRules.LoadAsync(db, ct));
        foreach (var (register, ids) in new[] { ("documents", input.Profile.DocumentIds), ("evidence", input.Profile.EvidenceIds) })
        {
            // A new system has no links yet: only add, without reading what is there.
            foreach (var id in ids ?? [])
            {
                db.Add(new RecordLink
                {
                    OrganizationId = caller.OrganizationId, SourceRegister = Register, SourceId = system.Id, TargetRegister = register,
                    TargetId = id.ToString("D"), TargetRecordId = id,
                });
            }
        }
    }

    public override async Task SaveAsync(AimsDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a name registered by someone else since the rows were checked.
            throw new Common.DuplicateValueException("name",
                "An AI system with one of these names was registered while the file was being imported; nothing was imported. Preview the file again.");
        }
    }
}
