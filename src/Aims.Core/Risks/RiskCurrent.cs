using System.Globalization;
using Aims.Core.Controls;

namespace Aims.Core.Risks;

/// <summary>
/// What the platform derives for a risk instead of asking for it: the current rating from the state of the selected
/// controls, and what its latest acceptance means today.
/// </summary>
public static class RiskCurrent
{
    /// <summary>
    /// The residual rating counts once the treatment's controls are all implemented; until then the risk is what it is
    /// without them (inherent). The reason says which, naming the controls still open.
    /// </summary>
    public static (RiskRating? Current, string Reason) Of(RiskRating? inherent, RiskRating? residual, IReadOnlyList<SelectedControl> controls)
    {
        ArgumentNullException.ThrowIfNull(controls);
        if (inherent is null)
        {
            return (null, "Not assessed yet: rate its inherent likelihood and impact.");
        }

        var open = controls.Where(c => c.Status != ControlStatus.Implemented).Select(c => c.ControlId).ToList();
        if (residual is null)
        {
            return (inherent, "Current is the inherent rating: no residual rating is planned.");
        }

        if (controls.Count == 0)
        {
            return (inherent, "Current is the inherent rating: the treatment selects no control, so nothing brings it down to the residual.");
        }

        return open.Count == 0
            ? (residual, $"Current is the residual rating: every selected control ({string.Join(", ", controls.Select(c => c.ControlId))}) is implemented.")
            : (inherent, $"Current is the inherent rating until {string.Join(", ", open)} {(open.Count == 1 ? "is" : "are")} implemented.");
    }

    /// <summary>The state of an acceptance today: in force, stale (the current rating moved since), expired, or undecided.</summary>
    public static AcceptanceSummary Acceptance(RiskAcceptance acceptance, string? requestedBy, RiskRating? current, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(acceptance);
        var expires = acceptance.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (state, reason) = acceptance.Decision switch
        {
            AcceptanceDecision.Requested => (AcceptanceState.Requested, "Acceptance requested; waiting for a decision by the band's authority."),
            AcceptanceDecision.Rejected => (AcceptanceState.Rejected, $"Acceptance refused by {acceptance.DecidedBy}."),
            _ when acceptance.ExpiresOn < today => (AcceptanceState.Expired, $"The acceptance expired on {expires}: decide again or treat the risk."),
            _ when current?.Stamp != acceptance.RatingStamp => (AcceptanceState.Stale,
                $"Stale: accepted at {acceptance.RatingStamp}, the risk is now {current?.Stamp ?? "unrated"}; the acceptance no longer covers it."),
            _ => (AcceptanceState.Accepted, $"Accepted by {acceptance.DecidedBy} until {expires}."),
        };
        return new AcceptanceSummary(acceptance.Id, state, reason, acceptance.ExpiresOn, requestedBy ?? "", acceptance.DecidedBy, acceptance.DecidedAt);
    }
}

/// <summary>The words the register's pages, exports and messages use.</summary>
public static class RiskLabels
{
    public static string? Rating(RiskRating? rating) =>
        rating is null ? null : $"{rating.Band} ({rating.Likelihood}×{rating.Impact} = {rating.Level})";

    public static string Treatment(TreatmentOption option) => option switch
    {
        TreatmentOption.Modify => "Modify (controls)",
        TreatmentOption.Avoid => "Avoid",
        TreatmentOption.Share => "Share",
        TreatmentOption.Retain => "Retain",
        _ => option.ToString(),
    };

    /// <summary>Who holds an authority, in words for refusals and the page ("top management (an Admin while nobody holds such a role)").</summary>
    public static string Authority(Criteria.AcceptanceAuthority authority, string? aimsRoleName)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return authority.Kind switch
        {
            Criteria.AcceptanceAuthorityKind.RiskOwner => "the risk's owner",
            Criteria.AcceptanceAuthorityKind.AccessRole => $"a {Access.RoleNames.Label(authority.Role ?? Access.Role.Admin)} (or an Admin)",
            Criteria.AcceptanceAuthorityKind.AimsRole => aimsRoleName is null ? "a holder of an AIMS role of the roles register"
                : $"a holder of the AIMS role '{aimsRoleName}'",
            _ => "top management (a holder of a top-management role in the roles register; an Admin while nobody holds one)",
        };
    }
}
