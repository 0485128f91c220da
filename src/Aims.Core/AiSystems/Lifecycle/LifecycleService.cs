using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems.Lifecycle;

/// <summary>
/// A system's life cycle through its gates (A.6.2.2–A.6.2.8): the only way its stage changes after it is registered.
/// A move passes when every artefact its gates require is on file and counts, and the approver holds the gate's role;
/// otherwise it needs a recorded exception. Each step is written to the timeline with what was present and missing,
/// in the same ledgered transaction as the stage change.
/// </summary>
public sealed class LifecycleService(IDbContextFactory<AimsDbContext> dbFactory, AiSystemService systems)
{
    public async Task<LifecycleView> GetAsync(Caller caller, Guid systemId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.AiSystemsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var system = await db.AiSystems.AsNoTracking().FirstOrDefaultAsync(s => s.Id == systemId, ct)
                     ?? throw new NotFoundException(AiSystemRegister.Definition.CapitalizedNoun);
        return await ViewAsync(db, caller, system, ct);
    }

    /// <summary>Moves the system to <see cref="StageMoveInput.To"/> through its gate; <paramref name="expectedVersion"/> is the system's (If-Match).</summary>
    public async Task<LifecycleView> MoveAsync(Caller caller, Guid systemId, StageMoveInput input, long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.AiSystemsWrite);
        var errors = LifecycleForms.Check(input);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var system = await systems.Register.FindForChangeAsync(db, systemId, expectedVersion, ct);
        EnsureActive(system);
        var to = input.To!.Value;
        var from = system.LifecycleStage;
        if (to == from)
        {
            throw new StateConflictException("to", $"The system is already in {StageLabels.Label(to)}.");
        }

        var rules = await LifecycleGateRules.LoadAsync(db, ct);
        var artefacts = await LifecycleArtefacts.StandingAsync(db, system.Id, ct);
        var required = LifecycleGates.Required(from, to, s => rules.Required(s));
        var missing = required.Where(k => !artefacts.Any(a => a.Kind == k && a.Counts)).ToList();
        var ordinary = LifecycleGates.IsOrdinary(from, to);
        var reason = Normalize(input.ExceptionReason);
        if ((missing.Count > 0 || !ordinary) && reason is null)
        {
            throw new GateNotSatisfiedException(to, missing, Refusal(from, to, missing, ordinary));
        }

