using Aims.Core.Access;
using Aims.Core.Context;
using Aims.Core.Data;
using Aims.Core.Objectives;
using Aims.Core.Organizations;
using Aims.Core.Parties;
using Aims.Core.Registers.Editing;
using static Aims.Core.Bootstrap.DemoRecords;

namespace Aims.Core.Bootstrap;

/// <summary>
/// The demo organization's context, interested parties, requirements and objectives: a coherent example of a lender and
/// insurer establishing its AIMS, so every register and readiness rule of clauses 4.1, 4.2 and 6.2 has something real
/// to show. Dates are relative to the day the demo is created. One requirement is deliberately left as a gap.
/// </summary>
internal static class DemoEstablishment
{
    public static void Seed(AimsDbContext db, Organization org, AimsUser admin, AimsUser lead, AimsUser engineer, DateOnly today)
    {
        var fairness = Objective(org, lead, "Fair credit-limit decisions across age groups",
            "Demographic parity ratio of approvals, age bands", "ratio", 0.8m, TargetDirection.AtLeast, today.AddDays(120),
            "Monthly fairness evidence from the credit model's prediction log (aims evidence fairness).",
            [(today.AddDays(-75), 0.71m), (today.AddDays(-45), 0.74m), (today.AddDays(-14), 0.77m)]);
        var concerns = Objective(org, admin, "Answer AI concerns promptly",
            "Median working days to first answer", "days", 5m, TargetDirection.AtMost, today.AddDays(90),
            "Service desk export of AI-tagged tickets, reviewed at each management review.",
            [(today.AddDays(-60), 9m), (today.AddDays(-20), 7m)]);
        var literacy = Objective(org, lead, "AI literacy for everyone who builds or oversees AI",
            "Share of staff in AI roles with current training", "%", 95m, TargetDirection.AtLeast, today.AddDays(180),
            "Training records per role, checked quarterly against the competence requirements.", []);
        db.AddRange(fairness, concerns, literacy);

        var issues = new[]
        {
            Issue(org, lead, "EU AI Act obligations for creditworthiness and recruitment systems", ContextOrigin.External,
                ContextCategory.LegalAndRegulatory, ContextEffect.Risk, today.AddDays(60),
                "Credit scoring and CV screening are high-risk uses; deployer and provider duties apply on the Act's dates."),
            Issue(org, lead, "Customers expect explanations of automated decisions", ContextOrigin.External,
                ContextCategory.MarketAndCustomer, ContextEffect.Opportunity, today.AddDays(120),
                "Complaints mention unexplained limit decisions; clear explanations could become a selling point."),
            Issue(org, engineer, "Dependence on one cloud provider for model hosting", ContextOrigin.External,
                ContextCategory.Technological, ContextEffect.Risk, today.AddDays(-5),
                "All production models run in one region of one provider; an outage stops credit decisions."),
            Issue(org, admin, "Few people with model-validation skills", ContextOrigin.Internal,
                ContextCategory.Organizational, ContextEffect.Risk, today.AddDays(90),
                "Two validators cover every model; holidays delay releases and reviews."),
            Issue(org, admin, "Board commitment to responsible AI in the three-year strategy", ContextOrigin.Internal,
                ContextCategory.Organizational, ContextEffect.Opportunity, today.AddDays(200),
                "The strategy names responsible AI as a priority and funds the AIMS programme."),
        };
        db.AddRange(issues);
        Link(db, org, ContextRegister.Name, issues[0].Id, "objectives", fairness.Id.ToString("D"));
        Link(db, org, ContextRegister.Name, issues[1].Id, "objectives", concerns.Id.ToString("D"));
        Link(db, org, ContextRegister.Name, issues[3].Id, "objectives", literacy.Id.ToString("D"));

        var regulator = Party(org, lead, "Financial conduct regulator", PartyKind.Regulator, PartyRelevance.High,
            "Supervises consumer credit and insurance; expects fair treatment and explainable decisions.");
        var applicants = Party(org, lead, "Credit and job applicants", PartyKind.AffectedPersons, PartyRelevance.High,
            "The people our systems decide about: fair, explained decisions and a way to contest them.");
        var bank = Party(org, admin, "Partner bank (white-label cards)", PartyKind.Customer, PartyRelevance.Medium,
            "Distributes our credit product and audits our model governance once a year.");
        var staff = Party(org, admin, "Employees who build and oversee AI", PartyKind.Employees, PartyRelevance.Medium,
            "Need training, clear roles and a safe way to raise concerns.");
        db.AddRange(regulator, applicants, bank, staff);

        Requirement(db, org, regulator, "Human oversight of high-risk credit decisions", RequirementSource.Law, "EU AI Act Art. 26(2)",
            "Underwriters review every limit above EUR 5,000; oversight duties are in the oversight procedure.", [("controls", "A.9.3")]);
        Requirement(db, org, applicants, "An explanation of each automated decision on request", RequirementSource.Law, "EU AI Act Art. 86",
            "Explanations are produced from the model's reason codes and sent within 30 days.",
            [("controls", "A.8.2"), ("objectives", concerns.Id.ToString("D"))]);
        Requirement(db, org, applicants, "No unjustified difference in outcomes between age groups", RequirementSource.VoluntaryCommitment,
            "Responsible AI statement, section 2", "Monitored through the fairness objective.", [("objectives", fairness.Id.ToString("D"))]);
        Requirement(db, org, bank, "Annual evidence of model governance", RequirementSource.Contract, "Programme agreement §12.4",
            null, []);
        Requirement(db, org, staff, "Training before working on an AI system", RequirementSource.VoluntaryCommitment, "People policy",
            "Competence requirements per role; tracked by the AI literacy objective.",
            [("controls", "A.4.6"), ("objectives", literacy.Id.ToString("D"))]);
    }

