using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Documents;
using Aims.Core.Evidence;
using Aims.Core.Leadership;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Support;

/// <summary>
/// The registers of clauses 6.3 and 7: people and their competence records (7.2), planned changes (6.3) and resources
/// (7.1). Competence and changes are judged against today in the organization's calendar, so those are built per clock.
/// </summary>
public static class SupportRegisters
{
    public const string PeopleName = "people";
    public const string CompetencesName = "competences";
    public const string ChangesName = "changes";
    public const string ResourcesName = "resources";

    public static RegisterDefinition<Person, PersonView> People(TimeProvider clock) => new()
    {
        Name = PeopleName,
        Noun = "person",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<Person>(
            new SortField<Person>("name").Then(p => p.Name),
            new SortField<Person>("updatedAt").Then(p => p.UpdatedAt),
            new SortField<Person>("createdAt").Then(p => p.CreatedAt)),
        Filters = [EditedFilters.Status<Person>()],
        Search = new RegisterSearch<Person>("PersonSearch", "PersonId", p => p.Name, p => p.Email, p => p.JobTitle),
        Project = (db, people) => ProjectPeople(db, people, EvidenceCalendar.Today(clock, db.TimeZone)),
        ViewMoment = EvidenceCalendar.TodayMoment(clock),
        ListColumns = ["name", "jobTitle", "roles", "member", "gaps", "awareness"],
        Columns =
        [
            new("id", "Id", p => p.Id),
            new("name", "Name", p => p.Name),
            new("jobTitle", "Job title", p => p.JobTitle),
            new("email", "E-mail", p => p.Email),
            new("member", "Member account", p => p.Member),
            new("roles", "Roles", p => RecordColumns.Names(p.Roles)),
            new("competences", "Current competences", p => string.Join("; ", p.Competences.Where(c => c.Current).Select(c => c.Competence))),
            new("gaps", "Competence gaps", p => p.Gaps.Count == 0 ? null : string.Join("; ", p.Gaps)),
            new("aware", "Aware (7.3)", p => p.Awareness.Aware),
            new("awareness", "Awareness", p => p.Awareness.Summary),
            new("notes", "Notes", p => p.Notes),
            .. RecordColumns.Audit<PersonView>(),
        ],
    };

    /// <summary>People as the register shows them, judged against <paramref name="today"/> (readiness reads them the same way).</summary>
    internal static IQueryable<PersonView> ProjectPeople(AimsDbContext db, IQueryable<Person> people, DateOnly today)
    {
        var policies = DocumentRegister.AiPoliciesInForce(db);
        return people.Select(p => new
        {
            Person = p,
            Member = db.Users.Where(u => u.Id == p.UserId).Select(u => u.DisplayName).FirstOrDefault(),
            PolicyInForce = policies.Any(),
            PolicyAcknowledged = !policies.Any(d =>
                !db.Set<DocumentAcknowledgement>().Any(a => a.DocumentId == d.Id && a.VersionNumber == d.CurrentVersionNumber && a.UserId == p.UserId)),
            Roles = db.Set<RecordLink>().Where(l => l.TargetRegister == PeopleName && l.TargetRecordId == p.Id && l.SourceRegister == LeadershipRegisters.RolesName)
                .Join(db.Set<AimsRole>(), l => l.SourceId, r => r.Id, (l, r) => new { r.Id, r.Name, r.RequiredCompetences, r.ArchivedAt }).ToList(),
            Competences = db.Set<CompetenceRecord>().Where(c => c.PersonId == p.Id && c.ArchivedAt == null)
                .Select(c => new { c.Id, c.Competence, c.Kind, c.AchievedOn, c.ValidUntil, c.Awareness }).ToList(),
        }).Select(x => ToPerson(x.Person, x.Member,
            x.Roles.Where(r => r.ArchivedAt == null).Select(r => new HeldRole(r.Id, r.Name, r.RequiredCompetences)).ToList(),
            x.Competences.Select(c => new CompetenceView(c.Id, c.Competence, c.Kind, c.AchievedOn, c.ValidUntil, c.ValidUntil == null || c.ValidUntil >= today,
                c.Awareness)).ToList(), x.PolicyInForce, x.PolicyAcknowledged));
    }

    private sealed record HeldRole(Guid Id, string Name, string Required);