        var approverRole = await ApproverRoleAsync(db, caller, rules.For(to), to, ct);
        system.LifecycleStage = to;
        db.Add(new LifecycleGateEvent
        {
            OrganizationId = caller.OrganizationId, AiSystemId = system.Id, FromStage = from, ToStage = to,
            Outcome = missing.Count > 0 || !ordinary ? GateOutcome.Exception : GateOutcome.Passed,
            ApproverUserId = caller.UserId, ApproverName = caller.Actor, ApproverRole = approverRole,
            Reason = missing.Count > 0 || !ordinary ? reason : null,
            // A reason given where none was needed is kept, as a note: nothing typed is dropped.
            Note = JoinNote(missing.Count > 0 || !ordinary ? null : reason, Normalize(input.Note)),
            Present = LifecycleGates.Store(artefacts.Where(a => a.Counts && required.Contains(a.Kind))
                .Select(a => new ArtefactSnapshot(a.Kind, a.Register, a.RecordId, a.Title))),
            Missing = LifecycleGates.Store(missing),
        });
        await systems.Register.SaveAsync(db, ct);
        return await ViewAsync(db, caller, system, ct);
    }

    /// <summary>
    /// The first step of a new system's timeline, added to the create's transaction: registered at inception, or at a
    /// later stage by exception (a system already in service), with the reason and the gates it never passed.
    /// </summary>
    /// <summary>The first step of a new system's timeline; <paramref name="rules"/> may come loaded (an import registers many).</summary>
    internal static async Task RecordRegistrationAsync(AimsDbContext db, Caller caller, AiSystem system, string? reason, CancellationToken ct,
        LifecycleGateRules.Loaded? rules = null)
    {
        var later = system.LifecycleStage != LifecycleStage.Inception;
        rules ??= later ? await LifecycleGateRules.LoadAsync(db, ct) : null;
        db.Add(new LifecycleGateEvent
        {
            OrganizationId = caller.OrganizationId, AiSystemId = system.Id, FromStage = null, ToStage = system.LifecycleStage,
            Outcome = later ? GateOutcome.Exception : GateOutcome.Registered, ApproverUserId = caller.UserId, ApproverName = caller.Actor,
            ApproverRole = RoleNames.Label(caller.Role), Reason = later ? reason : null,
            Missing = LifecycleGates.Store(later
                ? LifecycleGates.Required(LifecycleStage.Inception, system.LifecycleStage, st => rules!.Required(st))
                : []),
        });
    }

    internal static async Task<LifecycleView> ViewAsync(AimsDbContext db, Caller caller, AiSystem system, CancellationToken ct)
    {
        var rules = await LifecycleGateRules.LoadAsync(db, ct);
        var artefacts = await LifecycleArtefacts.StandingAsync(db, system.Id, ct);
        var gates = new List<GateView>();
        var holds = new Dictionary<Guid, bool>();
        foreach (var to in StageLabels.All.Where(s => s != system.LifecycleStage && s != LifecycleStage.Inception))
        {
            var required = LifecycleGates.Required(system.LifecycleStage, to, s => rules.Required(s));
            var present = required.Select(k => new GateRequirementView(k, ArtefactLabels.Label(k), ArtefactLabels.Control(k),
                artefacts.Any(a => a.Kind == k && a.Counts))).ToList();
            var rule = rules.For(to);
            gates.Add(new GateView(to, LifecycleGates.IsOrdinary(system.LifecycleStage, to), present,
                [.. present.Where(p => !p.Present).Select(p => p.Kind)], rule.ApproverRole,
                rule.ApproverRoleId is not { } roleId || (holds.TryGetValue(roleId, out var held)
                    ? held
                    : holds[roleId] = await LifecycleGateRules.HoldsAsync(db, caller, roleId, ct))));
        }

        var events = await db.Set<LifecycleGateEvent>().AsNoTracking().Where(e => e.AiSystemId == system.Id).ToListAsync(ct);
        var timeline = events.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Select(e => new GateEventView(e.Id, e.CreatedAt, e.FromStage, e.ToStage, e.Outcome, e.ApproverName, e.ApproverRole, e.Reason, e.Note,
                LifecycleGates.Read<ArtefactSnapshot>(e.Present), LifecycleGates.Read<ArtefactKind>(e.Missing))).ToList();
        return new LifecycleView(system.Id, system.LifecycleStage, system.Version,
            [.. gates.OrderByDescending(g => g.Ordinary).ThenBy(g => g.Stage < system.LifecycleStage).ThenBy(g => g.Stage)], artefacts, timeline);
    }

    internal static void EnsureActive(AiSystem system)
    {
        if (system.Status == AiSystemStatus.Archived)
        {
            throw new ValidationFailedException("status", "An archived AI system cannot be changed; restore it first.");
        }
    }

    private static async Task<string> ApproverRoleAsync(AimsDbContext db, Caller caller, LifecycleGateRules.Rule rule, LifecycleStage to,
        CancellationToken ct)
    {
        if (rule.ApproverRoleId is not { } roleId)
        {
            return RoleNames.Label(caller.Role);
        }

        return await LifecycleGateRules.HoldsAsync(db, caller, roleId, ct)
            ? rule.ApproverRole!
            : throw new StateConflictException("to",
                $"The gate into {StageLabels.Label(to)} is approved by the role '{rule.ApproverRole}', which you do not hold. " +
                "Ask a holder, or have your person record added to the role's holders.");
    }

    private static string Refusal(LifecycleStage from, LifecycleStage to, List<ArtefactKind> missing, bool ordinary)
    {
        var what = missing.Count == 0 ? "" : "Missing: " + string.Join(", ", missing.Select(ArtefactLabels.Label)) + ". ";
        var skip = ordinary ? "" : $"{StageLabels.Label(from)} to {StageLabels.Label(to)} is not an ordinary step: it skips a gate. ";
        return $"The gate into {StageLabels.Label(to)} is not passed. {skip}{what}" +
               "File the missing artefacts, or give a reason to go ahead by exception.";
    }

    private static string? JoinNote(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "\n\n" + second;

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
