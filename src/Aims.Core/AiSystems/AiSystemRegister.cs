using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.AiSystems.Lifecycle;
using Aims.Core.AiSystems.Profile;
using Aims.Core.Context;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.AiSystems;

/// <summary>
/// The AI system register as a <see cref="RegisterDefinition{T, TView}"/>. Each sort has an index
/// <c>(OrganizationId, keys…, Id)</c> in <see cref="AiSystemConfiguration"/>; the life-cycle stage is stored as its
/// number, so it sorts in life-cycle order (inception … retirement), not alphabetically.
/// </summary>
public static class AiSystemRegister
{
    public static RegisterDefinition<AiSystem, AiSystemView> Definition { get; } = new()
    {
        Name = "ai-systems",
        Noun = "AI system",
        Permissions = new RegisterPermissions(Permissions.AiSystemsRead, Permissions.AiSystemsWrite, Permissions.AiSystemsArchive),
        Sorts = new RegisterSorts<AiSystem>(
            new SortField<AiSystem>("name").Then(s => s.Name),
            new SortField<AiSystem>("lifecycleStage").Then(s => s.LifecycleStage).Then(s => s.Name),
            new SortField<AiSystem>("status").Then(s => s.Status).Then(s => s.Name),
            new SortField<AiSystem>("createdAt").Then(s => s.CreatedAt),
            new SortField<AiSystem>("updatedAt").Then(s => s.UpdatedAt)),
        Filters =
        [
            RegisterFilter<AiSystem>.Equal("stage", s => s.LifecycleStage, "Only systems in this life-cycle stage."),
            RegisterFilter<AiSystem>.Equal("status", s => s.Status, "Active or archived (default: both)."),
            RegisterFilter<AiSystem>.Equal("ownerId", s => s.OwnerId, "Only systems owned by this member (user id)."),
        ],
        // The index and its triggers were created by the ListSearchIndexes migrations.
        Search = new RegisterSearch<AiSystem>("AiSystemSearch", "SystemId", s => s.Name, s => s.Purpose),
        Project = Project,
        BeforeRestore = AiSystemNames.EnsureFreeAsync,
        // The gate timeline, the artefacts filed (and taken off) and each EU AI Act classification belong to the system's history too.
        HistoryIncludes = (db, id) =>
        [
            RecordLinks.History(db, id),
            new(nameof(LifecycleGateEvent), db.Set<LifecycleGateEvent>().Where(e => e.AiSystemId == id).Select(e => e.Id)),
            new(nameof(LifecycleArtefact), db.Set<LifecycleArtefact>().Where(a => a.AiSystemId == id).Select(a => a.Id), nameof(LifecycleArtefact.AiSystemId)),
            new(nameof(EuAiAct.EuAiActClassification), db.Set<EuAiAct.EuAiActClassification>().Where(c => c.AiSystemId == id).Select(c => c.Id)),
        ],
        ListColumns = ["name", "purpose", "owner", "lifecycleStage", "status", "updatedAt"],
        Columns =
        [
            new("id", "Id", s => s.Id),
            new("name", "Name", s => s.Name),
            new("purpose", "Purpose", s => s.Purpose),
            new("intendedUse", "Intended use", s => s.IntendedUse),
            new("owner", "Owner", s => s.OwnerName),
            new("lifecycleStage", "Lifecycle stage", s => StageLabels.Label(s.LifecycleStage)),
            new("status", "Status", s => s.Status.ToString()),
            new("systemType", "Type", s => s.SystemType is { } t ? ProfileLabels.Type(t) : null),
            new("autonomyLevel", "Autonomy", s => s.AutonomyLevel is { } a ? ProfileLabels.Autonomy(a) : null),
            new("humanOversightWho", "Oversight by", s => s.HumanOversightWho),
            new("aiRoles", "Our role (ISO/IEC 22989)", s => s.AiRoles.Count == 0 ? null : string.Join(", ", s.AiRoles.Select(AiRoleLabels.Role))),
            new("operatorRole", "EU AI Act role", s => s.OperatorRole is { } o ? AiRoleLabels.Operator(o) : null),
            new("affectedPersons", "Affected persons", s => s.AffectedPersons),
            new("components", "Components", s => s.Components.Count == 0 ? null
                : string.Join("; ", s.Components.Select(c => c.Name + (c.Version is null ? "" : " " + c.Version) + (c.Supplier is null ? " (in-house)" : $" ({c.Supplier})")))),
            new("euAiAct", "EU AI Act tier", s => s.EuAiActTier is { } tier
                ? EuAiAct.EuAiActTierLabels.Label(tier) + (s.EuAiActOutdated ? " (rules superseded: review)" : "")
                : "Not classified"),
            new("datasets", "Datasets", s => RecordColumns.Names(s.Datasets)),
            new("thirdParties", "Third parties", s => RecordColumns.Names(s.ThirdParties)),
            new("archivedAt", "Archived at", s => s.ArchivedAt),
            new("archiveReason", "Archive reason", s => s.ArchiveReason),
            new("createdAt", "Created at", s => s.CreatedAt),
            new("createdBy", "Created by", s => s.CreatedBy),
            new("updatedAt", "Updated at", s => s.UpdatedAt),
            new("updatedBy", "Updated by", s => s.UpdatedBy),
            new("version", "Version", s => s.Version),
        ],
    };