    private static AiObjective Objective(Organization org, AimsUser owner, string title, string kpi, string unit, decimal target,
        TargetDirection direction, DateOnly due, string evaluation, (DateOnly On, decimal Value)[] measured)
    {
        var objective = new AiObjective
        {
            OrganizationId = org.Id, Title = title, Kpi = kpi, Unit = unit, TargetValue = target, Direction = direction, DueDate = due,
            OwnerId = owner.Id, Evaluation = evaluation, MeasurementCount = measured.Length,
            Resources = "Owner's time, the model-risk team, the evidence engine.",
        };
        objective.Measurements.AddRange(measured.Select(m => new ObjectiveMeasurement
        {
            OrganizationId = org.Id, ObjectiveId = objective.Id, Value = m.Value, MeasuredOn = m.On, Source = "Monthly AIMS report",
        }));
        return objective;
    }

    private static ContextIssue Issue(Organization org, AimsUser owner, string title, ContextOrigin origin, ContextCategory category,
        ContextEffect effect, DateOnly review, string description) => new()
    {
        OrganizationId = org.Id, Title = title, Origin = origin, Category = category, Effect = effect, ReviewDate = review,
        Description = description, OwnerId = owner.Id,
    };

    private static InterestedParty Party(Organization org, AimsUser owner, string name, PartyKind kind, PartyRelevance relevance,
        string description) => new()
    {
        OrganizationId = org.Id, Name = name, Kind = kind, Relevance = relevance, Description = description, OwnerId = owner.Id,
    };

    private static void Requirement(AimsDbContext db, Organization org, InterestedParty party, string title, RequirementSource source,
        string reference, string? how, (string Register, string Id)[] links)
    {
        var requirement = new PartyRequirement
        {
            OrganizationId = org.Id, PartyId = party.Id, Title = title, Source = source, SourceReference = reference,
            AddressedThroughAims = true, How = how, LinkCount = links.Length,
        };
        db.Add(requirement);
        foreach (var (register, id) in links)
        {
            Link(db, org, PartyRegisters.RequirementsName, requirement.Id, register, id);
        }
    }
}
