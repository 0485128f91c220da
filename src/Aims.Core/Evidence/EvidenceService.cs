using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Evidence;

/// <summary>
/// Use cases of the evidence library: the shared register ones (list, get, history, archive, restore, export) come
/// from <see cref="Register"/>; this class adds creating link and record-reference items, editing any item, and the
/// evidence of one clause or control. Files arrive through <see cref="EvidenceUploads"/>. Every write is ledgered in
/// the same transaction.
/// </summary>
public sealed class EvidenceService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache counts, TimeProvider clock)
{
    public Register<EvidenceItem, EvidenceItemView> Register { get; } = new(EvidenceRegister.Create(clock), dbFactory, counts);

    /// <summary>Today in the organization's calendar (see <see cref="EvidenceCalendar"/>).</summary>
    public DateOnly Today(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return EvidenceCalendar.Today(clock, caller.TimeZone);
    }

    /// <summary>Creates a link or record-reference item; file items are created by uploading their file.</summary>
    public async Task<EvidenceItemView> CreateAsync(Caller caller, EvidenceItemInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.EvidenceWrite);
        var kind = input.Kind ?? EvidenceKind.Link;
        var effective = input.EffectiveDate ?? Today(caller);
        var errors = EvidenceValidator.Validate(input, kind, effective);
        if (input.Kind is not (EvidenceKind.Link or EvidenceKind.RecordReference))
        {
            errors["kind"] = [input.Kind is null
                ? "Kind is required: link or recordReference (file items are created by uploading the file as multipart/form-data)."
                : $"{EvidenceLabels.Kind(input.Kind.Value)} items are created by uploading the file (multipart/form-data with a 'file' field), not as JSON."];
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var ownerId = input.OwnerId ?? caller.UserId;
        await EvidenceChecks.CheckAsync(db, caller, input, ownerId, errors, ct);
        ValidationFailedException.ThrowIfAny(errors);

        var item = New(caller, input, kind, effective, ownerId);
        item.Url = kind == EvidenceKind.Link ? input.Url!.Trim() : null;
        item.ReferenceType = kind == EvidenceKind.RecordReference ? input.Reference!.Type : null;
        item.ReferenceId = kind == EvidenceKind.RecordReference ? input.Reference!.Id : null;
        db.EvidenceItems.Add(item);
        db.EvidenceLinks.AddRange(EvidenceValidator.Targets(input).Select(t => EvidenceChecks.NewLink(item, t)));
        await Register.SaveAsync(db, ct);
        return await Register.ViewAsync(db, item.Id, ct);
    }

    /// <summary>
    /// Replaces the editable fields and the links (PUT semantics: omitted lists and optional fields are cleared; an
    /// omitted effective date or owner keeps the current one). The kind cannot change, nor can a file: upload a new one.
    /// </summary>
    public async Task<EvidenceItemView> UpdateAsync(Caller caller, Guid id, EvidenceItemInput input, long? expectedVersion,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.EvidenceWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var item = await Register.FindForChangeAsync(db, id, expectedVersion, ct);
        var effective = input.EffectiveDate ?? item.EffectiveDate;
        var errors = EvidenceValidator.Validate(input, item.Kind, effective);
        if (input.Kind is { } kind && kind != item.Kind)
        {
            errors["kind"] = [$"The kind of an evidence item cannot change (this one is {ApiNames.Of(item.Kind)}); create a new item instead."];
        }

        var ownerId = input.OwnerId ?? item.OwnerId;
        await EvidenceChecks.CheckAsync(db, caller, input, ownerId, errors, ct);
        ValidationFailedException.ThrowIfAny(errors);
        EnsureActive(item);

        item.Title = input.Title!.Trim();
        item.Description = Normalize(input.Description);
        item.OwnerId = ownerId;
        item.EffectiveDate = effective;
        item.ValidUntil = input.ValidUntil;
        if (item.Kind == EvidenceKind.Link)
        {
            item.Url = input.Url!.Trim();
        }

        if (item.Kind == EvidenceKind.RecordReference)
        {
            item.ReferenceType = input.Reference!.Type;
            item.ReferenceId = input.Reference.Id;
        }

        await EvidenceChecks.ReplaceLinksAsync(db, item, EvidenceValidator.Targets(input), ct);
        await Register.SaveAsync(db, ct);
        return await Register.ViewAsync(db, item.Id, ct);
    }

    /// <summary>
    /// The active evidence of a clause or control (<paramref name="targetType"/> Clause or Control): counts by validity
    /// and one page of items. An unknown number answers 404.
    /// </summary>
    public async Task<EvidenceCoverageView> CoverageAsync(Caller caller, EvidenceTargetType targetType, string id, RegisterQuery query,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(query);
        caller.Demand(Permissions.EvidenceRead);
        var (canonical, title, filter) = targetType switch
        {
            EvidenceTargetType.Control when CatalogLibrary.Iso42001.FindControl(id) is { } c => (c.Id, c.Title, "control"),
            EvidenceTargetType.Clause when CatalogLibrary.Iso42001.FindClause(id) is { } c => (c.Id, c.Title, "clause"),
            EvidenceTargetType.Control => throw new NotFoundException($"Annex A control '{id}'"),
            EvidenceTargetType.Clause => throw new NotFoundException($"Clause '{id}'"),
            _ => throw new ArgumentOutOfRangeException(nameof(targetType), targetType, "Coverage is kept for clauses and controls."),
        };
        var filters = new Dictionary<string, string>(query.Filters, StringComparer.OrdinalIgnoreCase)
        {
            [filter] = canonical,
            ["status"] = "active",
        };
        var page = await Register.ListAsync(caller, query with { Filters = filters }, ct);

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var today = Today(caller);
        var soon = EvidenceCalendar.SoonUntil(today);
        // One grouped query for all three counts; no rows means no group (hence a list, not First).
        var counts = (await db.EvidenceItems
            .Where(e => e.ArchivedAt == null && e.Links.Any(l => l.TargetType == targetType && l.TargetId == canonical))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Active = g.Count(),
                Expired = g.Count(e => e.ValidUntil < today),
                Soon = g.Count(e => e.ValidUntil >= today && e.ValidUntil <= soon),
            })
            .ToListAsync(ct)).SingleOrDefault();
        var tally = counts is null
            ? new EvidenceCoverageCounts(0, 0, 0, 0)
            : new EvidenceCoverageCounts(counts.Active, counts.Active - counts.Expired - counts.Soon, counts.Soon, counts.Expired);
        return new EvidenceCoverageView(targetType, canonical, title, tally, page.Items, page.Total, page.Page, page.PageSize);
    }

    /// <summary>A new item with the fields every kind shares (links are added by the caller).</summary>
    internal static EvidenceItem New(Caller caller, EvidenceItemInput input, EvidenceKind kind, DateOnly effective, Guid ownerId) => new()
    {
        OrganizationId = caller.OrganizationId,
        Title = input.Title!.Trim(),
        Description = Normalize(input.Description),
        Kind = kind,
        OwnerId = ownerId,
        EffectiveDate = effective,
        ValidUntil = input.ValidUntil,
    };

    /// <summary>An archived item is read-only until restored.</summary>
    internal static void EnsureActive(EvidenceItem item)
    {
        if (item.ArchivedAt is not null)
        {
            throw new ValidationFailedException("status", "An archived evidence item cannot be changed; restore it first.");
        }
    }


    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
