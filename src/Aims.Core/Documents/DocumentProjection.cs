using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Documents.Views;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// Documents as <see cref="DocumentView"/>s in one query: the owner's and participants' names, the linked systems'
/// names and the organization's self-approval setting come from correlated subqueries of the same SQL statement, and
/// the view is assembled on the client from those rows (with the review state computed for now).
/// </summary>
internal static class DocumentProjection
{
    public static IQueryable<DocumentView> Project(AimsDbContext db, IQueryable<Document> documents, TimeProvider clock)
    {
        // To the minute, as the review filter and the cached list pages judge (DocumentRegister.ViewMoment).
        var now = DocumentRegister.Minute(clock);
        // Split: the three link collections as separate queries rather than one join that multiplies their rows.
        return documents.AsSplitQuery().Select(d => ToView(d,
            db.Users.Where(u => u.Id == d.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            d.References.Select(r => new ReferenceRow(r.Kind, r.Target)).ToList(),
            d.Systems.Select(s => new AiSystemRef(s.AiSystemId,
                db.AiSystems.Where(a => a.Id == s.AiSystemId).Select(a => a.Name).FirstOrDefault() ?? "")).ToList(),
            d.Participants.Select(p => new ParticipantRow(p.Duty, p.UserId, p.Role,
                db.Users.Where(u => u.Id == p.UserId).Select(u => u.DisplayName).FirstOrDefault())).ToList(),
            db.Organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.AllowSelfApproval).FirstOrDefault(),
            db.Organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.TimeZone).FirstOrDefault(),
            now));
    }

    public static DocumentView ToView(Document d, string? ownerName, List<ReferenceRow> references, List<AiSystemRef> systems,
        List<ParticipantRow> participants, bool selfApprovalAllowed, string? timeZone, DateTimeOffset now)
    {
        // The state from the stored instants, exactly as the reviewDue filter selects; the words in the organization's calendar.
        var reviewState = ReviewSchedule.StateAt(d.ReviewDueSoonFrom, d.ReviewOverdueFrom, now);
        var review = new DocumentReviewView(d.NextReviewOn, d.LastReviewedAt, reviewState,
            ReviewSchedule.Reason(reviewState, d.NextReviewOn, OrganizationCalendar.For(timeZone), now, d.ReviewIntervalMonths,
                d.CurrentVersionNumber, d.CurrentVersionPublishedAt, d.LastReviewedAt));
        var current = d.CurrentVersionNumber is { } number && d.CurrentVersionSha256 is { } sha && d.CurrentVersionPublishedAt is { } at
            ? new CurrentVersionView(number, sha, at)
            : null;
        var pending = d.PendingVersionNumber is { } open ? new PendingVersionView(open, StatusOf(d.PendingVersionState)) : null;
        return new DocumentView(d.Id, d.Title, d.Type, d.OwnerId, ownerName, d.Classification, d.ReviewIntervalMonths,
            d.RetentionMonths,
            Ids(references, DocumentReferenceKind.Clause), Ids(references, DocumentReferenceKind.Control),
            [.. systems.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id)],
            new DocumentApproversView(People(participants, DocumentDuty.Approve), Roles(participants, DocumentDuty.Approve),
                d.ApprovalQuorum, selfApprovalAllowed),
            new DocumentAudienceView(People(participants, DocumentDuty.Acknowledge), Roles(participants, DocumentDuty.Acknowledge)),
            d.State, current, pending, review, d.ArchivedAt, d.ArchiveReason, d.CreatedAt, d.CreatedBy, d.UpdatedAt, d.UpdatedBy,
            d.Version);
    }

    private static DocumentVersionStatus StatusOf(PendingVersionState state) => state switch
    {
        PendingVersionState.InReview => DocumentVersionStatus.InReview,
        PendingVersionState.Approved => DocumentVersionStatus.Approved,
        _ => DocumentVersionStatus.Draft,
    };

    private static List<string> Ids(List<ReferenceRow> references, DocumentReferenceKind kind) =>
        [.. references.Where(r => r.Kind == kind).Select(r => r.Target).Order(IdentifierComparer.Instance)];

    private static List<PersonRef> People(List<ParticipantRow> participants, DocumentDuty duty) =>
        [.. participants.Where(p => p.Duty == duty && p.UserId is not null)
            .Select(p => new PersonRef(p.UserId!.Value, p.DisplayName ?? ""))
            .OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.UserId)];

    private static List<Role> Roles(List<ParticipantRow> participants, DocumentDuty duty) =>
        [.. participants.Where(p => p.Duty == duty && p.Role is not null).Select(p => p.Role!.Value).Order()];

    internal sealed record ReferenceRow(DocumentReferenceKind Kind, string Target);

    internal sealed record ParticipantRow(DocumentDuty Duty, Guid? UserId, Role? Role, string? DisplayName);
}