    private static PersonView ToPerson(Person p, string? member, List<HeldRole> roles, List<CompetenceView> competences, bool policyInForce,
        bool policyAcknowledged)
    {
        var held = competences.Where(c => c.Current).Select(c => c.Competence.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var gaps = roles.SelectMany(r => Scope.ScopeContents.Lines(r.Required).Select(c => (Role: r.Name, Competence: c)))
            .Where(g => !held.Contains(g.Competence)).Select(g => $"{g.Competence} ({g.Role})").Distinct().ToList();
        return new PersonView(p.Id, p.Name, p.Email, p.UserId, member, p.JobTitle, p.Notes,
            [.. roles.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).Select(r => new RecordRef(r.Id.ToString("D"), r.Name))],
            [.. competences.OrderBy(c => c.Competence, StringComparer.CurrentCultureIgnoreCase)], gaps,
            PersonAwareness.Of(p.UserId is not null, policyInForce, policyAcknowledged, competences),
            p.ArchivedAt, p.ArchiveReason, p.CreatedAt, p.CreatedBy, p.UpdatedAt, p.UpdatedBy, p.Version);
    }

    public static RegisterDefinition<CompetenceRecord, CompetenceRecordView> Competences(TimeProvider clock) => new()
    {
        Name = CompetencesName,
        Noun = "competence record",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<CompetenceRecord>(
            new SortField<CompetenceRecord>("competence").Then(c => c.Competence),
            new SortField<CompetenceRecord>("achievedOn").Then(c => c.AchievedOn).Then(c => c.Competence),
            new SortField<CompetenceRecord>("updatedAt").Then(c => c.UpdatedAt),
            new SortField<CompetenceRecord>("createdAt").Then(c => c.CreatedAt)),
        Filters =
        [
            RegisterFilter<CompetenceRecord>.Equal("personId", c => c.PersonId, "Only records of this person (id)."),
            RegisterFilter<CompetenceRecord>.Equal("kind", c => c.Kind, "training, qualification or experience."),
            EditedFilters.Status<CompetenceRecord>(),
        ],
        Search = new RegisterSearch<CompetenceRecord>("CompetenceRecordSearch", "CompetenceRecordId", c => c.Competence, c => c.Notes),
        Project = (db, records) => ProjectCompetences(db, records, EvidenceCalendar.Today(clock, db.TimeZone)),
        ViewMoment = EvidenceCalendar.TodayMoment(clock),
        ListColumns = ["competence", "person", "kind", "achievedOn", "validUntil", "current"],
        Columns =
        [
            new("id", "Id", c => c.Id),
            new("competence", "Competence", c => c.Competence),
            new("person", "Person", c => c.PersonName),
            new("kind", "Kind", c => SupportLabels.Competence(c.Kind)),
            new("achievedOn", "Achieved on", c => c.AchievedOn),
            new("validUntil", "Valid until", c => c.ValidUntil),
            new("current", "Current", c => c.Current),
            new("awareness", "Awareness training (7.3)", c => c.Awareness),
            new("evidence", "Evidence", c => c.EvidenceTitle),
            new("notes", "Notes", c => c.Notes),
            .. RecordColumns.Audit<CompetenceRecordView>(),
        ],
    };

    private static IQueryable<CompetenceRecordView> ProjectCompetences(AimsDbContext db, IQueryable<CompetenceRecord> records, DateOnly today) =>
        records.Select(c => new CompetenceRecordView(c.Id, c.PersonId, db.Set<Person>().Where(p => p.Id == c.PersonId).Select(p => p.Name).FirstOrDefault(),
            c.Competence, c.Kind, c.AchievedOn, c.ValidUntil, c.ValidUntil == null || c.ValidUntil >= today, c.Awareness, c.EvidenceId,
            db.EvidenceItems.Where(e => e.Id == c.EvidenceId).Select(e => e.Title).FirstOrDefault(), c.Notes,
            c.ArchivedAt, c.ArchiveReason, c.CreatedAt, c.CreatedBy, c.UpdatedAt, c.UpdatedBy, c.Version));

