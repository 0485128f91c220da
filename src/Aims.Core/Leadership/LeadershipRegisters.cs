using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Core.Support;

namespace Aims.Core.Leadership;

/// <summary>The registers of clause 5: roles (5.3), the RACI over AIMS activities (5.3) and leadership records (5.1).</summary>
public static class LeadershipRegisters
{
    public const string RolesName = "roles";
    public const string RaciName = "raci";
    public const string RecordsName = "leadership-records";

    public static RegisterDefinition<AimsRole, AimsRoleView> Roles { get; } = new()
    {
        Name = RolesName,
        Noun = "role",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<AimsRole>(
            new SortField<AimsRole>("name").Then(r => r.Name),
            new SortField<AimsRole>("updatedAt").Then(r => r.UpdatedAt),
            new SortField<AimsRole>("createdAt").Then(r => r.CreatedAt)),
        Filters = [EditedFilters.Status<AimsRole>()],
        Search = new RegisterSearch<AimsRole>("AimsRoleSearch", "AimsRoleId", r => r.Name, r => r.Responsibilities, r => r.Authorities),
        Project = (db, roles) => roles.Select(r => new
        {
            Role = r,
            Holders = db.Set<RecordLink>().Where(l => l.SourceId == r.Id && l.TargetRegister == Support.SupportRegisters.PeopleName)
                .Join(db.Set<Person>(), l => l.TargetRecordId, p => p.Id, (l, p) => new { p.Id, p.Name }).ToList(),
            // Memberships are not tenant-filtered (sign-in reads them across organizations): the organization is named.
            ActiveHolders = db.Set<RecordLink>().Where(l => l.SourceId == r.Id && l.TargetRegister == Support.SupportRegisters.PeopleName)
                .Join(db.Set<Person>(), l => l.TargetRecordId, p => p.Id, (l, p) => p)
                .Count(p => p.ArchivedAt == null && db.Memberships.Any(m => m.OrganizationId == r.OrganizationId && m.UserId == p.UserId)),
        }).Select(x => new AimsRoleView(x.Role.Id, x.Role.Name, x.Role.Responsibilities, x.Role.Authorities, x.Role.TopManagement,
            ScopeLines(x.Role.RequiredCompetences), x.Holders.Select(h => new RecordRef(h.Id.ToString("D"), h.Name)).ToList(),
            x.ActiveHolders,
            x.Role.ArchivedAt, x.Role.ArchiveReason, x.Role.CreatedAt, x.Role.CreatedBy, x.Role.UpdatedAt, x.Role.UpdatedBy, x.Role.Version)),
        HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
        ListColumns = ["name", "holders", "activeHolders", "topManagement", "requiredCompetences"],
        Columns =
        [
            new("id", "Id", r => r.Id),
            new("name", "Role", r => r.Name),
            new("holders", "Held by", r => RecordColumns.Names(r.Holders)),
            new("activeHolders", "Active members holding it", r => r.ActiveHolders),
            new("topManagement", "Top management", r => r.TopManagement),
            new("requiredCompetences", "Required competences", r => r.RequiredCompetences.Count == 0 ? null : string.Join("; ", r.RequiredCompetences)),
            new("responsibilities", "Responsibilities", r => r.Responsibilities),
            new("authorities", "Authorities", r => r.Authorities),
            .. RecordColumns.Audit<AimsRoleView>(),
        ],
    };

