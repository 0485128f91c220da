using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Controls;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Registers.Editing;
using Aims.Core.Risks.Criteria;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Risks;

/// <summary>
/// What is decided about a risk after it is registered (6.1.2–6.1.3, 8.2–8.3): ratings appended to its history under
/// the criteria in force, the treatment with its controls, and acceptance — requested by one person, decided by another
/// who holds the band's authority, with the risk frozen as it was at the decision. Every step is ledgered.
/// </summary>
public sealed class RiskDecisions(IDbContextFactory<AimsDbContext> dbFactory, RiskService risks, TimeProvider clock)
{
    public async Task<RiskView> AssessAsync(Caller caller, Guid id, AssessmentInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.RisksWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var risk = await risks.FindActiveAsync(db, id, ct);
        var (number, criteria) = await RiskCriteriaService.InForceAsync(db, caller, ct);
        var errors = RiskDecisionForms.CheckAssessment(input, criteria, number, risk.InherentLevel is not null);
        ValidationFailedException.ThrowIfAny(errors);
        var level = criteria.LevelOf(input.Likelihood!.Value, input.Impact!.Value);
        var band = criteria.BandOf(level);
        db.Add(new RiskAssessment
        {
            OrganizationId = caller.OrganizationId, RiskId = risk.Id, Kind = input.Kind!.Value, Likelihood = input.Likelihood.Value,
            Impact = input.Impact.Value, Level = level, Band = band.Key, CriteriaNumber = number, Rationale = input.Rationale!.Trim(),
        });
        if (input.Kind == AssessmentKind.Inherent)
        {
            (risk.InherentLikelihood, risk.InherentImpact, risk.InherentLevel, risk.InherentBand, risk.InherentCriteria) =
                (input.Likelihood, input.Impact, level, band.Key, number);
        }
        else
        {
            (risk.ResidualLikelihood, risk.ResidualImpact, risk.ResidualLevel, risk.ResidualBand, risk.ResidualCriteria) =
                (input.Likelihood, input.Impact, level, band.Key, number);
        }

        risk.AssessedAt = db.Now();
        // The next review follows the band the risk is in now (the current rating, as the view computes it).
        var current = await CurrentAsync(db, risk, ct);
        risk.ReviewDueOn = Today(db).AddDays(criteria.Bands.FirstOrDefault(b => b.Key == current?.Band)?.ReviewDays ?? band.ReviewDays);
        await risks.Register.SaveAsync(db, ct);
        return await risks.Register.ViewAsync(db, id, ct);
    }

    public async Task<IReadOnlyList<AssessmentView>> HistoryAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.RisksRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        if (!await db.Set<Risk>().AnyAsync(r => r.Id == id, ct))
        {
            throw new NotFoundException("Risk");
        }