    public static RegisterDefinition<PlannedChange, PlannedChangeView> Changes(TimeProvider clock) => new()
    {
        Name = ChangesName,
        Noun = "planned change",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<PlannedChange>(
            new SortField<PlannedChange>("plannedDate").Then(c => c.PlannedDate).Then(c => c.Title),
            new SortField<PlannedChange>("title").Then(c => c.Title),
            new SortField<PlannedChange>("updatedAt").Then(c => c.UpdatedAt),
            new SortField<PlannedChange>("createdAt").Then(c => c.CreatedAt)),
        Filters =
        [
            RegisterFilter<PlannedChange>.Equal("status", c => c.Status, "planned, inProgress, done or cancelled."),
            RegisterFilter<PlannedChange>.Equal("responsibleId", c => c.ResponsibleId, "Only changes this member is responsible for (user id)."),
        ],
        Search = new RegisterSearch<PlannedChange>("PlannedChangeSearch", "PlannedChangeId", c => c.Title, c => c.Purpose, c => c.Consequences),
        Project = (db, changes) => ProjectChanges(db, changes, EvidenceCalendar.Today(clock, db.TimeZone)),
        ViewMoment = EvidenceCalendar.TodayMoment(clock),
        HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
        ListColumns = ["plannedDate", "title", "status", "overdue", "responsible"],
        Columns =
        [
            new("id", "Id", c => c.Id),
            new("title", "Change", c => c.Title),
            new("plannedDate", "Planned date", c => c.PlannedDate),
            new("status", "Status", c => SupportLabels.Status(c.Status)),
            new("overdue", "Overdue", c => c.Overdue),
            new("responsible", "Responsible", c => c.Responsible),
            new("purpose", "Purpose", c => c.Purpose),
            new("consequences", "Possible consequences", c => c.Consequences),
            new("resources", "Resources", c => c.Resources),
            new("affectsScope", "Affects the scope", c => c.AffectsScope),
            new("affectsPolicy", "Affects the AI policy", c => c.AffectsPolicy),
            new("aiSystems", "AI systems affected", c => RecordColumns.Names(c.AiSystems)),
            new("documents", "Documents affected", c => RecordColumns.Names(c.Documents)),
            .. RecordColumns.Audit<PlannedChangeView>(),
        ],
    };

    private static IQueryable<PlannedChangeView> ProjectChanges(AimsDbContext db, IQueryable<PlannedChange> changes, DateOnly today) =>
        changes.Select(c => new PlannedChangeView(c.Id, c.Title, c.Purpose, c.Consequences, c.Resources, c.ResponsibleId,
            db.Users.Where(u => u.Id == c.ResponsibleId).Select(u => u.DisplayName).FirstOrDefault(), c.PlannedDate, c.Status,
            c.PlannedDate < today && (c.Status == ChangeStatus.Planned || c.Status == ChangeStatus.InProgress), c.AffectsScope, c.AffectsPolicy,
            db.Set<RecordLink>().Where(l => l.SourceId == c.Id && l.TargetRegister == "ai-systems")
                .Select(l => new RecordRef(l.TargetId, db.AiSystems.Where(s => s.Id == l.TargetRecordId).Select(s => s.Name).FirstOrDefault())).ToList(),
            db.Set<RecordLink>().Where(l => l.SourceId == c.Id && l.TargetRegister == "documents")
                .Select(l => new RecordRef(l.TargetId, db.Set<Documents.Document>().Where(d => d.Id == l.TargetRecordId).Select(d => d.Title).FirstOrDefault())).ToList(),
            c.ArchivedAt, c.ArchiveReason, c.CreatedAt, c.CreatedBy, c.UpdatedAt, c.UpdatedBy, c.Version));

    public static RegisterDefinition<AimsResource, AimsResourceView> Resources { get; } = new()
    {
        Name = ResourcesName,
        Noun = "resource",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<AimsResource>(
            new SortField<AimsResource>("name").Then(r => r.Name),
            new SortField<AimsResource>("kind").Then(r => r.Kind).Then(r => r.Name),
            new SortField<AimsResource>("updatedAt").Then(r => r.UpdatedAt),
            new SortField<AimsResource>("createdAt").Then(r => r.CreatedAt)),
        Filters =
        [
            RegisterFilter<AimsResource>.Equal("kind", r => r.Kind, "data, tooling, system, computing or human."),
            RegisterFilter<AimsResource>.Equal("ownerId", r => r.OwnerId, "Only resources owned by this member (user id)."),
            EditedFilters.Status<AimsResource>(),
        ],
        Search = new RegisterSearch<AimsResource>("AimsResourceSearch", "AimsResourceId", r => r.Name, r => r.Description),
        Project = (db, resources) => resources.Select(r => new AimsResourceView(r.Id, r.Name, r.Kind, r.Description, r.OwnerId,
            db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).FirstOrDefault(), r.Notes,
            db.Set<RecordLink>().Where(l => l.SourceId == r.Id && l.TargetRegister == "ai-systems")
                .Select(l => new RecordRef(l.TargetId, db.AiSystems.Where(s => s.Id == l.TargetRecordId).Select(s => s.Name).FirstOrDefault())).ToList(),
            r.ArchivedAt, r.ArchiveReason, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy, r.Version)),
        HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
        ListColumns = ["name", "kind", "aiSystems", "owner"],
        Columns =
        [
            new("id", "Id", r => r.Id),
            new("name", "Resource", r => r.Name),
            new("kind", "Kind", r => SupportLabels.Resource(r.Kind)),
            new("aiSystems", "AI systems", r => RecordColumns.Names(r.AiSystems)),
            new("owner", "Owner", r => r.Owner),
            new("description", "Description", r => r.Description),
            new("notes", "Notes", r => r.Notes),
            .. RecordColumns.Audit<AimsResourceView>(),
        ],
    };
}
