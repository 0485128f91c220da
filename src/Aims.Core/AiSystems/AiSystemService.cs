using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Common.Registers;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems;

/// <summary>
/// Use cases of the AI system register. Every method checks the caller's permission, works only inside the
/// caller's organization (the query filter hides everything else, so foreign ids are simply "not found") and
/// saves through <see cref="AimsDbContext"/>, which writes the ledger in the same transaction.
/// </summary>
public sealed class AiSystemService(IDbContextFactory<AimsDbContext> dbFactory, RegisterCounts counts)
{
    /// <summary>
    /// One page of the register. Every sort and filter is served by an index (see <see cref="AiSystemSort"/>), search by
    /// a full-text index (<see cref="AiSystemSearch"/>), and the total is recounted only after a change.
    /// </summary>
    public async Task<PagedResult<AiSystemView>> ListAsync(Caller caller, AiSystemQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        caller.Demand(Permissions.AiSystemsRead);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var window = PageWindow.Validate(query.Page, query.PageSize, errors);
        var sort = AiSystemSort.Fields.Parse(query.Sort, errors);
        var search = SearchTerms.Parse(query.Search, errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var systems = db.AiSystems.AsNoTracking();
        if (search is not null)
        {
            systems = AiSystemSearch.Apply(db, systems, search);
        }

        if (query.Stage is { } stage)
        {
            systems = systems.Where(s => s.LifecycleStage == stage);
        }

        if (query.Status is { } status)
        {
            systems = systems.Where(s => s.Status == status);
        }

        if (query.OwnerId is { } owner)
        {
            systems = systems.Where(s => s.OwnerId == owner);
        }

        var countKey = string.Join('\u001f', nameof(AiSystem), caller.OrganizationId, query.Stage, query.Status, query.OwnerId,
            search is null ? "" : string.Join('\u001e', search.Terms));
        var total = await counts.CountAsync(db, caller.OrganizationId, countKey, systems, ct);
        var page = await sort.Apply(systems)
            .Skip(window.Offset)
            .Take(window.PageSize)
            .Select(s => new { System = s, OwnerName = db.Users.Where(u => u.Id == s.OwnerId).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(ct);
        return new PagedResult<AiSystemView>(page.Select(p => ToView(p.System, p.OwnerName)).ToList(), total,
            window.Page, window.PageSize);
    }

    public async Task<AiSystemView> GetAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.AiSystemsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var system = await db.AiSystems.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
                     ?? throw new NotFoundException("AI system");
        return ToView(system, await OwnerNameAsync(db, system.OwnerId, ct));
    }

    public async Task<AiSystemView> CreateAsync(Caller caller, AiSystemInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.AiSystemsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var errors = AiSystemValidator.Validate(input);
        var ownerId = input.OwnerId ?? caller.UserId;
        var ownerName = await CheckOwnerAsync(db, caller, ownerId, errors, ct);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var system = new AiSystem
        {
            OrganizationId = caller.OrganizationId,
            Name = input.Name!.Trim(),
            Purpose = Normalize(input.Purpose),
            IntendedUse = Normalize(input.IntendedUse),
            OwnerId = ownerId,
            LifecycleStage = input.LifecycleStage ?? LifecycleStage.Inception,
            Status = AiSystemStatus.Active,
        };
        system.NameKey = NameKeys.For(system.Name);
        await EnsureNameFreeAsync(db, system, ct);
        db.AiSystems.Add(system);
        await SaveAsync(db, system, ct);
        return ToView(system, ownerName);
    }

    /// <summary>
    /// Replaces the editable fields. <paramref name="expectedVersion"/> (from If-Match) makes a stale edit fail with
    /// a precondition error instead of silently overwriting someone else's change.
    /// </summary>
    public async Task<AiSystemView> UpdateAsync(Caller caller, Guid id, AiSystemInput input, long? expectedVersion,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.AiSystemsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var system = await db.AiSystems.FirstOrDefaultAsync(s => s.Id == id, ct)
                     ?? throw new NotFoundException("AI system");
        CheckExpectedVersion(system, expectedVersion);
        var errors = AiSystemValidator.Validate(input);
        var ownerId = input.OwnerId ?? system.OwnerId;
        await CheckOwnerAsync(db, caller, ownerId, errors, ct);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (system.Status == AiSystemStatus.Archived)
        {
            throw new ValidationFailedException("status", "An archived AI system cannot be edited; restore it first.");
        }

        system.Name = input.Name!.Trim();
        system.NameKey = NameKeys.For(system.Name);
        await EnsureNameFreeAsync(db, system, ct);
        system.Purpose = Normalize(input.Purpose);
        system.IntendedUse = Normalize(input.IntendedUse);
        system.OwnerId = ownerId;
        system.LifecycleStage = input.LifecycleStage ?? system.LifecycleStage;
        await SaveAsync(db, system, ct);
        return ToView(system, await OwnerNameAsync(db, system.OwnerId, ct));
    }

    /// <summary>Takes the system out of the active register; nothing is deleted, the reason is kept and ledgered.</summary>
    public async Task<AiSystemView> ArchiveAsync(Caller caller, Guid id, string? reason, long? expectedVersion,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.AiSystemsArchive);
        AiSystemValidator.ValidateArchiveReason(reason);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var system = await db.AiSystems.FirstOrDefaultAsync(s => s.Id == id, ct)
                     ?? throw new NotFoundException("AI system");
        CheckExpectedVersion(system, expectedVersion);
        if (system.Status == AiSystemStatus.Archived)
        {
            throw new ValidationFailedException("status", "The AI system is already archived.");
        }

        system.Status = AiSystemStatus.Archived;
        system.ArchivedAt = db.Now();
        system.ArchiveReason = reason!.Trim();
        await SaveAsync(db, system, ct);
        return ToView(system, await OwnerNameAsync(db, system.OwnerId, ct));
    }

    /// <summary>Brings an archived system back into the active register (also ledgered, with a reason).</summary>
    public async Task<AiSystemView> RestoreAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.AiSystemsArchive);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var system = await db.AiSystems.FirstOrDefaultAsync(s => s.Id == id, ct)
                     ?? throw new NotFoundException("AI system");
        if (system.Status != AiSystemStatus.Archived)
        {
            throw new ValidationFailedException("status", "The AI system is not archived.");
        }