    /// <summary>A system as callers see it (writes build it from the saved row and the owner's name they already hold).</summary>
    public static AiSystemView ToView(AiSystem s, string? ownerName, ProfileLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new AiSystemView(s.Id, s.Name, s.Purpose, s.IntendedUse, s.OwnerId, ownerName, s.LifecycleStage, s.Status,
            s.ArchivedAt, s.ArchiveReason, s.CreatedAt, s.CreatedBy, s.UpdatedAt, s.UpdatedBy, s.Version)
        {
            SystemType = s.SystemType, Description = s.Description, Capabilities = s.Capabilities, IntendedUsers = s.IntendedUsers,
            AffectedPersons = s.AffectedPersons, ForeseeableMisuse = s.ForeseeableMisuse, AutonomyLevel = s.AutonomyLevel,
            HumanOversightWho = s.HumanOversightWho, HumanOversightHow = s.HumanOversightHow, HumanOversightWhen = s.HumanOversightWhen,
            AiRoles = [.. (links?.Roles ?? []).Select(r => r.Role).Distinct().Order()],
            OperatorRole = (links?.Roles ?? []).Where(r => r.OperatorRole is not null).OrderBy(r => r.Role).Select(r => r.OperatorRole).FirstOrDefault(),
            Geographies = ProfileLists.Read<string>(s.Geographies),
            Languages = ProfileLists.Read<string>(s.Languages), Channels = ProfileLists.Read<string>(s.Channels),
            Components = ProfileLists.Read<AiSystemComponent>(s.Components), ResponsibleUseObjectives = s.ResponsibleUseObjectives,
            Documents = links?.Documents ?? [], Evidence = links?.Evidence ?? [], Datasets = Refs(links?.Datasets), ThirdParties = Refs(links?.ThirdParties),
            EuAiActTier = links?.EuAiAct?.Tier,
            EuAiActOutdated = links?.EuAiAct is { } act && act.RuleVersion != EuAiAct.EuAiActService.Rules.Version,
        };
    }

    private static RecordRef[] Refs(List<LinkedRecord>? records) =>
        [.. (records ?? []).Where(r => r.Name is not null).OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).Select(r => new RecordRef(r.Id.ToString("D"), r.Name))];

    /// <summary>The records a profile links (documents, evidence) and those linking to it (datasets, third parties).</summary>
    public sealed record ProfileLinks(List<RecordRef> Documents, List<RecordRef> Evidence, List<LinkedRecord> Datasets, List<LinkedRecord> ThirdParties,
        List<RoleHeld> Roles, EuAiActSummary? EuAiAct = null);

    /// <summary>The stored EU AI Act classification's tier and the rules version that produced it.</summary>
    public sealed record EuAiActSummary(EuAiAct.EuAiActTier Tier, string RuleVersion);

    /// <summary>A role the organization holds towards the system, from the AI roles register.</summary>
    public sealed record RoleHeld(AiStakeholderRole Role, OperatorRole? OperatorRole);

    /// <summary>A record that links to the system, as the query reads it (its id made text on the client, one way on every provider).</summary>
    public sealed record LinkedRecord(Guid Id, string? Name);

    // The owner's name and the linked records' names come from the same query; the view is built on the client.
    private static IQueryable<AiSystemView> Project(AimsDbContext db, IQueryable<AiSystem> systems) =>
        systems.Select(s => new
        {
            System = s,
            Owner = db.Users.Where(u => u.Id == s.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            Documents = db.Set<RecordLink>().Where(l => l.SourceId == s.Id && l.TargetRegister == "documents")
                .Select(l => new RecordRef(l.TargetId, db.Set<Documents.Document>().Where(d => d.Id == l.TargetRecordId).Select(d => d.Title).FirstOrDefault()))
                .ToList(),
            Evidence = db.Set<RecordLink>().Where(l => l.SourceId == s.Id && l.TargetRegister == "evidence")
                .Select(l => new RecordRef(l.TargetId, db.EvidenceItems.Where(e => e.Id == l.TargetRecordId).Select(e => e.Title).FirstOrDefault())).ToList(),
            // Datasets and third parties link to the system; an archived one reads as no name and is left out.
            Datasets = db.Set<RecordLink>().Where(l => l.TargetRecordId == s.Id && l.TargetRegister == "ai-systems" && l.SourceRegister == "datasets")
                .Select(l => new LinkedRecord(l.SourceId, db.Set<Datasets.Dataset>().Where(d => d.Id == l.SourceId && d.ArchivedAt == null)
                    .Select(d => d.Name).FirstOrDefault())).ToList(),
            ThirdParties = db.Set<RecordLink>().Where(l => l.TargetRecordId == s.Id && l.TargetRegister == "ai-systems" && l.SourceRegister == "third-parties")
                .Select(l => new LinkedRecord(l.SourceId, db.Set<ThirdParties.ThirdParty>().Where(t => t.Id == l.SourceId && t.ArchivedAt == null)
                    .Select(t => t.Name).FirstOrDefault())).ToList(),
            Roles = db.Set<AiRoleAssignment>().Where(r => r.AiSystemId == s.Id && r.ArchivedAt == null).Select(r => new RoleHeld(r.Role, r.OperatorRole)).ToList(),
            EuAiAct = db.Set<EuAiAct.EuAiActClassification>().Where(c => c.AiSystemId == s.Id).Select(c => new EuAiActSummary(c.Tier, c.RuleVersion)).FirstOrDefault(),
        }).Select(x => ToView(x.System, x.Owner, new ProfileLinks(x.Documents, x.Evidence, x.Datasets, x.ThirdParties, x.Roles, x.EuAiAct)));
}
