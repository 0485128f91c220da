using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Views;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// What keeps the version in force alive after publication: periodic reviews ("reviewed, no change needed" moves the
/// next review date) and acknowledgements by the people it was sent to (7.3, 7.4). Both are personal statements, so
/// API tokens cannot make them (403).
/// </summary>
public sealed class DocumentCommunicationService(IDbContextFactory<AimsDbContext> dbFactory, DocumentService documents)
{
    /// <summary>Records a review of the version in force by its owner or an approver; returns the document.</summary>
    public async Task<DocumentView> ReviewAsync(Caller caller, Guid documentId, ReviewInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.DocumentsWrite);
        RefuseToken(caller, Permissions.DocumentsWrite, "record a review");
        var note = DocumentValidator.Note(input.Note, "note");
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        if (document.OwnerId != caller.UserId && !caller.Can(Permissions.DocumentsApprove))
        {
            throw new ForbiddenException(Permissions.DocumentsApprove,
                "Only the document's owner or someone who may approve documents can record its review.");
        }

        if (document.CurrentVersionNumber is not { } current)
        {
            throw new StateConflictException("currentVersion", "No version is in force, so there is nothing to review.");
        }

        var now = db.Now();
        document.RecordReview(now, await DocumentService.CalendarAsync(db, caller.OrganizationId, ct));
        db.Add(new DocumentReview
        {
            OrganizationId = document.OrganizationId, DocumentId = document.Id, VersionNumber = current, ReviewerId = caller.UserId,
            ReviewedAt = now, Note = note, NextReviewOn = document.NextReviewOn!.Value,
        });
        await documents.Register.SaveAsync(db, ct);
        return await documents.Register.ViewAsync(db, documentId, ct);
    }

    public async Task<IReadOnlyList<ReviewView>> ReviewsAsync(Caller caller, Guid documentId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        await EnsureExistsAsync(db, documentId, ct);
        return await db.Set<DocumentReview>().AsNoTracking().Where(r => r.DocumentId == documentId)
            .OrderBy(r => r.ReviewedAt).ThenBy(r => r.Id)
            .Select(r => new ReviewView(new PersonRef(r.ReviewerId, db.Users.Where(u => u.Id == r.ReviewerId).Select(u => u.DisplayName).FirstOrDefault() ?? ""),
                r.VersionNumber, r.ReviewedAt, r.Note, r.NextReviewOn))
            .ToListAsync(ct);
    }

    /// <summary>The caller acknowledges version <paramref name="number"/>, which must be the one in force. Acknowledging
    /// again answers the existing acknowledgement.</summary>
    public async Task<AcknowledgementView> AcknowledgeAsync(Caller caller, Guid documentId, int number, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        RefuseToken(caller, Permissions.DocumentsRead, "acknowledge a document");
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        if (document.CurrentVersionNumber != number)
        {
            var inForce = document.CurrentVersionNumber is { } n ? $"version {n} is" : "no version is";
            throw new StateConflictException("version",
                $"Only the version in force can be acknowledged, and {inForce} in force; version {number} is not.");
        }

        var existing = await db.Set<DocumentAcknowledgement>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.DocumentId == documentId && a.VersionNumber == number && a.UserId == caller.UserId, ct);
        var acknowledgement = existing ?? new DocumentAcknowledgement
        {
            OrganizationId = document.OrganizationId, DocumentId = documentId, VersionNumber = number, UserId = caller.UserId,
            AcknowledgedAt = db.Now(), Sha256 = document.CurrentVersionSha256!,
        };
        if (existing is null)
        {
            db.Add(acknowledgement);
            await documents.Register.SaveAsync(db, ct);
        }

        var members = await DocumentMembers.LoadAsync(db, caller.OrganizationId, ct);
        var required = Audience(document, members).Contains(caller.UserId);
        var name = await db.Users.Where(u => u.Id == caller.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        return new AcknowledgementView(new PersonRef(caller.UserId, name), number, acknowledgement.Sha256, acknowledgement.AcknowledgedAt, required);
    }

    public async Task<DocumentAcknowledgementsView> AcknowledgementsAsync(Caller caller, Guid documentId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.DocumentsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await db.Set<Document>().AsNoTracking().Include(d => d.Participants).FirstOrDefaultAsync(d => d.Id == documentId, ct)
                       ?? throw new NotFoundException("Document");
        if (document.CurrentVersionNumber is not { } number)
        {
            return new DocumentAcknowledgementsView(null, null, 0, 0, [], []);
        }

        var members = await DocumentMembers.LoadAsync(db, caller.OrganizationId, ct);
        var audience = Audience(document, members).ToHashSet();
        var rows = await db.Set<DocumentAcknowledgement>().AsNoTracking()
            .Where(a => a.DocumentId == documentId && a.VersionNumber == number)
            .OrderBy(a => a.AcknowledgedAt).ThenBy(a => a.Id)
            .Select(a => new { a.UserId, a.Sha256, a.AcknowledgedAt, Name = db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        var acknowledged = rows.Select(a => new AcknowledgementView(new PersonRef(a.UserId, a.Name ?? ""), number, a.Sha256, a.AcknowledgedAt,
            audience.Contains(a.UserId))).ToList();
        var done = rows.Select(a => a.UserId).ToHashSet();
        var pending = audience.Where(id => !done.Contains(id)).Select(id => new PersonRef(id, members.NameOf(id)))
            .OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.UserId).ToList();
        return new DocumentAcknowledgementsView(number, document.CurrentVersionSha256, audience.Count,
            acknowledged.Count(a => a.Required), acknowledged, pending);
    }

    private static IReadOnlyList<Guid> Audience(Document document, DocumentMembers members)
    {
        var named = document.Participants.Where(p => p.Duty == DocumentDuty.Acknowledge).ToList();
        return members.Selected(named.Where(p => p.UserId is not null).Select(p => p.UserId!.Value),
            named.Where(p => p.Role is not null).Select(p => p.Role!.Value));
    }

    private static void RefuseToken(Caller caller, string permission, string what)
    {
        if (caller.ViaApiToken)
        {
            throw new ForbiddenException(permission, $"An API token cannot {what}: it is a person's statement. Sign in to do it.");
        }
    }

    private static async Task EnsureExistsAsync(AimsDbContext db, Guid documentId, CancellationToken ct)
    {
        if (!await db.Set<Document>().AnyAsync(d => d.Id == documentId, ct))
        {
            throw new NotFoundException("Document");
        }
    }
}
