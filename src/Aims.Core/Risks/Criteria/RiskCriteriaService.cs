using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Risks.Criteria;

/// <summary>
/// The versions of an organization's risk criteria (6.1.1). Until it drafts its own, an organization works under the
/// defaults, stored as version 1 the first time a risk is rated or a version drafted. A draft is approved into force by
/// someone who manages risk; the version before it is superseded, and the risks rated under it are listed for re-rating
/// (their ratings are never remapped).
/// </summary>
public sealed class RiskCriteriaService(IDbContextFactory<AimsDbContext> dbFactory)
{
    public async Task<IReadOnlyList<RiskCriteriaView>> ListAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.RisksRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var stored = await db.Set<RiskCriteriaVersion>().AsNoTracking().OrderBy(c => c.Number).ToListAsync(ct);
        if (stored.Count == 0)
        {
            return [DefaultView()];
        }

        var toReRate = await ToReRateAsync(db, stored.FirstOrDefault(c => c.Status == RiskCriteriaStatus.InForce)?.Number, ct);
        return [.. stored.Select(c => View(c, c.Status == RiskCriteriaStatus.InForce ? toReRate : 0))];
    }

    public async Task<RiskCriteriaView> CurrentAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.RisksRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var inForce = await db.Set<RiskCriteriaVersion>().AsNoTracking().FirstOrDefaultAsync(c => c.Status == RiskCriteriaStatus.InForce, ct);
        return inForce is null ? DefaultView() : View(inForce, await ToReRateAsync(db, inForce.Number, ct));
    }

    public async Task<RiskCriteriaView> GetAsync(Caller caller, int number, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.RisksRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var version = await db.Set<RiskCriteriaVersion>().AsNoTracking().FirstOrDefaultAsync(c => c.Number == number, ct);
        if (version is null)
        {
            return number == 1 && !await db.Set<RiskCriteriaVersion>().AnyAsync(ct) ? DefaultView() : throw new NotFoundException($"Risk criteria version {number}");
        }

        return View(version, version.Status == RiskCriteriaStatus.InForce ? await ToReRateAsync(db, number, ct) : 0);
    }

    /// <summary>Drafts the next version (the defaults become version 1 first when nothing is stored).</summary>
    public async Task<RiskCriteriaView> DraftAsync(Caller caller, RiskCriteriaInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.RisksManage);
        var errors = new FieldErrors();
        var content = RiskCriteriaRules.Check(input, errors);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        foreach (var (band, index) in (input.Bands ?? []).Select((b, i) => (b, i)))
        {
            if (band?.Acceptance is { Kind: AcceptanceAuthorityKind.AimsRole, AimsRoleId: { } roleId }
                && !await db.Set<Leadership.AimsRole>().AnyAsync(r => r.Id == roleId && r.ArchivedAt == null, ct))
            {
                errors.Add($"bands[{index}].acceptance.aimsRoleId", "No active AIMS role of this organization has this id (see the roles register).");
            }
        }

        ValidationFailedException.ThrowIfAny(errors);
        await InForceAsync(db, caller, ct);
        var number = Math.Max(await db.Set<RiskCriteriaVersion>().MaxAsync(c => (int?)c.Number, ct) ?? 0,
            db.ChangeTracker.Entries<RiskCriteriaVersion>().Select(e => e.Entity.Number).DefaultIfEmpty(0).Max());
        var draft = new RiskCriteriaVersion
        {
            OrganizationId = caller.OrganizationId, Number = number + 1, Status = RiskCriteriaStatus.Draft,
            Content = RiskCriteriaRules.Serialize(content!), Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
        };
        db.Add(draft);
        await db.SaveChangesAsync(ct);
        return View(draft, 0);
    }

    /// <summary>Puts a draft in force; the version in force before it is superseded.</summary>
    public async Task<RiskCriteriaView> ApproveAsync(Caller caller, int number, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.RisksManage);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var versions = await db.Set<RiskCriteriaVersion>().Where(c => c.Number == number || c.Status == RiskCriteriaStatus.InForce).ToListAsync(ct);
        var draft = versions.FirstOrDefault(c => c.Number == number) ?? throw new NotFoundException($"Risk criteria version {number}");
        if (draft.Status != RiskCriteriaStatus.Draft)
        {
            throw new StateConflictException("status", $"Version {number} is {Words(draft.Status)}; only a draft can be approved.");
        }

        foreach (var old in versions.Where(c => c.Status == RiskCriteriaStatus.InForce))
        {
            old.Status = RiskCriteriaStatus.Superseded;
        }

        draft.Status = RiskCriteriaStatus.InForce;
        draft.ApprovedAt = db.Now();
        draft.ApprovedBy = caller.Actor;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two approvals raced: the version in force they both read carries a concurrency token, so the second one fails here.
            throw new StateConflictException("status", "Another version of the criteria was put in force at the same moment; reload and check which one is in force.");
        }

        return View(draft, await ToReRateAsync(db, number, ct));
    }

    /// <summary>
    /// The version in force, inside a unit of work that is about to rate a risk: when nothing is stored yet, the defaults
    /// are added as version 1 (saved, and ledgered, with the rest of the unit).
    /// </summary>
    internal static async Task<(int Number, RiskCriteriaContent Content)> InForceAsync(AimsDbContext db, Caller caller, CancellationToken ct)
    {
        var inForce = await db.Set<RiskCriteriaVersion>().AsNoTracking().FirstOrDefaultAsync(c => c.Status == RiskCriteriaStatus.InForce, ct);
        if (inForce is not null)
        {
            return (inForce.Number, RiskCriteriaRules.Deserialize(inForce.Content));
        }

        var added = db.ChangeTracker.Entries<RiskCriteriaVersion>().Select(e => e.Entity).FirstOrDefault(c => c.Status == RiskCriteriaStatus.InForce);
        if (added is null)
        {
            added = new RiskCriteriaVersion
            {
                OrganizationId = caller.OrganizationId, Number = 1, Status = RiskCriteriaStatus.InForce,
                Content = RiskCriteriaRules.Serialize(RiskCriteriaRules.Default), Note = DefaultNote, ApprovedAt = db.Now(), ApprovedBy = "OpenAIMS defaults",
            };
            db.Add(added);
        }

        return (added.Number, RiskCriteriaRules.Deserialize(added.Content));
    }

    /// <summary>The content of every stored version by number (the defaults as 1 when none is stored), for reading old ratings.</summary>
    internal static async Task<Dictionary<int, RiskCriteriaContent>> AllAsync(AimsDbContext db, CancellationToken ct)
    {
        var stored = await db.Set<RiskCriteriaVersion>().AsNoTracking().Select(c => new { c.Number, c.Content }).ToListAsync(ct);
        return stored.Count == 0
            ? new() { [1] = RiskCriteriaRules.Default }
            : stored.ToDictionary(c => c.Number, c => RiskCriteriaRules.Deserialize(c.Content));
    }

    private const string DefaultNote = "OpenAIMS's default criteria: a 5 × 5 matrix, level = likelihood × impact, four bands.";

    private static Task<int> ToReRateAsync(AimsDbContext db, int? inForce, CancellationToken ct) =>
        inForce is not { } number ? Task.FromResult(0)
            : db.Set<Risk>().CountAsync(r => r.ArchivedAt == null && r.InherentCriteria != null
                && (r.InherentCriteria != number || (r.ResidualCriteria != null && r.ResidualCriteria != number)), ct);

    private static RiskCriteriaView DefaultView() => ViewOf(1, RiskCriteriaStatus.InForce, false, RiskCriteriaRules.Default, DefaultNote, null, null, null, null, 0);

    private static RiskCriteriaView View(RiskCriteriaVersion c, int toReRate) =>
        ViewOf(c.Number, c.Status, true, RiskCriteriaRules.Deserialize(c.Content), c.Note, c.ApprovedAt, c.ApprovedBy, c.CreatedAt, c.CreatedBy, toReRate);

    private static RiskCriteriaView ViewOf(int number, RiskCriteriaStatus status, bool stored, RiskCriteriaContent content, string? note,
        DateTimeOffset? approvedAt, string? approvedBy, DateTimeOffset? createdAt, string? createdBy, int toReRate) =>
        new(number, status, stored, content.Likelihood, content.Impact, content.Matrix, content.Bands, content.AcceptanceThreshold, note, approvedAt,
            approvedBy, createdAt, createdBy, toReRate);

    private static string Words(RiskCriteriaStatus status) => status switch
    {
        RiskCriteriaStatus.InForce => "in force",
        RiskCriteriaStatus.Superseded => "superseded",
        _ => "a draft",
    };
}
