using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Controls;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Aims.Core.Risks;
using Aims.Core.Risks.Criteria;

namespace Aims.Core.Bootstrap;

/// <summary>
/// The demo organization's risk register under the default criteria (stored as version 1): a credit risk treated and
/// accepted, a fraud risk whose acceptance went stale when it was re-rated, the CV-screening pilot's critical risk still
/// at its inherent rating because its controls are only planned, a claims risk being treated, and an organization risk
/// whose acceptance waits for a decision. Controls A.5.4 and A.6.2.4 stay planned, so a newcomer sees current risk wait
/// for them.
/// </summary>
internal static class DemoRisks
{
    public static void Seed(AimsDbContext db, Organization org, (AimsUser Admin, AimsUser Lead, AimsUser Engineer) people, AiSystem[] systems,
        DateOnly today)
    {
        var (admin, lead, engineer) = people;
        var (credit, claims, assistant, fraud, cv) = (systems[0], systems[1], systems[2], systems[3], systems[4]);
        var criteria = RiskCriteriaRules.Default;
        DemoRecords.Add(db, new RiskCriteriaVersion
        {
            OrganizationId = org.Id, Number = 1, Status = RiskCriteriaStatus.InForce, Content = RiskCriteriaRules.Serialize(criteria),
            Note = "OpenAIMS's default criteria, adopted unchanged for the first risk assessment cycle.", ApprovedAt = db.Now(),
            ApprovedBy = lead.Email,
        });
        Control(db, org, "A.6.2.6", ControlStatus.Implemented, lead, null, "Drift and fairness are computed monthly from the prediction logs of every system in operation.");
        Control(db, org, "A.7.4", ControlStatus.Implemented, engineer, null, "Each training dataset has quality requirements and a quality report before it is used.");
        Control(db, org, "A.5.4", ControlStatus.Planned, lead, today.AddDays(45), "Impact assessments on individuals and groups, starting with the CV-screening pilot.");
        Control(db, org, "A.6.2.4", ControlStatus.Planned, engineer, today.AddDays(60), "Validation against subgroups with acceptance criteria agreed before testing.");

        var creditRisk = Risk(db, org, engineer, credit, "Credit limits systematically lower for younger applicants", "C.3.4", ["C.2.5"],
            "Applicants under 25 receive lower limits than their repayment history supports.", TreatmentOption.Modify, ["A.6.2.6", "A.7.4"]);
        Rate(db, org, creditRisk, criteria, AssessmentKind.Inherent, 4, 4, "The 2025 fairness report showed a 12-point gap in approved limits by age band.");
        Rate(db, org, creditRisk, criteria, AssessmentKind.Residual, 2, 3, "With monthly fairness monitoring and a rebalanced training set the gap is under 3 points.");
        Accept(db, org, creditRisk, engineer, lead, today.AddDays(180), "2x3@1", "Within the tolerance the credit committee set for 2027.");

        var fraudRisk = Risk(db, org, lead, fraud, "New fraud patterns pass undetected as the model drifts", "C.3.6", ["C.2.8", "C.2.10"],
            "Fraud losses rise before the drift is noticed.", TreatmentOption.Modify, ["A.6.2.6"]);
        Rate(db, org, fraudRisk, criteria, AssessmentKind.Inherent, 3, 4, "Two drift episodes in 2025, each found after losses.");
        // Accepted at 2 × 3; a later drift review raised the residual impact, so the acceptance no longer covers it.
        Accept(db, org, fraudRisk, lead, admin, today.AddDays(200), "2x3@1", "Monitoring catches drift within a week; losses in that week are tolerable.");
        Rate(db, org, fraudRisk, criteria, AssessmentKind.Residual, 2, 4, "Card-testing attacks in Q3 showed a week of drift costs more than estimated.");

        var cvRisk = Risk(db, org, admin, cv, "Qualified applicants ranked down by age or gender", "C.3.4", ["C.2.5", "C.2.11"],
            "Candidates lose a fair chance at a job; the company breaches equal-treatment law and the EU AI Act.", TreatmentOption.Modify, ["A.5.4", "A.6.2.4"]);
        Rate(db, org, cvRisk, criteria, AssessmentKind.Inherent, 4, 5, "Historical hiring data under-represents older and female applicants in technical roles.");
        Rate(db, org, cvRisk, criteria, AssessmentKind.Residual, 2, 4, "Planned: an impact assessment and subgroup validation before the pilot goes live.");

        var claimsRisk = Risk(db, org, lead, claims, "Complex claims fast-tracked without the review they need", "C.3.3", ["C.2.1", "C.2.9"],
            "Customers with serious claims wait for a second review; complaints and regulatory findings.", TreatmentOption.Modify, ["A.6.2.6"]);
        Rate(db, org, claimsRisk, criteria, AssessmentKind.Inherent, 3, 3, "Sample review found 4 of 200 fast-tracked claims needed manual handling.");

        var assistantRisk = Risk(db, org, engineer, assistant, "Drafted replies disclose another customer's data", "C.3.2", ["C.2.7"],
            "A personal-data breach to notify; loss of customer trust.", null, []);
        Rate(db, org, assistantRisk, criteria, AssessmentKind.Inherent, 2, 4, "Retrieval is scoped per customer; red-team tests found one leak path, since closed.");

        var skillsRisk = Risk(db, org, lead, null, "AIMS roles held by people without the training they need", "C.3.7", ["C.2.2"],
            "Risk and impact assessments of poor quality; audit findings.", TreatmentOption.Retain, []);
        Rate(db, org, skillsRisk, criteria, AssessmentKind.Inherent, 3, 2, "Two of five role holders have not finished the AIMS training yet.");
        DemoRecords.Add(db, new RiskAcceptance
        {
            OrganizationId = org.Id, RiskId = skillsRisk.Id, RequestedById = engineer.Id, ExpiresOn = today.AddDays(120),
            Justification = "Training is booked for the first quarter; until then the governance lead reviews every assessment.",
            Decision = AcceptanceDecision.Requested,
        });
        Campaign(db, org, systems, today);
    }

