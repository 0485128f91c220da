using Aims.Core.Access;
using Aims.Core.Organizations;
using Aims.Core.Reminders.MyWork;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// The documents part of "my work", with the rules the workflow enforces: an approval waits for a person who may
/// approve the version in review (named, or holding documents.approve when the document names nobody), did not write
/// it (unless the organization allows self-approval) and has not approved it in this review round; an acknowledgement
/// waits for a person in the audience of the version in force who has not acknowledged that version; a review is due
/// for the owner from <see cref="MyWorkRules.ReviewDueWithinDays"/> days before its day, and overdue once that day has
/// ended. Archived documents ask nothing. Approvals and acknowledgements are keyed by the version, so a new version
/// asks again; reviews by the document and the due day, so a recorded review moves the reminder.
/// </summary>
public sealed class DocumentWorkSource : IMyWorkSource
{
    public async Task<IReadOnlyList<MyWorkItem>> ListAsync(MyWorkContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Person.Can(Permissions.DocumentsRead))
        {
            return [];
        }

        var items = new List<MyWorkItem>();
        items.AddRange(await ApprovalsAsync(context, ct));
        items.AddRange(await AcknowledgementsAsync(context, ct));
        items.AddRange(await ReviewsAsync(context, ct));
        return items;
    }

    private static async Task<IEnumerable<MyWorkItem>> ApprovalsAsync(MyWorkContext context, CancellationToken ct)
    {
        var db = context.Db;
        var me = context.Person.UserId;
        Role? role = context.Person.Role;
        var canApprove = context.Person.Can(Permissions.DocumentsApprove);
        var selfAllowed = await db.Organizations.AsNoTracking().AnyAsync(o => o.Id == context.Person.OrganizationId && o.AllowSelfApproval, ct);
        var waiting = await (
                from v in db.Set<DocumentVersion>().AsNoTracking()
                join d in db.Set<Document>().AsNoTracking() on v.DocumentId equals d.Id
                where d.ArchivedAt == null && v.Status == DocumentVersionStatus.InReview
                      && (d.Participants.Any(p => p.Duty == DocumentDuty.Approve && (p.UserId == me || p.Role == role))
                          || (canApprove && !d.Participants.Any(p => p.Duty == DocumentDuty.Approve)))
                      && (selfAllowed || (v.AuthorId != me && v.LastEditedById != me))
                      && !db.Set<DocumentApproval>().Any(a => a.VersionId == v.Id && a.Round == v.ReviewRound && a.ApproverId == me)
                select new { DocumentId = d.Id, d.Title, VersionId = v.Id, v.Number, v.SubmittedAt, v.ApprovalCount, v.RequiredApprovals })
            .ToListAsync(ct);
        return waiting.Select(w => new MyWorkItem(MyWorkKind.ApprovalWaiting, Title(w.Title, w.Number), null,
            $"Version {w.Number} was submitted for review on {Day(context, w.SubmittedAt)} and has {w.ApprovalCount} of " +
            $"{w.RequiredApprovals} approvals. Read it, then approve it or return it to draft with a reason.",
            context.Link("documents", w.DocumentId), "documentVersion", w.VersionId));
    }

    private static async Task<IEnumerable<MyWorkItem>> AcknowledgementsAsync(MyWorkContext context, CancellationToken ct)
    {
        var db = context.Db;
        var me = context.Person.UserId;
        Role? role = context.Person.Role;
        var pending = await (
                from d in db.Set<Document>().AsNoTracking()
                join v in db.Set<DocumentVersion>().AsNoTracking() on new { DocumentId = d.Id, Number = d.CurrentVersionNumber!.Value }
                    equals new { v.DocumentId, v.Number }
                where d.ArchivedAt == null && d.CurrentVersionNumber != null
                      && d.Participants.Any(p => p.Duty == DocumentDuty.Acknowledge && (p.UserId == me || p.Role == role))
                      && !db.Set<DocumentAcknowledgement>().Any(a => a.DocumentId == d.Id && a.VersionNumber == v.Number && a.UserId == me)
                select new { DocumentId = d.Id, d.Title, VersionId = v.Id, v.Number, v.PublishedAt })
            .ToListAsync(ct);
        return pending.Select(p => new MyWorkItem(MyWorkKind.AcknowledgementPending, Title(p.Title, p.Number), null,
            $"Version {p.Number} has been in force since {Day(context, p.PublishedAt)}. Read it and acknowledge that you have.",
            context.Link("documents", p.DocumentId), "documentVersion", p.VersionId));
    }

    private static async Task<IEnumerable<MyWorkItem>> ReviewsAsync(MyWorkContext context, CancellationToken ct)
    {
        var me = context.Person.UserId;
        var until = context.Today.AddDays(MyWorkRules.ReviewDueWithinDays);
        var due = await context.Db.Set<Document>().AsNoTracking()
            .Where(d => d.ArchivedAt == null && d.OwnerId == me && d.NextReviewOn != null && d.NextReviewOn <= until)
            .Select(d => new { d.Id, d.Title, d.CurrentVersionNumber, NextReviewOn = d.NextReviewOn!.Value })
            .ToListAsync(ct);
        return due.Select(d =>
        {
            var overdue = context.Calendar.IsOverdue(d.NextReviewOn, context.At);
            var when = $"{context.Calendar.RelativeDay(d.NextReviewOn, context.At)} ({OrganizationCalendar.Format(d.NextReviewOn)})";
            return new MyWorkItem(overdue ? MyWorkKind.ReviewOverdue : MyWorkKind.ReviewDue, d.Title, d.NextReviewOn,
                $"The review of version {d.CurrentVersionNumber} {(overdue ? "was" : "is")} due {when}. Record \"reviewed, no change needed\" " +
                "or publish a new version.",
                context.Link("documents", d.Id), "document", d.Id);
        });
    }

    // Titles have at most 200 characters, so with the version this stays within MyWorkRules.TitleMaxLength.
    private static string Title(string title, int number) => $"{title}, version {number}";

    private static string Day(MyWorkContext context, DateTimeOffset? at) =>
        at is { } instant ? OrganizationCalendar.Format(context.Calendar.DateOf(instant)) : "?";
}
