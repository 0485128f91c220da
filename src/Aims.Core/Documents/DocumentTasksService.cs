using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Documents.Views;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// The documents part of a person's "my work", computed from the records with the same rules the workflow enforces:
/// an approval waits for someone who may approve the version (named, or holding documents.approve when nobody is
/// named), did not write it (unless self-approval is allowed) and has not approved it in this round; an
/// acknowledgement waits for someone in the audience of the version in force who has not acknowledged it.
/// </summary>
public sealed class DocumentTasksService(IDbContextFactory<AimsDbContext> dbFactory, TimeProvider clock)
{
    public async Task<DocumentTasksView> ForAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var me = caller.UserId;
        var role = (Role?)caller.Role;
        var documents = db.Set<Document>().AsNoTracking().Where(d => d.ArchivedAt == null);

        var selfAllowed = await db.Organizations.AnyAsync(o => o.Id == caller.OrganizationId && o.AllowSelfApproval, ct);
        var canApprove = caller.Can(Permissions.DocumentsApprove);
        var approvals = await (
                from v in db.Set<DocumentVersion>().AsNoTracking()
                join d in documents on v.DocumentId equals d.Id
                where v.Status == DocumentVersionStatus.InReview
                      && (d.Participants.Any(p => p.Duty == DocumentDuty.Approve && (p.UserId == me || p.Role == role))
                          || (canApprove && !d.Participants.Any(p => p.Duty == DocumentDuty.Approve)))
                      && (selfAllowed || (v.AuthorId != me && v.LastEditedById != me))
                      && !db.Set<DocumentApproval>().Any(a => a.VersionId == v.Id && a.Round == v.ReviewRound && a.ApproverId == me)
                orderby v.SubmittedAt, v.Id
                select new DocumentTaskView(d.Id, d.Title, d.Type, v.Number, v.SubmittedAt, null, null))
            .ToListAsync(ct);

        var acknowledgements = await documents
            .Where(d => d.CurrentVersionNumber != null
                        && d.Participants.Any(p => p.Duty == DocumentDuty.Acknowledge && (p.UserId == me || p.Role == role))
                        && !db.Set<DocumentAcknowledgement>().Any(a => a.DocumentId == d.Id && a.VersionNumber == d.CurrentVersionNumber && a.UserId == me))
            .OrderBy(d => d.CurrentVersionPublishedAt).ThenBy(d => d.Id)
            .Select(d => new DocumentTaskView(d.Id, d.Title, d.Type, d.CurrentVersionNumber!.Value, d.CurrentVersionPublishedAt, null, null))
            .ToListAsync(ct);

        var today = ReviewSchedule.Today(clock);
        var soon = today.AddDays(ReviewSchedule.DueSoonDays);
        var reviews = (await documents
                .Where(d => d.OwnerId == me && d.NextReviewOn != null && d.NextReviewOn <= soon)
                .OrderBy(d => d.NextReviewOn).ThenBy(d => d.Id)
                .Select(d => new { d.Id, d.Title, d.Type, d.CurrentVersionNumber, d.NextReviewOn })
                .ToListAsync(ct))
            .Select(d => new DocumentTaskView(d.Id, d.Title, d.Type, d.CurrentVersionNumber ?? 0, null, d.NextReviewOn,
                ReviewSchedule.StateOn(d.NextReviewOn, today)))
            .ToList();
        return new DocumentTasksView(approvals, acknowledgements, reviews);
    }
}
