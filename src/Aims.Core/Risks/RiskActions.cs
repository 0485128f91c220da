using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Risks;

/// <summary>The treatment plan's actions of a risk: added, changed and marked done, each ledgered with the risk's version moving.</summary>
public sealed class RiskActions(IDbContextFactory<AimsDbContext> dbFactory, RiskService risks, TimeProvider clock)
{
    public async Task<RiskActionView> AddAsync(Caller caller, Guid riskId, RiskActionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.RisksWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var risk = await risks.FindActiveAsync(db, riskId, ct);
        await CheckAsync(db, caller, input, ct);
        var action = new RiskAction { OrganizationId = caller.OrganizationId, RiskId = risk.Id, Status = ActionStatus.Open };
        db.Add(action);
        Apply(db, caller, action, input);
        return await SaveAsync(db, risk, action.Id, ct);
    }

    public async Task<RiskActionView> UpdateAsync(Caller caller, Guid riskId, Guid actionId, RiskActionInput input, long? expectedVersion,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.RisksWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var risk = await risks.FindActiveAsync(db, riskId, ct);
        var action = await db.Set<RiskAction>().FirstOrDefaultAsync(a => a.Id == actionId && a.RiskId == riskId, ct)
            ?? throw new NotFoundException("Treatment action");
        if (expectedVersion is { } expected && expected != action.Version)
        {
            throw new ConcurrencyConflictException(
                $"The action was changed by someone else (you have version {expected}, the current is {action.Version}). Reload and try again.",
                preconditionFailed: true);
        }

        await CheckAsync(db, caller, input, ct);
        Apply(db, caller, action, input);
        return await SaveAsync(db, risk, action.Id, ct);
    }

    private static async Task CheckAsync(AimsDbContext db, Caller caller, RiskActionInput input, CancellationToken ct)
    {
        var errors = RiskDecisionForms.CheckAction(input);
        await RegisterOwners.CheckAsync(db, caller, input.OwnerId ?? caller.UserId, errors, ct);
        ValidationFailedException.ThrowIfAny(errors);
    }

    private void Apply(AimsDbContext db, Caller caller, RiskAction action, RiskActionInput input)
    {
        action.Title = input.Title!.Trim();
        action.OwnerId = input.OwnerId ?? (action.OwnerId == Guid.Empty ? caller.UserId : action.OwnerId);
        action.DueOn = input.DueOn!.Value;
        action.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var status = input.Status ?? action.Status;
        if (status != action.Status)
        {
            action.DoneOn = status == ActionStatus.Done ? EvidenceCalendar.Today(clock, db.TimeZone) : null;
        }

        action.Status = status;
    }

    private async Task<RiskActionView> SaveAsync(AimsDbContext db, Risk risk, Guid actionId, CancellationToken ct)
    {
        // The plan changed: the risk's version moves with it, so an open edit form of the risk sees it.
        db.Entry(risk).Property(r => r.Treatment).IsModified = true;
        await risks.Register.SaveAsync(db, ct);
        return (await risks.Register.ViewAsync(db, risk.Id, ct)).Actions.Single(a => a.Id == actionId);
    }
}