        // Its name may have been given to another system while it was archived; back in the register it must be unique.
        system.NameKey ??= NameKeys.For(system.Name);
        await EnsureNameFreeAsync(db, system, ct, restoring: true);
        system.Status = AiSystemStatus.Active;
        system.ArchivedAt = null;
        system.ArchiveReason = null;
        await SaveAsync(db, system, ct);
        return ToView(system, await OwnerNameAsync(db, system.OwnerId, ct));
    }

    /// <summary>The record's history, straight from the ledger (oldest first).</summary>
    public async Task<IReadOnlyList<LedgerEntry>> HistoryAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.AiSystemsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        if (!await db.AiSystems.AnyAsync(s => s.Id == id, ct))
        {
            throw new NotFoundException("AI system");
        }

        var key = id.ToString("D");
        return await db.LedgerEntries.AsNoTracking()
            .Where(e => e.OrganizationId == caller.OrganizationId && e.EntityType == nameof(AiSystem) && e.EntityId == key)
            // Insertion order, not the per-chain sequence: an upgraded record's history starts in the legacy chain.
            .OrderBy(e => e.Id)
            .ToListAsync(ct);
    }

    private static void CheckExpectedVersion(AiSystem system, long? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != system.Version)
        {
            throw new ConcurrencyConflictException(
                $"The AI system was changed by someone else (you have version {expected}, the current is {system.Version}). Reload and try again.",
                preconditionFailed: true);
        }
    }

    private static async Task SaveAsync(AimsDbContext db, AiSystem system, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(
                "The AI system was changed by someone else while you were saving. Reload and try again.",
                preconditionFailed: false);
        }
        catch (DbUpdateException) when (system.Status == AiSystemStatus.Active)
        {
            // Two saves with the same name raced past EnsureNameFreeAsync; the unique index let only one through.
            if (await NameTakenAsync(db, system, ct))
            {
                throw NameTaken(system.Name);
            }

            throw;
        }
    }

    /// <summary>
    /// Names are unique per organization among non-archived systems, compared on <see cref="NameKeys"/>. The check
    /// gives a readable answer; the filtered unique index (OrganizationId, NameKey) is what makes it hold under races.
    /// </summary>
    private static async Task EnsureNameFreeAsync(AimsDbContext db, AiSystem system, CancellationToken ct, bool restoring = false)
    {
        if (await NameTakenAsync(db, system, ct))
        {
            throw NameTaken(system.Name, restoring);
        }
    }

    private static Task<bool> NameTakenAsync(AimsDbContext db, AiSystem system, CancellationToken ct) =>
        db.AiSystems.AsNoTracking().AnyAsync(s => s.OrganizationId == system.OrganizationId && s.Id != system.Id &&
                                                  s.NameKey == system.NameKey && s.Status != AiSystemStatus.Archived, ct);

    private static DuplicateValueException NameTaken(string name, bool restoring = false) => new("name", restoring
        ? $"Another AI system in the register is already named '{name}' (names are compared ignoring case and width). Rename or archive that one, then restore this one."
        : $"Another AI system in this organization is already named '{name}' (names are compared ignoring case and width); choose a different name.");

    /// <summary>The owner must be a member; returns their display name for the answer (one query for both).</summary>
    private static async Task<string?> CheckOwnerAsync(AimsDbContext db, Caller caller, Guid ownerId,
        Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var owner = await db.Memberships.Where(m => m.OrganizationId == caller.OrganizationId && m.UserId == ownerId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.DisplayName })
            .FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            errors["ownerId"] = ["The owner must be a member of this organization."];
        }

        return owner?.DisplayName;
    }

    private static Task<string?> OwnerNameAsync(AimsDbContext db, Guid ownerId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == ownerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static AiSystemView ToView(AiSystem s, string? ownerName) => new(s.Id, s.Name, s.Purpose, s.IntendedUse,
        s.OwnerId, ownerName, s.LifecycleStage, s.Status, s.ArchivedAt, s.ArchiveReason, s.CreatedAt, s.CreatedBy,
        s.UpdatedAt, s.UpdatedBy, s.Version);
}
