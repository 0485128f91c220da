using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Views;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// Approving a version in review: a deliberate, re-authenticated signature of one person that binds the version's
/// SHA-256. The rules, checked before the password is even looked at: the caller signs in person (never an API token),
/// the version is in review and still has the hash the approver read, the caller is an eligible approver (the named
/// people and roles, or — none named — a role holding documents.approve), did not write the version (unless the
/// organization allows self-approval) and has not approved it in this review round yet. The quorum-th distinct
/// approval makes the version approved. Scoped, like the <see cref="Reauthentication"/> it uses.
/// </summary>
public sealed class DocumentApprovalService(IDbContextFactory<AimsDbContext> dbFactory, DocumentService documents,
    Reauthentication reauthentication)
{
    public async Task<DocumentVersionView> ApproveAsync(Caller caller, Guid documentId, int number, ApprovalInput input,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.DocumentsRead);
        if (caller.ViaApiToken)
        {
            throw new ForbiddenException(Permissions.DocumentsApprove,
                "An API token cannot approve: an approval is a person's signature. Sign in with your password and approve there.");
        }

        var note = DocumentValidator.Note(input.Note, "note");
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        var version = await DocumentVersionService.FindForChangeAsync(db, documentId, number, expectedVersion: null, ct);
        version.EnsureApprovable();
        if (input.Sha256 is { } read && !string.Equals(read.Trim(), version.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new StateConflictException("sha256",
                $"Version {number} has the SHA-256 {version.Sha256}, not the {read.Trim()} you read; reload it and read it again before approving.");
        }

        CheckEligible(caller, document, version);
        await CheckSelfApprovalAsync(db, caller, version, ct);
        var round = version.ReviewRound;
        if (await db.Set<DocumentApproval>().AnyAsync(a => a.VersionId == version.Id && a.Round == round && a.ApproverId == caller.UserId, ct))
        {
            throw new StateConflictException("approver", $"You have already approved version {number} in this review.");
        }

        var method = await reauthentication.VerifyAsync(caller, Permissions.DocumentsApprove, input.Password, input.Code, ct);
        var now = db.Now();
        db.Add(new DocumentApproval
        {
            OrganizationId = document.OrganizationId,
            DocumentId = document.Id,
            VersionId = version.Id,
            VersionNumber = version.Number,
            Round = round,
            ApproverId = caller.UserId,
            ApprovedAt = now,
            Sha256 = version.Sha256,
            Reauthentication = method,
            Note = note,
        });
        // The version row changes with every approval, so two approvals at once conflict on its version (409, retry)
        // instead of both reading "one short of the quorum" and neither approving.
        version.CountApproval(now);
        document.Track(version, await DocumentService.CalendarAsync(db, caller.OrganizationId, ct));
        await documents.Register.SaveAsync(db, ct);
        return await DocumentVersionService.ViewAsync(db, documentId, number, ct);
    }

    private static void CheckEligible(Caller caller, Document document, DocumentVersion version)
    {
        var named = document.Participants.Where(p => p.Duty == DocumentDuty.Approve).ToList();
        var eligible = named.Count == 0
            ? caller.Can(Permissions.DocumentsApprove)
            : named.Any(p => p.UserId == caller.UserId || p.Role == caller.Role);
        if (!eligible)
        {
            throw new ForbiddenException(Permissions.DocumentsApprove, named.Count == 0
                ? $"Your role ({caller.Role}) does not grant 'documents.approve', and this document names no approvers of its own."
                : $"You are not among the approvers this document names (people or roles), so you cannot approve version {version.Number}.");
        }
    }

    private static async Task CheckSelfApprovalAsync(AimsDbContext db, Caller caller, DocumentVersion version, CancellationToken ct)
    {
        if (!version.IsAuthor(caller.UserId) ||
            await db.Organizations.AnyAsync(o => o.Id == caller.OrganizationId && o.AllowSelfApproval, ct))
        {
            return;
        }

        throw new ForbiddenException(Permissions.DocumentsApprove,
            $"You wrote version {version.Number} (you started or last edited the draft), so you cannot approve it: an approval " +
            "must come from someone else. An Admin can allow self-approval in the organization's settings.");
    }
}
