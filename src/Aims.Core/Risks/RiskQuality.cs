using System.Globalization;
using Aims.Core.Controls;

namespace Aims.Core.Risks;

/// <summary>
/// Cheap checks of a risk record that an auditor would otherwise find by hand: a residual rating above the inherent
/// one, a residual lowered with no control to lower it, a risk retained without an acceptance on record (or with one
/// that is stale or expired), selected controls past their planned date and not implemented, treatment actions past
/// their due date, a review overdue, a risk never rated. An acceptance always has an expiry date here (it is required), so that check cannot fail.
/// </summary>
public static class RiskQuality
{
    public static IReadOnlyList<string> Of(RiskRating? inherent, RiskRating? residual, TreatmentOption? treatment,
        IReadOnlyList<SelectedControl> controls, IReadOnlyList<RiskActionView> actions, AcceptanceSummary? acceptance, DateOnly? reviewDueOn,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(actions);
        var findings = new List<string>();
        if (inherent is null)
        {
            findings.Add("never rated");
            return findings;
        }

        if (residual is not null && residual.Criteria == inherent.Criteria && residual.Level > inherent.Level)
        {
            findings.Add($"residual level {residual.Level} is higher than the inherent {inherent.Level}");
        }

        if (residual is not null && residual.Level < inherent.Level && controls.Count == 0 && treatment is not (TreatmentOption.Avoid or TreatmentOption.Share))
        {
            findings.Add("residual rating lowered with no control selected to lower it");
        }

        if (treatment == TreatmentOption.Retain && acceptance?.State is not AcceptanceState.Accepted)
        {
            findings.Add(acceptance?.State switch
            {
                AcceptanceState.Stale => "retained, but its acceptance is stale (re-rated since)",
                AcceptanceState.Expired => "retained, but its acceptance has expired",
                AcceptanceState.Requested => "retained while its acceptance waits for a decision",
                _ => "retained without an acceptance on record",
            });
        }
        else if (acceptance?.State is AcceptanceState.Stale or AcceptanceState.Expired)
        {
            findings.Add($"acceptance {(acceptance.State == AcceptanceState.Stale ? "stale" : "expired")}: decide again or treat the risk");
        }

        foreach (var late in controls.Where(c => c.Status != ControlStatus.Implemented && c.PlannedOn is { } planned && planned < today))
        {
            findings.Add($"{late.ControlId} was planned for {late.PlannedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} and is not implemented");
        }

        foreach (var late in actions.Where(a => a.Overdue))
        {
            findings.Add($"action '{late.Title}' was due on {late.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} and is still open");
        }

        if (reviewDueOn is { } due && due < today)
        {
            findings.Add($"review overdue since {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        return findings;
    }
}
