using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents.Rendering;
using Aims.Core.Documents.Templates;
using Aims.Core.Documents.Views;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// The workflow transitions other than approval (<see cref="DocumentApprovalService"/>): submit a draft for review,
/// return it to draft with a reason, publish an approved version (the one in force before it becomes superseded) and
/// retire a version with a reason. Each loads the document and the version, lets the version's transition method check
/// that the move is allowed (409 otherwise), brings the document's derived fields up to date and saves it all in one
/// ledgered transaction.
/// </summary>
public sealed class DocumentWorkflowService(IDbContextFactory<AimsDbContext> dbFactory, DocumentService documents,
    RenderedMarkdownCache renderings)
{
    /// <summary>
    /// Freezes a draft for review; it then needs the document's quorum of distinct approvals. Refused (409 naming
    /// <c>body</c>) when the body is empty or still holds <c>[[to decide: …]]</c> blanks, and (400 naming <c>body</c>)
    /// when the Markdown cannot be displayed.
    /// </summary>
    public Task<DocumentVersionView> SubmitAsync(Caller caller, Guid documentId, int number, long? expectedVersion,
        CancellationToken ct = default) =>
        TransitionAsync(caller, Permissions.DocumentsWrite, documentId, number, expectedVersion, (_, document, version, now) =>
        {
            version.EnsureEditable();
            CheckContent(version);
            version.Submit(caller.UserId, now, document.ApprovalQuorum);
            return Task.CompletedTask;
        }, ct);

    /// <summary>Sends a version in review (or approved, not yet published) back to draft; its approvals stop counting.
    /// Open to writers and to the document's eligible approvers (rejecting it).</summary>
    public Task<DocumentVersionView> ReturnToDraftAsync(Caller caller, Guid documentId, int number, string? reason,
        CancellationToken ct = default)
    {
        var why = Input.DocumentValidator.Reason(reason, "reason", "return a version to draft");
        return TransitionAsync(caller, Permissions.DocumentsRead, documentId, number, null, (_, document, version, now) =>
        {
            var approver = document.Participants.Any(p => p.Duty == DocumentDuty.Approve && (p.UserId == caller.UserId || p.Role == caller.Role));
            if (!caller.Can(Permissions.DocumentsWrite) && !approver)
            {
                throw new ForbiddenException(Permissions.DocumentsWrite,
                    "Only writers of documents and the document's approvers can return a version to draft.");
            }

            version.ReturnToDraft(caller.UserId, now, why);
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Puts an approved version in force; the version in force until now becomes superseded by it.</summary>
    public Task<DocumentVersionView> PublishAsync(Caller caller, Guid documentId, int number, long? expectedVersion,
        CancellationToken ct = default) =>
        TransitionAsync(caller, Permissions.DocumentsApprove, documentId, number, expectedVersion, async (db, document, version, now) =>
        {
            version.Publish(caller.UserId, now);
            if (document.CurrentVersionNumber is { } previousNumber)
            {
                // Superseding changes nothing the document derives (the new version is tracked next).
                var previous = await DocumentVersionService.FindForChangeAsync(db, documentId, previousNumber, null, ct);
                previous.Supersede(version.Number, now);
            }
        }, ct);

    /// <summary>Withdraws a version with a reason. Retiring the version in force (the document then has none) needs
    /// documents.approve; discarding a version never in force needs documents.write.</summary>
    public Task<DocumentVersionView> RetireAsync(Caller caller, Guid documentId, int number, string? reason, CancellationToken ct = default)
    {
        var why = Input.DocumentValidator.Reason(reason, "reason", "retire a version");
        return TransitionAsync(caller, Permissions.DocumentsWrite, documentId, number, null, (_, _, version, now) =>
        {
            if (version.Status == DocumentVersionStatus.Published)
            {
                caller.Demand(Permissions.DocumentsApprove);
            }

            version.Retire(caller.UserId, now, why);
            return Task.CompletedTask;
        }, ct);
    }

    private async Task<DocumentVersionView> TransitionAsync(Caller caller, string permission, Guid documentId, int number,
        long? expectedVersion, Func<AimsDbContext, Document, DocumentVersion, DateTimeOffset, Task> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(permission);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await documents.LoadForChangeAsync(db, documentId, expectedVersion: null, ct);
        var version = await DocumentVersionService.FindForChangeAsync(db, documentId, number, expectedVersion, ct);
        await change(db, document, version, db.Now());
        document.Track(version, await DocumentService.CalendarAsync(db, caller.OrganizationId, ct));
        await documents.Register.SaveAsync(db, ct);
        return await DocumentVersionService.ViewAsync(db, documentId, number, ct);
    }

    private void CheckContent(DocumentVersion version)
    {
        if (version.FileKind is not null || version.SnapshotKind is not null)
        {
            return; // a file or a snapshot built from records is the content: there is no Markdown to hold blanks
        }

        if (string.IsNullOrWhiteSpace(version.Body))
        {
            throw new StateConflictException("body", $"Version {version.Number} is empty; write its content before submitting it.");
        }

        var blanks = TemplateBlanks.Find(version.Body);
        if (blanks.Count > 0)
        {
            var first = string.Join("; ", blanks.Take(5).Select(b => $"line {b.Line}: '{b.Prompt}'"));
            throw new StateConflictException("body",
                $"Version {version.Number} still has {blanks.Count} choice{(blanks.Count == 1 ? "" : "s")} to decide ({first}" +
                $"{(blanks.Count > 5 ? "; …" : "")}). Replace each [[to decide: …]] with the organization's decision before submitting.");
        }

        // Renders (and caches) the frozen content now, so a body that cannot be displayed is caught before review.
        renderings.Get(version.Sha256, version.Body);
    }
}
