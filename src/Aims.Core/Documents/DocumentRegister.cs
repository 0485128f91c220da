using System.Globalization;
using System.Linq.Expressions;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Documents.Views;
using Aims.Core.Registers;

namespace Aims.Core.Documents;

/// <summary>
/// The document register as a <see cref="RegisterDefinition{T, TView}"/>. Built with the clock because two of its
/// parts depend on the time: the review state in every view and the <c>reviewDue</c> filter (whose cached totals are
/// therefore keyed by the minute as well). Each sort has an index <c>(OrganizationId, keys…, Id)</c> in
/// <see cref="DocumentConfiguration"/>. A document's history includes the changes of its versions, links,
/// approvals, reviews and acknowledgements.
/// </summary>
public static class DocumentRegister
{
    public const string Name = "documents";

    /// <summary>The organization's AI policies with a version in force (retiring a version clears it), for the rules that
    /// ask whether there is a policy and who has acknowledged it.</summary>
    internal static IQueryable<Document> AiPoliciesInForce(Data.AimsDbContext db) =>
        db.Set<Document>().Where(d => d.ArchivedAt == null && d.Type == DocumentType.AiPolicy && d.CurrentVersionNumber != null);

    public static RegisterDefinition<Document, DocumentView> Create(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new()
        {
            Name = Name,
            Noun = "document",
            Permissions = new RegisterPermissions(Permissions.DocumentsRead, Permissions.DocumentsWrite, Permissions.DocumentsArchive),
            Sorts = new RegisterSorts<Document>(
                new SortField<Document>("title").Then(d => d.Title),
                new SortField<Document>("type").Then(d => d.Type).Then(d => d.Title),
                new SortField<Document>("state").Then(d => d.State).Then(d => d.Title),
                // Documents without a review date last in both directions' first key, the same on both databases
                // (SQLite and PostgreSQL put NULLs at opposite ends).
                new SortField<Document>("nextReview").Then(d => d.NextReviewOn == null).Then(d => d.NextReviewOn).Then(d => d.Title),
                new SortField<Document>("createdAt").Then(d => d.CreatedAt),
                new SortField<Document>("updatedAt").Then(d => d.UpdatedAt)),
            Filters =
            [
                RegisterFilter<Document>.Equal("type", d => d.Type, "Only documents of this type."),
                RegisterFilter<Document>.Equal("state", d => d.State,
                    "Where the document stands: published (a version is in force), or the status of the version being worked on."),
                RegisterFilter<Document>.Equal("pending", d => d.PendingVersionState,
                    "The status of the version being worked on (none: nothing is being worked on)."),
                RegisterFilter<Document>.Equal("classification", d => d.Classification, "Only documents of this classification."),
                RegisterFilter<Document>.Equal("ownerId", d => d.OwnerId, "Only documents owned by this member (user id)."),
                Reference("clause", DocumentReferenceKind.Clause, CatalogReferences.CanonicalClause, "clause id, e.g. 5.2"),
                Reference("control", DocumentReferenceKind.Control, CatalogReferences.CanonicalControl, "Annex A control id, e.g. A.2.2"),
                RegisterFilter<Document>.Custom("aiSystemId", "Only documents linked to this AI system (id).", [],
                    text => Guid.TryParse(text, CultureInfo.InvariantCulture, out var id)
                        ? (d => d.Systems.Any(s => s.AiSystemId == id), null)
                        : (null, $"'{text}' is not an id (a GUID such as 0190e7b2-5c3e-7c1a-9f00-000000000000).")),
                ReviewDue(clock),
                RegisterFilter<Document>.Custom("archived", "true: only archived documents; false: only active ones (default: both).",
                    ["true", "false"], text => text.ToUpperInvariant() switch
                    {
                        "TRUE" => (d => d.ArchivedAt != null, null),
                        "FALSE" => (d => d.ArchivedAt == null, null),
                        _ => (null, $"Unknown value '{text}'. Use true or false."),
                    }),
            ],
            // The index and its triggers are created by the Documents migrations.
            Search = new RegisterSearch<Document>("DocumentSearch", "DocumentId", d => d.Title),
            Project = (db, documents) => DocumentProjection.Project(db, documents, clock),
            ViewMoment = _ => Minute(clock).ToString("O", CultureInfo.InvariantCulture),
            HistoryIncludes = (db, id) =>
            [
                new(nameof(DocumentVersion), db.Set<DocumentVersion>().Where(p => p.DocumentId == id).Select(p => p.Id)),
                new(nameof(DocumentReference), db.Set<DocumentReference>().Where(p => p.DocumentId == id).Select(p => p.Id), "DocumentId"),
                new(nameof(DocumentSystemLink), db.Set<DocumentSystemLink>().Where(p => p.DocumentId == id).Select(p => p.Id), "DocumentId"),
                new(nameof(DocumentParticipant), db.Set<DocumentParticipant>().Where(p => p.DocumentId == id).Select(p => p.Id), "DocumentId"),
                new(nameof(DocumentApproval), db.Set<DocumentApproval>().Where(p => p.DocumentId == id).Select(p => p.Id)),
                new(nameof(DocumentReview), db.Set<DocumentReview>().Where(p => p.DocumentId == id).Select(p => p.Id)),
                new(nameof(DocumentAcknowledgement), db.Set<DocumentAcknowledgement>().Where(p => p.DocumentId == id).Select(p => p.Id)),
            ],
            ListColumns = ["title", "type", "state", "currentVersion", "pendingStatus", "owner", "nextReviewOn", "reviewStatus"],
            Columns =
            [
                new("id", "Id", d => d.Id),
                new("title", "Title", d => d.Title),
                new("type", "Type", d => DocumentLabels.Of(d.Type)),
                new("state", "State", d => DocumentLabels.Of(d.State)),
                new("currentVersion", "Version in force", d => d.CurrentVersion?.Number),
                new("publishedAt", "Published at", d => d.CurrentVersion?.PublishedAt),
                new("sha256", "SHA-256 of the version in force", d => d.CurrentVersion?.Sha256),
                new("pendingVersion", "Version being worked on", d => d.PendingVersion?.Number),
                new("pendingStatus", "Its status", d => d.PendingVersion is { } p ? DocumentLabels.Of(p.Status) : null),
                new("owner", "Owner", d => d.OwnerName),
                new("classification", "Classification", d => DocumentLabels.Of(d.Classification)),
                new("reviewIntervalMonths", "Review interval (months)", d => d.ReviewIntervalMonths),
                new("nextReviewOn", "Next review", d => d.Review.NextReviewOn),
                new("reviewStatus", "Review", d => DocumentLabels.Of(d.Review.Status)),
                new("retentionMonths", "Retention (months)", d => d.RetentionMonths),
                new("clauses", "Clauses", d => string.Join("; ", d.Clauses)),
                new("controls", "Annex A controls", d => string.Join("; ", d.Controls)),
                new("aiSystems", "AI systems", d => string.Join("; ", d.AiSystems.Select(s => s.Name))),
                new("archivedAt", "Archived at", d => d.ArchivedAt),
                new("archiveReason", "Archive reason", d => d.ArchiveReason),
                new("createdAt", "Created at", d => d.CreatedAt),
                new("createdBy", "Created by", d => d.CreatedBy),
                new("updatedAt", "Updated at", d => d.UpdatedAt),
                new("updatedBy", "Updated by", d => d.UpdatedBy),
                new("version", "Version", d => d.Version),
            ],
        };
    }

