using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Leadership;
using Aims.Core.Registers.Editing;
using Aims.Core.Support;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems.Lifecycle;

/// <summary>
/// An organization's gate configuration: for each stage, the artefacts entering it requires and the AIMS role whose
/// holders approve it. A stage not configured uses the Annex A default and lets anyone who edits AI systems approve.
/// </summary>
public sealed class LifecycleGateRules(IDbContextFactory<AimsDbContext> dbFactory)
{
    /// <summary>One stage's rule as a gate applies it.</summary>
    public sealed record Rule(IReadOnlyList<ArtefactKind> Required, Guid? ApproverRoleId, string? ApproverRole, bool Configured);

    /// <summary>The rules of every gated stage, loaded once for a request.</summary>
    public sealed class Loaded(IReadOnlyDictionary<LifecycleStage, Rule> rules)
    {
        public Rule For(LifecycleStage stage) =>
            rules.TryGetValue(stage, out var rule) ? rule : new Rule(LifecycleGates.DefaultRequired(stage), null, null, false);

        public IReadOnlyList<ArtefactKind> Required(LifecycleStage stage) => For(stage).Required;
    }

    public async Task<IReadOnlyList<GateRuleView>> ListAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.AiSystemsRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        return Views(await LoadAsync(db, ct));
    }

    /// <summary>Replaces the configuration; a stage left out returns to its default. Ledgered like every change.</summary>
    public async Task<IReadOnlyList<GateRuleView>> ReplaceAsync(Caller caller, GateRulesInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.ManagementWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var gates = input.Gates ?? [];
        var errors = new FieldErrors();
        for (var i = 0; i < gates.Count; i++)
        {
            var gate = gates[i];
            var at = $"gates[{i}]";
            if (gate is null)
            {
                errors.Add(at, "A gate is missing here (null).");
                continue;
            }

            if (gate.Stage is not { } stage || !Enum.IsDefined(stage) || stage == LifecycleStage.Inception)
            {
                errors.Add($"{at}.stage", "Name the stage the gate leads into: " + string.Join(", ", LifecycleGates.GatedStages.Select(ApiNames.Of)) + ".");
            }
            else if (gates.Take(i).Any(g => g?.Stage == stage))
            {
                errors.Add($"{at}.stage", $"{StageLabels.Label(stage)} is configured twice.");
            }

            var kinds = gate.RequiredArtefacts ?? [];
            if (kinds.Any(k => !Enum.IsDefined(k)))
            {
                errors.Add($"{at}.requiredArtefacts", $"Unknown artefact kind. Use any of: {ApiNames.ListOf<ArtefactKind>()}.");
            }
            else if (kinds.Distinct().Count() != kinds.Count)
            {
                errors.Add($"{at}.requiredArtefacts", "An artefact kind is listed twice.");
            }

            if (gate.ApproverRoleId is { } roleId && !await db.Set<AimsRole>().AnyAsync(r => r.Id == roleId && r.ArchivedAt == null, ct))
            {
                errors.Add($"{at}.approverRoleId", "No active AIMS role of this organization has this id (see the roles register).");
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var existing = await db.Set<LifecycleGateRule>().ToListAsync(ct);
        foreach (var rule in existing.Where(r => gates.All(g => g.Stage != r.Stage)))
        {
            db.Remove(rule);
        }

        foreach (var gate in gates)
        {
            var rule = existing.FirstOrDefault(r => r.Stage == gate.Stage);
            if (rule is null)
            {
                rule = new LifecycleGateRule { OrganizationId = caller.OrganizationId, Stage = gate.Stage!.Value };
                db.Add(rule);
            }

            rule.RequiredArtefacts = LifecycleGates.Store(gate.RequiredArtefacts ?? []);
            rule.ApproverRoleId = gate.ApproverRoleId;
        }

        await db.SaveChangesAsync(ct);
        return Views(await LoadAsync(db, ct));
    }

    internal static async Task<Loaded> LoadAsync(AimsDbContext db, CancellationToken ct)
    {
        var rows = await db.Set<LifecycleGateRule>().AsNoTracking()
            .Select(r => new { r.Stage, r.RequiredArtefacts, r.ApproverRoleId, Role = db.Set<AimsRole>().Where(a => a.Id == r.ApproverRoleId).Select(a => a.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return new Loaded(rows.ToDictionary(r => r.Stage,
            r => new Rule(LifecycleGates.Read<ArtefactKind>(r.RequiredArtefacts), r.ApproverRoleId, r.Role, true)));
    }

    /// <summary>Whether the caller is a holder of the role: a person record of theirs (not archived) is among its holders.</summary>
    internal static Task<bool> HoldsAsync(AimsDbContext db, Caller caller, Guid roleId, CancellationToken ct) =>
        db.Set<RecordLink>().Where(l => l.SourceId == roleId && l.TargetRegister == SupportRegisters.PeopleName)
            .Join(db.Set<Person>(), l => l.TargetRecordId, p => p.Id, (_, p) => p)
            .AnyAsync(p => p.UserId == caller.UserId && p.ArchivedAt == null, ct);

    private static List<GateRuleView> Views(Loaded rules) =>
    [
        .. LifecycleGates.GatedStages.Select(s => (Stage: s, Rule: rules.For(s)))
            .Select(x => new GateRuleView(x.Stage, x.Rule.Required, x.Rule.ApproverRoleId, x.Rule.ApproverRole, x.Rule.Configured)),
    ];
}