    public static RegisterDefinition<RaciEntry, RaciEntryView> Raci { get; } = new()
    {
        Name = RaciName,
        Noun = "RACI activity",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<RaciEntry>(
            new SortField<RaciEntry>("activity").Then(r => r.Activity),
            new SortField<RaciEntry>("updatedAt").Then(r => r.UpdatedAt),
            new SortField<RaciEntry>("createdAt").Then(r => r.CreatedAt)),
        Filters =
        [
            RegisterFilter<RaciEntry>.Equal("accountableRoleId", r => r.AccountableRoleId, "Only activities this role is accountable for (id)."),
            EditedFilters.Status<RaciEntry>(),
        ],
        Search = new RegisterSearch<RaciEntry>("RaciEntrySearch", "RaciEntryId", r => r.Activity, r => r.Notes),
        Project = (db, entries) => entries.Select(r => new
        {
            Entry = r,
            Accountable = db.Set<AimsRole>().Where(a => a.Id == r.AccountableRoleId).Select(a => a.Name).FirstOrDefault(),
            Links = db.Set<RecordLink>().Where(l => l.SourceId == r.Id)
                .Join(db.Set<AimsRole>(), l => l.TargetRecordId, a => a.Id, (l, a) => new { l.TargetRegister, a.Id, a.Name }).ToList(),
        }).Select(x => new RaciEntryView(x.Entry.Id, x.Entry.Activity, x.Entry.Reference, x.Entry.AccountableRoleId, x.Accountable,
            x.Links.Where(l => l.TargetRegister == "responsible").Select(l => new RecordRef(l.Id.ToString("D"), l.Name)).ToList(),
            x.Links.Where(l => l.TargetRegister == "consulted").Select(l => new RecordRef(l.Id.ToString("D"), l.Name)).ToList(),
            x.Links.Where(l => l.TargetRegister == "informed").Select(l => new RecordRef(l.Id.ToString("D"), l.Name)).ToList(),
            x.Entry.Notes, x.Entry.ArchivedAt, x.Entry.ArchiveReason, x.Entry.CreatedAt, x.Entry.CreatedBy, x.Entry.UpdatedAt,
            x.Entry.UpdatedBy, x.Entry.Version)),
        HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
        ListColumns = ["activity", "reference", "responsible", "accountable", "consulted", "informed"],
        Columns =
        [
            new("id", "Id", r => r.Id),
            new("activity", "Activity", r => r.Activity),
            new("reference", "Clause or control", r => r.Reference),
            new("responsible", "Responsible", r => RecordColumns.Names(r.Responsible)),
            new("accountable", "Accountable", r => r.AccountableRole),
            new("consulted", "Consulted", r => RecordColumns.Names(r.Consulted)),
            new("informed", "Informed", r => RecordColumns.Names(r.Informed)),
            new("notes", "Notes", r => r.Notes),
            .. RecordColumns.Audit<RaciEntryView>(),
        ],
    };

    public static RegisterDefinition<LeadershipRecord, LeadershipRecordView> Records { get; } = new()
    {
        Name = RecordsName,
        Noun = "leadership record",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<LeadershipRecord>(
            new SortField<LeadershipRecord>("date").Then(r => r.Date).Then(r => r.Title),
            new SortField<LeadershipRecord>("title").Then(r => r.Title),
            new SortField<LeadershipRecord>("updatedAt").Then(r => r.UpdatedAt),
            new SortField<LeadershipRecord>("createdAt").Then(r => r.CreatedAt)),
        Filters =
        [
            RegisterFilter<LeadershipRecord>.Equal("kind", r => r.Kind, "Only records of this kind."),
            EditedFilters.Status<LeadershipRecord>(),
        ],
        Search = new RegisterSearch<LeadershipRecord>("LeadershipRecordSearch", "LeadershipRecordId", r => r.Title, r => r.Description),
        Project = (db, records) => records.Select(r => new LeadershipRecordView(r.Id, r.Title, r.Kind, r.Date, r.ByPersonId,
            db.Set<Person>().Where(p => p.Id == r.ByPersonId).Select(p => p.Name).FirstOrDefault(), r.Description,
            db.Set<RecordLink>().Where(l => l.SourceId == r.Id && l.TargetRegister == "documents")
                .Select(l => new RecordRef(l.TargetId, db.Set<Documents.Document>().Where(d => d.Id == l.TargetRecordId).Select(d => d.Title).FirstOrDefault())).ToList(),
            db.Set<RecordLink>().Where(l => l.SourceId == r.Id && l.TargetRegister == "evidence")
                .Select(l => new RecordRef(l.TargetId, db.EvidenceItems.Where(e => e.Id == l.TargetRecordId).Select(e => e.Title).FirstOrDefault())).ToList(),
            r.ArchivedAt, r.ArchiveReason, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy, r.Version)),
        HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
        ListColumns = ["date", "title", "kind", "by"],
        Columns =
        [
            new("id", "Id", r => r.Id),
            new("title", "Record", r => r.Title),
            new("date", "Date", r => r.Date),
            new("kind", "Kind", r => LeadershipLabels.Kind(r.Kind)),
            new("by", "By", r => r.ByPerson),
            new("documents", "Documents", r => RecordColumns.Names(r.Documents)),
            new("evidence", "Evidence", r => RecordColumns.Names(r.Evidence)),
            new("description", "Description", r => r.Description),
            .. RecordColumns.Audit<LeadershipRecordView>(),
        ],
    };

    private static List<string> ScopeLines(string text) => [.. Scope.ScopeContents.Lines(text)];
}
