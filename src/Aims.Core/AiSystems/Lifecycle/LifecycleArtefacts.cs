using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Documents;
using Aims.Core.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems.Lifecycle;

/// <summary>
/// The artefacts filed for a system, and whether each counts for a gate today: a controlled document while a version
/// of it is in force, an evidence item until its valid-until date has passed. Neither counts once archived.
/// </summary>
public sealed class LifecycleArtefacts(IDbContextFactory<AimsDbContext> dbFactory, AiSystemService systems)
{
    public async Task<ArtefactView> AddAsync(Caller caller, Guid systemId, ArtefactInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.AiSystemsWrite);
        var errors = LifecycleForms.Check(input);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        if (input.DocumentId is { } documentId && !await db.Set<Document>().AnyAsync(d => d.Id == documentId, ct))
        {
            errors.Add("documentId", "No document of this organization has this id.");
        }

        if (input.EvidenceId is { } evidenceId && !await db.EvidenceItems.AnyAsync(e => e.Id == evidenceId, ct))
        {
            errors.Add("evidenceId", "No evidence item of this organization has this id.");
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var system = await systems.Register.FindForChangeAsync(db, systemId, null, ct);
        LifecycleService.EnsureActive(system);
        if (await db.Set<LifecycleArtefact>().AnyAsync(a => a.AiSystemId == systemId && a.Kind == input.Kind &&
                                                          a.DocumentId == input.DocumentId && a.EvidenceId == input.EvidenceId, ct))
        {
            throw new StateConflictException(input.DocumentId is null ? "evidenceId" : "documentId",
                $"This record is already filed as the system's {ArtefactLabels.Label(input.Kind!.Value).ToLowerInvariant()}.");
        }

        var artefact = new LifecycleArtefact
        {
            OrganizationId = caller.OrganizationId, AiSystemId = systemId, Kind = input.Kind!.Value,
            DocumentId = input.DocumentId, EvidenceId = input.EvidenceId,
        };
        db.Add(artefact);
        await db.SaveChangesAsync(ct);
        return (await StandingAsync(db, systemId, ct)).First(a => a.Id == artefact.Id);
    }

    /// <summary>One filed artefact of the system with its standing today.</summary>
    public async Task<ArtefactView> GetAsync(Caller caller, Guid systemId, Guid artefactId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.AiSystemsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var found = await StandingAsync(db, db.Set<LifecycleArtefact>().Where(a => a.Id == artefactId && a.AiSystemId == systemId), ct);
        return found.Count == 1 ? found[0].View : throw new NotFoundException("Artefact");
    }

    /// <summary>Takes an artefact off the system (the record itself stays in its register; the timeline keeps what gates saw).</summary>
    public async Task RemoveAsync(Caller caller, Guid systemId, Guid artefactId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.AiSystemsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var system = await systems.Register.FindForChangeAsync(db, systemId, null, ct);
        LifecycleService.EnsureActive(system);
        var artefact = await db.Set<LifecycleArtefact>().FirstOrDefaultAsync(a => a.Id == artefactId && a.AiSystemId == systemId, ct)
                       ?? throw new NotFoundException("Artefact");
        db.Remove(artefact);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every artefact of the system with its standing today, by kind in life-cycle order.</summary>
    internal static async Task<List<ArtefactView>> StandingAsync(AimsDbContext db, Guid systemId, CancellationToken ct) =>
        [.. (await StandingAsync(db, db.Set<LifecycleArtefact>().Where(a => a.AiSystemId == systemId), ct)).Select(a => a.View)];

    /// <summary>The artefacts of <paramref name="artefacts"/> with their standing today and the system each belongs to (one query).</summary>
    internal static async Task<List<(Guid SystemId, ArtefactView View)>> StandingAsync(AimsDbContext db, IQueryable<LifecycleArtefact> artefacts,
        CancellationToken ct)
    {
        var today = EvidenceCalendar.Today(db.Clock, db.TimeZone);
        var rows = await artefacts.AsNoTracking()
            .Select(a => new
            {
                Artefact = a,
                Document = db.Set<Document>().Where(d => d.Id == a.DocumentId).Select(d => new { d.Title, d.State, d.ArchivedAt }).FirstOrDefault(),
                Evidence = db.EvidenceItems.Where(e => e.Id == a.EvidenceId).Select(e => new { e.Title, e.ValidUntil, e.ArchivedAt }).FirstOrDefault(),
            }).ToListAsync(ct);
        return
        [
            .. rows.Select(r =>
            {
                var a = r.Artefact;
                var (counts, standing, title) = r.Document is { } d ? DocumentStanding(d.Title, d.State, d.ArchivedAt)
                    : r.Evidence is { } e ? EvidenceStanding(e.Title, e.ValidUntil, e.ArchivedAt, today)
                    : (false, "The record is no longer readable.", "(not readable)");
                return (a.AiSystemId, new ArtefactView(a.Id, a.Kind, a.DocumentId is null ? "evidence" : "documents", a.DocumentId ?? a.EvidenceId!.Value,
                    title, counts, standing, a.CreatedAt, a.CreatedBy));
            }).OrderBy(a => a.Item2.Kind).ThenBy(a => a.Item2.Title, StringComparer.CurrentCultureIgnoreCase),
        ];
    }

    private static (bool, string, string) DocumentStanding(string title, DocumentState state, DateTimeOffset? archivedAt) =>
        archivedAt is not null ? (false, "Archived: it no longer counts.", title)
        : state == DocumentState.Published ? (true, "In force.", title)
        : (false, state switch
        {
            DocumentState.Draft => "Draft: it counts once a version is approved and published.",
            DocumentState.InReview => "In review: it counts once a version is approved and published.",
            DocumentState.Approved => "Approved, not yet published: it counts once published.",
            _ => "Retired: no version is in force.",
        }, title);

    private static (bool, string, string) EvidenceStanding(string title, DateOnly? validUntil, DateTimeOffset? archivedAt, DateOnly today)
    {
        if (archivedAt is not null)
        {
            return (false, "Archived: it no longer counts.", title);
        }

        var validity = EvidenceCalendar.Validity(validUntil, today);
        return (validity.Status != EvidenceValidity.Expired, validity.Reason, title);
    }
}
