using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Support;

/// <summary>
/// The registers of clause 7.4: the communication plan and the records of communications made. A plan line is due again
/// from its last record and frequency, judged against today in the organization's calendar, so the plan is built per clock.
/// </summary>
public static class CommunicationRegisters
{
    public const string PlanName = "communication-plan";
    public const string RecordsName = "communications";

    public static RegisterDefinition<CommunicationPlanItem, CommunicationPlanItemView> Plan(TimeProvider clock) => new()
    {
        Name = PlanName,
        Noun = "planned communication",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<CommunicationPlanItem>(
            new SortField<CommunicationPlanItem>("topic").Then(c => c.Topic),
            new SortField<CommunicationPlanItem>("startsOn").Then(c => c.StartsOn).Then(c => c.Topic),
            new SortField<CommunicationPlanItem>("updatedAt").Then(c => c.UpdatedAt),
            new SortField<CommunicationPlanItem>("createdAt").Then(c => c.CreatedAt)),
        Filters =
        [
            RegisterFilter<CommunicationPlanItem>.Equal("direction", c => c.Direction, "internal or external."),
            RegisterFilter<CommunicationPlanItem>.Equal("channel", c => c.Channel, "How it is made: email, meeting, intranet, trainingSession…"),
            RegisterFilter<CommunicationPlanItem>.Equal("frequency", c => c.Frequency, "once, monthly, quarterly, halfYearly, yearly or onChange."),
            RegisterFilter<CommunicationPlanItem>.Equal("communicatorId", c => c.CommunicatorId, "Only what this member communicates (user id)."),
            EditedFilters.Status<CommunicationPlanItem>(),
        ],
        Search = new RegisterSearch<CommunicationPlanItem>("CommunicationPlanItemSearch", "CommunicationPlanItemId", c => c.Topic, c => c.Audience, c => c.Notes),
        Project = (db, items) => ProjectPlan(db, items, EvidenceCalendar.Today(clock, db.TimeZone)),
        ViewMoment = EvidenceCalendar.TodayMoment(clock),
        HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
        ListColumns = ["topic", "direction", "audience", "frequency", "lastMadeOn", "nextDueOn", "overdue"],
        Columns =
        [
            new("id", "Id", c => c.Id),
            new("topic", "What", c => c.Topic),
            new("direction", "Internal or external", c => CommunicationLabels.Direction(c.Direction)),
            new("audience", "With whom", c => c.Audience),
            new("channel", "How", c => CommunicationLabels.Channel(c.Channel)),
            new("frequency", "When", c => CommunicationLabels.Frequency(c.Frequency)),
            new("startsOn", "First due", c => c.StartsOn),
            new("communicator", "By whom", c => c.Communicator),
            new("documents", "Documents communicated", c => RecordColumns.Names(c.Documents)),
            new("made", "Communications made", c => c.Made),
            new("lastMadeOn", "Last made", c => c.LastMadeOn),
            new("nextDueOn", "Next due", c => c.NextDueOn),
            new("overdue", "Overdue", c => c.Overdue),
            new("notes", "Notes", c => c.Notes),
            .. RecordColumns.Audit<CommunicationPlanItemView>(),
        ],
    };

    private static IQueryable<CommunicationPlanItemView> ProjectPlan(AimsDbContext db, IQueryable<CommunicationPlanItem> items, DateOnly today) =>
        items.Select(c => new
        {
            Item = c,
            Communicator = db.Users.Where(u => u.Id == c.CommunicatorId).Select(u => u.DisplayName).FirstOrDefault(),
            Documents = db.Set<RecordLink>().Where(l => l.SourceId == c.Id && l.TargetRegister == "documents")
                .Select(l => new RecordRef(l.TargetId, db.Set<Documents.Document>().Where(d => d.Id == l.TargetRecordId).Select(d => d.Title).FirstOrDefault())).ToList(),
            Made = db.Set<CommunicationRecord>().Count(r => r.PlanItemId == c.Id && r.ArchivedAt == null),
            Last = db.Set<CommunicationRecord>().Where(r => r.PlanItemId == c.Id && r.ArchivedAt == null).Max(r => (DateOnly?)r.Date),
        }).Select(x => ToPlanItem(x.Item, x.Communicator, x.Documents, x.Made, x.Last, today));

