using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Templates;
using Aims.Core.Documents.Views;
using Aims.Core.Organizations;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Documents;

/// <summary>
/// Use cases of the document register: the shared ones (list, get, history, archive, restore, export) come from
/// <see cref="Register"/>; this class adds creating (also from a starter template, with its first draft) and editing
/// documents with their links, approvers and audience. Versions and the workflow are
/// <see cref="DocumentVersionService"/>'s and <see cref="DocumentWorkflowService"/>'s. Every write is ledgered in the
/// same transaction.
/// </summary>
public sealed class DocumentService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache counts, TimeProvider clock)
{
    public Register<Document, DocumentView> Register { get; } = new(DocumentRegister.Create(clock), dbFactory, counts);

    public Task<DocumentView> GetAsync(Caller caller, Guid id, CancellationToken ct = default) => Register.GetAsync(caller, id, ct);

    public async Task<DocumentView> CreateAsync(Caller caller, DocumentInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.DocumentsWrite);
        var template = FindTemplate(input.TemplateId);
        var effective = template is null ? input : input with
        {
            Title = input.Title ?? template.Title,
            Type = input.Type ?? template.Type,
            Clauses = input.Clauses ?? [.. template.Clauses],
            Controls = input.Controls ?? [.. template.Controls],
            ReviewIntervalMonths = input.ReviewIntervalMonths ?? template.ReviewIntervalMonths,
        };
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (clauses, controls) = DocumentValidator.Validate(effective, creating: true, errors);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var members = await DocumentMembers.LoadAsync(db, caller.OrganizationId, ct);
        var ownerId = effective.OwnerId ?? caller.UserId;
        await CheckReferencesAsync(db, members, effective, ownerId, errors, ct);
        var quorum = effective.Approvers?.Quorum ?? 1;
        CheckQuorum(members, effective.Approvers?.People ?? [], effective.Approvers?.Roles ?? [], quorum, errors);
        ValidationFailedException.ThrowIfAny(errors);

        var document = new Document
        {
            OrganizationId = caller.OrganizationId,
            Title = effective.Title!.Trim(),
            Type = effective.Type!.Value,
            OwnerId = ownerId,
            Classification = effective.Classification ?? DocumentClassification.Internal,
            ReviewIntervalMonths = effective.ReviewIntervalMonths ?? 12,
            RetentionMonths = effective.RetentionMonths,
            ApprovalQuorum = quorum,
        };
        DocumentLinks.Apply(db, document, clauses ?? [], controls ?? [], effective.AiSystemIds ?? []);
        DocumentLinks.SetParticipants(db, document, DocumentDuty.Approve, effective.Approvers?.People ?? [], effective.Approvers?.Roles ?? []);
        DocumentLinks.SetParticipants(db, document, DocumentDuty.Acknowledge, effective.Acknowledgers?.People ?? [],
            effective.Acknowledgers?.Roles ?? []);
        db.Add(document);
        if (template is not null)
        {
            db.Add(document.StartVersion(template.Body, $"Started from the starter template '{template.Title}'.", caller.UserId,
                await CalendarAsync(db, caller.OrganizationId, ct)));
        }