    /// <summary>The 2026 cycle, running, over every demo system.</summary>
    public static void Campaign(AimsDbContext db, Organization org, AiSystem[] systems, DateOnly today)
    {
        var (starts, ends) = (today.AddDays(-30), today.AddDays(60));
        var campaign = DemoRecords.Add(db, new Risks.Campaigns.AssessmentCampaign
        {
            OrganizationId = org.Id, Name = "Annual AI risk assessment 2026", StartsOn = starts, EndsOn = ends,
            StartsAt = OrganizationCalendar.Utc.StartOfDay(starts), EndsAt = OrganizationCalendar.Utc.EndOfDay(ends),
            Description = "Every system in the AIMS scope, rated by its owner with the governance lead; results to the management review.",
        });
        foreach (var system in systems)
        {
            DemoRecords.Link(db, org, Risks.Campaigns.AssessmentCampaignRegister.Name, campaign.Id, "ai-systems", system.Id);
        }
    }

    private static void Control(AimsDbContext db, Organization org, string id, ControlStatus status, AimsUser owner, DateOnly? plannedOn, string how) =>
        DemoRecords.Add(db, new OrganizationControl
        {
            OrganizationId = org.Id, ControlId = id, Status = status, OwnerId = owner.Id, PlannedOn = plannedOn, Implementation = how,
        });

    private static Risk Risk(AimsDbContext db, Organization org, AimsUser owner, AiSystem? system, string title, string source, string[] objectives,
        string consequences, TreatmentOption? treatment, string[] controls)
    {
        var risk = DemoRecords.Add(db, new Risk
        {
            OrganizationId = org.Id, Title = title, AiSystemId = system?.Id, Source = source, Objectives = AiSystems.Profile.ProfileLists.Store(objectives),
            ConsequencesIndividuals = consequences, OwnerId = owner.Id, Treatment = treatment,
        });
        foreach (var control in controls)
        {
            DemoRecords.Link(db, org, RiskRegister.Name, risk.Id, ControlService.Register, control);
        }

        return risk;
    }

    private static void Rate(AimsDbContext db, Organization org, Risk risk, RiskCriteriaContent criteria, AssessmentKind kind, int likelihood, int impact,
        string rationale)
    {
        var level = criteria.LevelOf(likelihood, impact);
        var band = criteria.BandOf(level);
        DemoRecords.Add(db, new RiskAssessment
        {
            OrganizationId = org.Id, RiskId = risk.Id, Kind = kind, Likelihood = likelihood, Impact = impact, Level = level, Band = band.Key,
            CriteriaNumber = 1, Rationale = rationale,
        });
        if (kind == AssessmentKind.Inherent)
        {
            (risk.InherentLikelihood, risk.InherentImpact, risk.InherentLevel, risk.InherentBand, risk.InherentCriteria) = (likelihood, impact, level, band.Key, 1);
        }
        else
        {
            (risk.ResidualLikelihood, risk.ResidualImpact, risk.ResidualLevel, risk.ResidualBand, risk.ResidualCriteria) = (likelihood, impact, level, band.Key, 1);
        }

        risk.AssessedAt = db.Now();
        risk.ReviewDueOn = DateOnly.FromDateTime(db.Now().UtcDateTime).AddDays(band.ReviewDays);
    }

    private static void Accept(AimsDbContext db, Organization org, Risk risk, AimsUser requester, AimsUser decider, DateOnly expires, string stamp,
        string justification) =>
        DemoRecords.Add(db, new RiskAcceptance
        {
            OrganizationId = org.Id, RiskId = risk.Id, RequestedById = requester.Id, Justification = justification, ExpiresOn = expires,
            Decision = AcceptanceDecision.Approved, DecidedById = decider.Id, DecidedBy = decider.Email, DecidedAt = db.Now(),
            Band = "medium", CriteriaNumber = 1, RatingStamp = stamp,
        });
}