    private static CommunicationPlanItemView ToPlanItem(CommunicationPlanItem c, string? communicator, List<RecordRef> documents, int made,
        DateOnly? last, DateOnly today)
    {
        var next = CommunicationSchedule.NextDue(c.Frequency, c.StartsOn, last);
        return new CommunicationPlanItemView(c.Id, c.Topic, c.Direction, c.Audience, c.Channel, c.Frequency, c.StartsOn, c.CommunicatorId,
            communicator, documents, c.Notes, made, last, next, c.ArchivedAt == null && next < today,
            c.ArchivedAt, c.ArchiveReason, c.CreatedAt, c.CreatedBy, c.UpdatedAt, c.UpdatedBy, c.Version);
    }

    public static RegisterDefinition<CommunicationRecord, CommunicationRecordView> Records { get; } = new()
    {
        Name = RecordsName,
        Noun = "communication made",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<CommunicationRecord>(
            new SortField<CommunicationRecord>("date").Then(r => r.Date).Then(r => r.Subject),
            new SortField<CommunicationRecord>("subject").Then(r => r.Subject),
            new SortField<CommunicationRecord>("updatedAt").Then(r => r.UpdatedAt),
            new SortField<CommunicationRecord>("createdAt").Then(r => r.CreatedAt)),
        Filters =
        [
            RegisterFilter<CommunicationRecord>.Custom("planItemId", "Only communications made for this line of the plan (id), or 'none' for those outside the plan.",
                [], text => text.Equals("none", StringComparison.OrdinalIgnoreCase)
                    ? (r => r.PlanItemId == null, null)
                    : Guid.TryParse(text, out var id) ? (r => r.PlanItemId == id, null) : (null, $"'{text}' is neither an id nor 'none'.")),
            RegisterFilter<CommunicationRecord>.Equal("channel", r => r.Channel, "How it was made: email, meeting, intranet, trainingSession…"),
            EditedFilters.Status<CommunicationRecord>(),
        ],
        Search = new RegisterSearch<CommunicationRecord>("CommunicationRecordSearch", "CommunicationRecordId", r => r.Subject, r => r.Audience, r => r.Notes),
        Project = (db, records) => records.Select(r => new CommunicationRecordView(r.Id, r.PlanItemId,
            db.Set<CommunicationPlanItem>().Where(p => p.Id == r.PlanItemId).Select(p => p.Topic).FirstOrDefault(), r.Date, r.Subject, r.Audience,
            r.Channel, r.CommunicatedById, db.Users.Where(u => u.Id == r.CommunicatedById).Select(u => u.DisplayName).FirstOrDefault(),
            r.EvidenceId, db.EvidenceItems.Where(e => e.Id == r.EvidenceId).Select(e => e.Title).FirstOrDefault(), r.Notes,
            r.ArchivedAt, r.ArchiveReason, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy, r.Version)),
        ListColumns = ["date", "subject", "planItem", "audience", "channel", "communicatedBy"],
        Columns =
        [
            new("id", "Id", r => r.Id),
            new("date", "Date", r => r.Date),
            new("subject", "What was communicated", r => r.Subject),
            new("planItem", "Line of the plan", r => r.PlanItem),
            new("audience", "To whom", r => r.Audience),
            new("channel", "How", r => CommunicationLabels.Channel(r.Channel)),
            new("communicatedBy", "By whom", r => r.CommunicatedBy),
            new("evidence", "Evidence", r => r.EvidenceTitle),
            new("notes", "Notes", r => r.Notes),
            .. RecordColumns.Audit<CommunicationRecordView>(),
        ],
    };
}