    private static RegisterFilter<Document> Reference(string name, DocumentReferenceKind kind, Func<string, string?> canonical,
        string example) =>
        RegisterFilter<Document>.Custom(name, $"Only documents linked to this {example}.", [], text =>
            canonical(text) is { } id
                ? (d => d.References.Any(r => r.Kind == kind && r.Target == id), null)
                : (null, $"Unknown ISO/IEC 42001 {(kind == DocumentReferenceKind.Clause ? "clause" : "Annex A control")} '{text}'."));

    // The filter compares the instants the state changes at (stored with each date, in the organization's calendar) with
    // now to the minute; totals are cached under the same minute, so a total and its rows always agree.
    private static RegisterFilter<Document> ReviewDue(TimeProvider clock) =>
        RegisterFilter<Document>.Custom("reviewDue",
            $"overdue: the review day has ended; dueSoon: due within {ReviewSchedule.DueSoonDays} days; notDue; notScheduled (no version in force).",
            [.. Enum.GetValues<ReviewDueState>().Select(ApiNames.Of)],
            text =>
            {
                var now = Minute(clock);
                Expression<Func<Document, bool>>? predicate = text.ToUpperInvariant() switch
                {
                    "OVERDUE" => d => d.ReviewOverdueFrom != null && d.ReviewOverdueFrom <= now,
                    "DUESOON" => d => d.ReviewDueSoonFrom != null && d.ReviewDueSoonFrom <= now && d.ReviewOverdueFrom > now,
                    "NOTDUE" => d => d.ReviewDueSoonFrom != null && d.ReviewDueSoonFrom > now,
                    "NOTSCHEDULED" => d => d.NextReviewOn == null,
                    _ => null,
                };
                return predicate is null ? (null, $"Unknown value '{text}'. Use one of: {ApiNames.ListOf<ReviewDueState>()}.") : (predicate, null);
            },
            text => text.ToUpperInvariant() + "@" + Minute(clock).ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Now to the minute: what the review filter, each view's review state and the list cache judge against.</summary>
    internal static DateTimeOffset Minute(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }
}
