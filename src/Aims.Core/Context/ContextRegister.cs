using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Context;

/// <summary>
/// The context register (clause 4.1) as a <see cref="RegisterDefinition{T, TView}"/>; built per clock because the
/// review state is judged against today in the organization's calendar. Every sort and filter has an index in
/// <see cref="ContextIssueConfiguration"/>.
/// </summary>
public static class ContextRegister
{
    public const string Name = "context-issues";

    public static RegisterDefinition<ContextIssue, ContextIssueView> Create(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new()
        {
            Name = Name,
            Noun = "context issue",
            Permissions = EstablishmentPermissions.Register,
            Sorts = new RegisterSorts<ContextIssue>(
                new SortField<ContextIssue>("title").Then(c => c.Title),
                new SortField<ContextIssue>("category").Then(c => c.Category).Then(c => c.Title),
                new SortField<ContextIssue>("reviewDate").Then(c => c.ReviewDate).Then(c => c.Title),
                new SortField<ContextIssue>("updatedAt").Then(c => c.UpdatedAt),
                new SortField<ContextIssue>("createdAt").Then(c => c.CreatedAt)),
            Filters =
            [
                RegisterFilter<ContextIssue>.Equal("origin", c => c.Origin, "internal or external."),
                RegisterFilter<ContextIssue>.Equal("category", c => c.Category, "Only issues of this category."),
                RegisterFilter<ContextIssue>.Equal("effect", c => c.Effect, "risk, opportunity or neutral."),
                RegisterFilter<ContextIssue>.Equal("ownerId", c => c.OwnerId, "Only issues owned by this member (user id)."),
                EditedFilters.Review<ContextIssue>(c => c.ReviewDate, clock),
                EditedFilters.Status<ContextIssue>(),
            ],
            // The index and its triggers are created by the Establishment migrations.
            Search = new RegisterSearch<ContextIssue>("ContextIssueSearch", "ContextIssueId", c => c.Title, c => c.Description),
            Project = (db, issues) => Project(db, issues, EvidenceCalendar.Today(clock, db.TimeZone)),
            ViewMoment = EvidenceCalendar.TodayMoment(clock),
            HistoryIncludes = (db, id) => [RecordLinks.History(db, id)],
            ListColumns = ["title", "origin", "category", "effect", "reviewDate", "review", "owner"],
            Columns =
            [
                new("id", "Id", c => c.Id),
                new("title", "Title", c => c.Title),
                new("origin", "Internal or external", c => ContextLabels.Origin(c.Origin)),
                new("category", "Category", c => ContextLabels.Category(c.Category)),
                new("effect", "Effect on the AIMS", c => ContextLabels.Effect(c.Effect)),
                new("owner", "Owner", c => c.OwnerName),
                new("reviewDate", "Review date", c => c.ReviewDate),
                new("review", "Review", c => ContextLabels.Review(c.Review.Status)),
                new("objectives", "Objectives", c => RecordColumns.Names(c.Objectives)),
                new("documents", "Documents", c => RecordColumns.Names(c.Documents)),
                new("description", "Description", c => c.Description),
                .. RecordColumns.Audit<ContextIssueView>(),
            ],
        };
    }

    private static IQueryable<ContextIssueView> Project(AimsDbContext db, IQueryable<ContextIssue> issues, DateOnly today) =>
        issues.Select(c => new
        {
            Issue = c,
            OwnerName = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            Objectives = db.Set<RecordLink>().Where(l => l.SourceId == c.Id && l.TargetRegister == "objectives")
                .Select(l => new RecordRef(l.TargetId, db.Set<Objectives.AiObjective>().Where(o => o.Id == l.TargetRecordId).Select(o => o.Title).FirstOrDefault()))
                .ToList(),
            Documents = db.Set<RecordLink>().Where(l => l.SourceId == c.Id && l.TargetRegister == "documents")
                .Select(l => new RecordRef(l.TargetId, db.Set<Documents.Document>().Where(d => d.Id == l.TargetRecordId).Select(d => d.Title).FirstOrDefault()))
                .ToList(),
        }).Select(r => new ContextIssueView(r.Issue.Id, r.Issue.Title, r.Issue.Origin, r.Issue.Category, r.Issue.Description,
            r.Issue.Effect, r.Issue.OwnerId, r.OwnerName, r.Issue.ReviewDate, ReviewState.Of(r.Issue.ReviewDate, today),
            r.Objectives, r.Documents, r.Issue.ArchivedAt, r.Issue.ArchiveReason, r.Issue.CreatedAt, r.Issue.CreatedBy,
            r.Issue.UpdatedAt, r.Issue.UpdatedBy, r.Issue.Version));
}