        await Register.SaveAsync(db, ct);
        return await Register.ViewAsync(db, document.Id, ct);
    }

    /// <summary>
    /// Changes the document's own fields (not its versions). Title and type are required; other fields left out keep
    /// their value. <paramref name="expectedVersion"/> (If-Match) turns a stale edit into 412.
    /// </summary>
    public async Task<DocumentView> UpdateAsync(Caller caller, Guid id, DocumentInput input, long? expectedVersion,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.DocumentsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var document = await LoadForChangeAsync(db, id, expectedVersion, ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (clauses, controls) = DocumentValidator.Validate(input, creating: false, errors);
        var members = await DocumentMembers.LoadAsync(db, caller.OrganizationId, ct);
        await CheckReferencesAsync(db, members, input, input.OwnerId ?? document.OwnerId, errors, ct);
        var approvers = DocumentLinks.Named(db, document, DocumentDuty.Approve);
        var quorum = input.Approvers?.Quorum ?? document.ApprovalQuorum;
        CheckQuorum(members, input.Approvers?.People ?? approvers.People, input.Approvers?.Roles ?? approvers.Roles, quorum, errors);
        ValidationFailedException.ThrowIfAny(errors);

        document.Title = input.Title!.Trim();
        document.Type = input.Type!.Value;
        document.OwnerId = input.OwnerId ?? document.OwnerId;
        document.Classification = input.Classification ?? document.Classification;
        document.RetentionMonths = input.RetentionMonths ?? document.RetentionMonths;
        document.ApprovalQuorum = quorum;
        if (input.ReviewIntervalMonths is { } interval && interval != document.ReviewIntervalMonths)
        {
            document.ReviewIntervalMonths = interval;
            document.Reschedule(await CalendarAsync(db, caller.OrganizationId, ct));
        }

        DocumentLinks.Apply(db, document, clauses, controls, input.AiSystemIds);
        DocumentLinks.SetParticipants(db, document, DocumentDuty.Approve, input.Approvers?.People, input.Approvers?.Roles);
        DocumentLinks.SetParticipants(db, document, DocumentDuty.Acknowledge, input.Acknowledgers?.People, input.Acknowledgers?.Roles);
        await Register.SaveAsync(db, ct);
        return await Register.ViewAsync(db, document.Id, ct);
    }

    /// <summary>The document with its links, tracked for a change; an archived one is refused (409).</summary>
    internal async Task<Document> LoadForChangeAsync(AimsDbContext db, Guid id, long? expectedVersion, CancellationToken ct)
    {
        var document = await Register.FindForChangeAsync(db, id, expectedVersion, ct);
        await db.Entry(document).Collection(d => d.References).LoadAsync(ct);
        await db.Entry(document).Collection(d => d.Systems).LoadAsync(ct);
        await db.Entry(document).Collection(d => d.Participants).LoadAsync(ct);
        if (document.ArchivedAt is not null)
        {
            throw new StateConflictException("status", "The document is archived and cannot be changed; restore it first.");
        }

        return document;
    }

    /// <summary>The organization's calendar, in which review dates fall.</summary>
    internal static async Task<OrganizationCalendar> CalendarAsync(AimsDbContext db, Guid organizationId, CancellationToken ct) =>
        OrganizationCalendar.For(await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.TimeZone)
            .FirstOrDefaultAsync(ct));

    private static DocumentTemplate? FindTemplate(string? templateId)
    {
        if (templateId is null)
        {
            return null;
        }

        return DocumentTemplateCatalog.Find(templateId.Trim()) ?? throw new ValidationFailedException("templateId",
            $"Unknown template '{templateId}'. Use one of: {string.Join(", ", DocumentTemplateCatalog.Ids)}.");
    }

    private static async Task CheckReferencesAsync(AimsDbContext db, DocumentMembers members, DocumentInput input, Guid ownerId,
        Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (!members.IsMember(ownerId))
        {
            errors["ownerId"] = ["The owner must be a member of this organization."];
        }

        members.CheckMembers(input.Approvers?.People, "approvers.people", "Approvers", errors);
        members.CheckMembers(input.Acknowledgers?.People, "acknowledgers.people", "People asked to acknowledge", errors);
        if (input.AiSystemIds is { Count: > 0 } ids && !errors.ContainsKey("aiSystemIds"))
        {
            var wanted = ids.Distinct().ToList();
            // The tenant filter hides other organizations' systems, so a foreign id is simply not found here.
            var known = await db.AiSystems.AsNoTracking().Where(s => wanted.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
            var missing = wanted.Except(known).ToList();
            if (missing.Count > 0)
            {
                errors["aiSystemIds"] = [$"No AI system with the id{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)} in this organization."];
            }
        }
    }

    private static void CheckQuorum(DocumentMembers members, IReadOnlyList<Guid> people, IReadOnlyList<Role> roles, int quorum,
        Dictionary<string, string[]> errors)
    {
        if (errors.Keys.Any(k => k.StartsWith("approvers", StringComparison.Ordinal)))
        {
            return;
        }

        var eligible = members.Approvers(people, roles).Count;
        if (quorum > eligible)
        {
            errors["approvers.quorum"] =
            [
                $"A quorum of {quorum} needs at least {quorum} members who may approve; {(eligible == 1 ? "1 member" : $"{eligible} members")} may. " +
                "Name more approvers or roles, or lower the quorum.",
            ];
        }
    }

}
