using Aims.Core.Access;
using Aims.Core.AiSystems.Profile;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Aims.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems;

/// <summary>
/// Use cases of the AI system register: the shared ones (list, get, history, archive, restore, export) come from
/// <see cref="Register"/>; this class adds what is particular to AI systems — creating and editing them, with names
/// unique per organization and owners who must be members. Every write is ledgered in the same transaction.
/// </summary>
public sealed class AiSystemService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache counts)
{
    public Register<AiSystem, AiSystemView> Register { get; } = new(AiSystemRegister.Definition, dbFactory, counts);

    public Task<PagedResult<AiSystemView>> ListAsync(Caller caller, RegisterQuery query, CancellationToken ct = default) =>
        Register.ListAsync(caller, query, ct);

    public Task<AiSystemView> GetAsync(Caller caller, Guid id, CancellationToken ct = default) => Register.GetAsync(caller, id, ct);

    public Task<AiSystemView> ArchiveAsync(Caller caller, Guid id, string? reason, long? expectedVersion, CancellationToken ct = default) =>
        Register.ArchiveAsync(caller, id, reason, expectedVersion, ct);

    public Task<AiSystemView> RestoreAsync(Caller caller, Guid id, CancellationToken ct = default) => Register.RestoreAsync(caller, id, ct);

    public Task<IReadOnlyList<Ledger.LedgerEntry>> HistoryAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        Register.HistoryAsync(caller, id, ct);

    public async Task<AiSystemView> CreateAsync(Caller caller, AiSystemInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.AiSystemsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var errors = AiSystemValidator.ValidateCreate(input);
        var ownerId = input.OwnerId ?? caller.UserId;
        var ownerName = await RegisterOwners.CheckAsync(db, caller, ownerId, errors, ct);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var system = New(caller, input, ownerId);
        await AiSystemNames.EnsureFreeAsync(db, system, ct);
        db.AiSystems.Add(system);
        await Lifecycle.LifecycleService.RecordRegistrationAsync(db, caller, system, Normalize(input.InitialStageReason), ct);
        await SaveAsync(db, system, ct);
        return AiSystemRegister.ToView(system, ownerName);
    }

    /// <summary>A new, active system from a valid input (not yet added to a context).</summary>
    internal static AiSystem New(Caller caller, AiSystemInput input, Guid ownerId)
    {
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
        return system;
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
        var system = await Register.FindForChangeAsync(db, id, expectedVersion, ct);
        var errors = AiSystemValidator.ValidateUpdate(input, system.LifecycleStage);
        var ownerId = input.OwnerId ?? system.OwnerId;
        var ownerName = await RegisterOwners.CheckAsync(db, caller, ownerId, errors, ct);
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
        await AiSystemNames.EnsureFreeAsync(db, system, ct);
        system.Purpose = Normalize(input.Purpose);
        system.IntendedUse = Normalize(input.IntendedUse);
        system.OwnerId = ownerId;
        await SaveAsync(db, system, ct);
        return await Register.GetAsync(caller, id, ct);
    }

    /// <summary>
    /// Replaces the profile (every field of <see cref="AiSystemProfileForm"/>; one left out is cleared) and the documents
    /// and evidence it links, in one ledgered transaction; <paramref name="expectedVersion"/> as for <see cref="UpdateAsync"/>.
    /// </summary>
    public async Task<AiSystemView> UpdateProfileAsync(Caller caller, Guid id, AiSystemProfileInput input, long? expectedVersion,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.AiSystemsWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var system = await Register.FindForChangeAsync(db, id, expectedVersion, ct);
        var errors = AiSystemProfileForm.Check(input);
        await RecordLinks.CheckAsync(db, AiSystemProfileForm.Field("documentIds"), input.DocumentIds, errors, ct);
        await RecordLinks.CheckAsync(db, AiSystemProfileForm.Field("evidenceIds"), input.EvidenceIds, errors, ct);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (system.Status == AiSystemStatus.Archived)
        {
            throw new ValidationFailedException("status", "An archived AI system cannot be edited; restore it first.");
        }

        AiSystemProfileForm.Apply(system, input);
        foreach (var (register, ids) in new[] { ("documents", input.DocumentIds), ("evidence", input.EvidenceIds) })
        {
            await RecordLinks.ReplaceAsync(db, caller.OrganizationId, AiSystemRegister.Definition.Name, system.Id, register,
                (ids ?? []).Select(i => i.ToString("D")), ct);
        }

        await SaveAsync(db, system, ct);
        return await Register.GetAsync(caller, id, ct);
    }

    /// <summary>The profile as the form edits it.</summary>
    public static AiSystemProfileInput ProfileInput(AiSystemView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new()
        {
            SystemType = view.SystemType, Description = view.Description, Capabilities = view.Capabilities, IntendedUsers = view.IntendedUsers,
            AffectedPersons = view.AffectedPersons, ForeseeableMisuse = view.ForeseeableMisuse, AutonomyLevel = view.AutonomyLevel,
            HumanOversightWho = view.HumanOversightWho, HumanOversightHow = view.HumanOversightHow, HumanOversightWhen = view.HumanOversightWhen,
            Geographies = view.Geographies, Languages = view.Languages,
            Channels = view.Channels, ResponsibleUseObjectives = view.ResponsibleUseObjectives,
            Components = [.. view.Components.Select(c => new AiSystemComponentInput(c.Name, c.Version, c.Provenance, c.Supplier))],
            DocumentIds = [.. view.Documents.Select(d => Guid.Parse(d.Id))], EvidenceIds = [.. view.Evidence.Select(e => Guid.Parse(e.Id))],
        };
    }

    // Two saves with the same name can race past EnsureNameFreeAsync; the unique index lets only one through.
    private Task SaveAsync(AimsDbContext db, AiSystem system, CancellationToken ct) =>
        Register.SaveAsync(db, ct, async () => system.Status == AiSystemStatus.Active && await AiSystemNames.TakenAsync(db, system, ct)
            ? AiSystemNames.Taken(system.Name)
            : null);

    internal static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