        return await db.Set<RiskAssessment>().AsNoTracking().Where(a => a.RiskId == id).OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Select(a => new AssessmentView(a.Id, a.Kind, a.Likelihood, a.Impact, a.Level, a.Band, a.CriteriaNumber, a.Rationale, a.CreatedAt, a.CreatedBy))
            .ToListAsync(ct);
    }

    public async Task<RiskView> TreatAsync(Caller caller, Guid id, TreatmentInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.RisksWrite);
        var errors = RiskDecisionForms.CheckTreatment(input);
        ValidationFailedException.ThrowIfAny(errors);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var risk = await risks.FindActiveAsync(db, id, ct);
        risk.Treatment = input.Option;
        risk.TreatmentNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        await RecordLinks.ReplaceAsync(db, caller.OrganizationId, RiskRegister.Name, risk.Id, ControlService.Register,
            (input.Controls ?? []).Select(c => Catalogs.CatalogLibrary.Iso42001.FindControl(c)!.Id), ct);
        // The links may be all that changed: the risk's version moves with them, so an open edit form sees it.
        db.Entry(risk).Property(r => r.Treatment).IsModified = true;
        await risks.Register.SaveAsync(db, ct);
        return await risks.Register.ViewAsync(db, id, ct);
    }

    public async Task<AcceptanceSummary> RequestAcceptanceAsync(Caller caller, Guid id, AcceptanceRequest input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.RisksWrite);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var today = Today(db);
        var errors = RiskDecisionForms.CheckAcceptanceRequest(input, today);
        ValidationFailedException.ThrowIfAny(errors);
        var risk = await risks.FindActiveAsync(db, id, ct);
        if (risk.InherentLevel is null)
        {
            throw new StateConflictException("risk", "Rate the risk before asking to accept it: an acceptance covers a rating.");
        }

        if (await db.Set<RiskAcceptance>().AnyAsync(a => a.RiskId == id && a.Decision == AcceptanceDecision.Requested, ct))
        {
            throw new StateConflictException("risk", "An acceptance of this risk is already waiting for a decision.");
        }

        var acceptance = new RiskAcceptance
        {
            OrganizationId = caller.OrganizationId, RiskId = id, RequestedById = caller.UserId, Justification = input.Justification!.Trim(),
            ExpiresOn = input.ExpiresOn!.Value, Decision = AcceptanceDecision.Requested,
        };
        db.Add(acceptance);
        await risks.Register.SaveAsync(db, ct);
        return RiskCurrent.Acceptance(acceptance, caller.Actor, await CurrentAsync(db, risk, ct), today);
    }

    public async Task<AcceptanceSummary> DecideAsync(Caller caller, Guid id, Guid acceptanceId, AcceptanceDecisionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Permissions.RisksWrite);
        var errors = RiskDecisionForms.CheckDecision(input);
        ValidationFailedException.ThrowIfAny(errors);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var risk = await risks.FindActiveAsync(db, id, ct);
        var acceptance = await db.Set<RiskAcceptance>().FirstOrDefaultAsync(a => a.Id == acceptanceId && a.RiskId == id, ct)
            ?? throw new NotFoundException("Acceptance");
        if (acceptance.Decision != AcceptanceDecision.Requested)
        {
            throw new StateConflictException("acceptance", $"This acceptance was already {(acceptance.Decision == AcceptanceDecision.Approved ? "approved" : "refused")}.");
        }

        if (acceptance.RequestedById == caller.UserId)
        {
            throw new ForbiddenException(Permissions.RisksWrite, "You requested this acceptance, so someone else must decide it.");
        }

        var (number, criteria) = await RiskCriteriaService.InForceAsync(db, caller, ct);
        var current = await CurrentAsync(db, risk, ct) ?? throw new StateConflictException("risk", "The risk has no rating to accept.");
        if (current.Criteria != number)
        {
            throw new StateConflictException("risk", $"The risk was rated under criteria version {current.Criteria}; re-rate it under version {number} before deciding.");
        }

        if (!await RiskAuthority.MayAcceptAsync(db, caller, risk, criteria, current.Band, ct))
        {
            var band = criteria.Bands.First(b => b.Key == current.Band);
            var roleName = band.Acceptance.AimsRoleId is { } roleId
                ? await db.Set<Leadership.AimsRole>().Where(r => r.Id == roleId).Select(r => r.Name).FirstOrDefaultAsync(ct)
                : null;
            throw new ForbiddenException(Permissions.RisksWrite,
                $"A risk in the band '{band.Label}' is accepted by {RiskLabels.Authority(band.Acceptance, roleName)}, which you are not.");
        }

        acceptance.Decision = input.Approve!.Value ? AcceptanceDecision.Approved : AcceptanceDecision.Rejected;
        acceptance.DecidedById = caller.UserId;
        acceptance.DecidedBy = caller.Actor;
        acceptance.DecidedAt = db.Now();
        acceptance.Comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        acceptance.Band = current.Band;
        acceptance.CriteriaNumber = number;
        acceptance.RatingStamp = current.Stamp;
        var view = await risks.Register.ViewAsync(db, id, ct);
        acceptance.Frozen = JsonSerializer.Serialize(new
        {
            view.Inherent, view.Residual, view.Current, view.CurrentReason, view.Treatment, view.TreatmentNote, view.Controls,
        }, StoredJson.Options);
        await risks.Register.SaveAsync(db, ct);
        var requestedBy = await db.Users.Where(u => u.Id == acceptance.RequestedById).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        return RiskCurrent.Acceptance(acceptance, requestedBy, current, Today(db));
    }

    private DateOnly Today(AimsDbContext db) => EvidenceCalendar.Today(clock, db.TimeZone);


    /// <summary>The risk's current rating as the register computes it, with the treatment's controls as they stand.</summary>
    private static async Task<RiskRating?> CurrentAsync(AimsDbContext db, Risk risk, CancellationToken ct)
    {
        var statuses = await ControlService.StatusesAsync(db, ct);
        var selected = await db.Set<RecordLink>().Where(l => l.SourceId == risk.Id && l.TargetRegister == ControlService.Register)
            .Select(l => l.TargetId).ToListAsync(ct);
        var controls = selected.Select(c => new SelectedControl(c, null, statuses.GetValueOrDefault(c, ControlStatus.NotStarted))).ToList();
        return RiskCurrent.Of(RiskRating.InherentOf(risk), RiskRating.ResidualOf(risk), controls).Current;
    }
}

public sealed record AcceptanceRequest
{
    public string? Justification { get; init; }
    public DateOnly? ExpiresOn { get; init; }
}

public sealed record AcceptanceDecisionInput
{
    public bool? Approve { get; init; }
    public string? Comment { get; init; }
}
