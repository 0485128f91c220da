using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Context;
using Aims.Core.Data;
using Aims.Core.Leadership;
using Aims.Core.Organizations;
using Aims.Core.Registers.Editing;
using Aims.Core.Scope;
using Aims.Core.Support;
using static Aims.Core.Bootstrap.DemoRecords;

namespace Aims.Core.Bootstrap;

/// <summary>
/// The demo organization's people, roles, RACI, competence, resources, planned changes, leadership records and scope
/// working copy (published afterwards by <see cref="DemoDocuments"/>): enough for every page and readiness rule of clauses 4.3, 5, 6.3 and 7 to show something real, with a
/// few gaps left to find (an expired training record, a role nobody active holds, a change past its date).
/// </summary>
internal static class DemoLeadership
{
    public static void Seed(AimsDbContext db, Organization org, AimsUser admin, AimsUser lead, AimsUser engineer, AimsUser chief,
        IReadOnlyList<AiSystem> systems, DateOnly today)
    {
        Person P(string name, string title, AimsUser? user) => Add(db, new Person
        {
            OrganizationId = org.Id, Name = name, JobTitle = title, UserId = user?.Id, Email = user?.Email,
        });
        var ceo = P(chief.DisplayName, "Chief executive officer", chief);
        var grace = P(lead.DisplayName, "Head of AI governance", lead);
        var mateo = P(engineer.DisplayName, "Senior ML engineer", engineer);
        var administrator = P(admin.DisplayName, "Platform administrator", admin);
        var auditor = P("Priya Raman", "Contract internal auditor", null);

        AimsRole R(string name, string duties, string authority, bool top, string competences, params Person[] holders)
        {
            var role = Add(db, new AimsRole
            {
                OrganizationId = org.Id, Name = name, Responsibilities = duties, Authorities = authority, TopManagement = top,
                RequiredCompetences = competences,
            });
            foreach (var holder in holders)
            {
                Link(db, org, LeadershipRegisters.RolesName, role.Id, SupportRegisters.PeopleName, holder.Id);
            }

            return role;
        }

        var top = R("Top management", "Sets the AI policy and objectives, provides resources, reviews the AIMS.", "Approves high and critical residual risks.",
            true, "", ceo);
        var owner = R("AIMS owner", "Runs the AI management system and reports on its performance.", "Approves AIMS documents and low and medium risks.",
            false, "ISO/IEC 42001 foundations\nEU AI Act awareness", grace);
        var systemOwner = R("AI system owner", "Answers for one AI system through its lifecycle.", "Stops a deployment that fails its gate.",
            false, "EU AI Act awareness\nModel risk management", mateo, grace);
        var internalAuditor = R("Internal auditor", "Plans and performs internal audits of the AIMS.", "Reports findings directly to top management.",
            false, "ISO/IEC 42001 auditing", auditor);

        void Raci(string activity, string reference, AimsRole accountable, AimsRole[] responsible, AimsRole[] consulted, AimsRole[] informed)
        {
            var entry = Add(db, new RaciEntry { OrganizationId = org.Id, Activity = activity, Reference = reference, AccountableRoleId = accountable.Id });
            foreach (var (relation, roles) in new[] { ("responsible", responsible), ("consulted", consulted), ("informed", informed) })
            {
                foreach (var role in roles)
                {
                    Link(db, org, LeadershipRegisters.RaciName, entry.Id, relation, role.Id);
                }
            }
        }

        Raci("Maintain the AI policy", "5.2", top, [owner], [systemOwner], [internalAuditor]);
        Raci("Run AI risk assessments", "6.1.2", owner, [systemOwner], [internalAuditor], [top]);
        Raci("Approve residual risk", "8.3", top, [owner], [systemOwner], []);
        Raci("Perform internal audits", "9.2", top, [internalAuditor], [owner], [systemOwner]);
        Raci("Prepare the management review", "9.3", owner, [owner], [systemOwner, internalAuditor], [top]);

        void Competence(Person person, string name, CompetenceKind kind, int achievedDaysAgo, int? validDays) => Add(db, new CompetenceRecord
        {
            OrganizationId = org.Id, PersonId = person.Id, Competence = name, Kind = kind, AchievedOn = today.AddDays(-achievedDaysAgo),
            ValidUntil = validDays is { } days ? today.AddDays(days) : null,
        });
        Competence(grace, "ISO/IEC 42001 foundations", CompetenceKind.Qualification, 300, 800);
        Competence(grace, "EU AI Act awareness", CompetenceKind.Training, 90, 275);
        Competence(grace, "Model risk management", CompetenceKind.Experience, 2000, null);
        Competence(mateo, "EU AI Act awareness", CompetenceKind.Training, 400, -35); // expired: a gap to renew
        Competence(mateo, "Model risk management", CompetenceKind.Training, 200, 530);
        Competence(auditor, "ISO/IEC 42001 auditing", CompetenceKind.Qualification, 150, 945);
        foreach (var (person, daysAgo) in new[] { (ceo, 60), (grace, 90), (auditor, 150) }) // Mateo and the administrator are not trained yet
        {
            Add(db, new CompetenceRecord
            {
                OrganizationId = org.Id, PersonId = person.Id, Competence = "AIMS awareness", Kind = CompetenceKind.Training, Awareness = true,
                AchievedOn = today.AddDays(-daysAgo), ValidUntil = today.AddDays(365 - daysAgo),
                Notes = "The AI policy, how each role contributes to the AIMS, and what not following it means.",
            });
        }

        DemoCommunication.Seed(db, org, admin, lead, engineer, today);

        void Resource(string name, ResourceKind kind, AimsUser ownedBy, string description, params AiSystem[] used)
        {
            var resource = Add(db, new AimsResource { OrganizationId = org.Id, Name = name, Kind = kind, OwnerId = ownedBy.Id, Description = description });
            foreach (var system in used)
            {
                Link(db, org, SupportRegisters.ResourcesName, resource.Id, "ai-systems", system.Id);
            }
        }

        Resource("Credit bureau and application data 2019–2026", ResourceKind.Data, engineer, "Training and validation data of the credit model.", systems[0]);
        Resource("Claims history 2018–2026", ResourceKind.Data, lead, "Labelled claims for the triage classifier.", systems[1]);
        Resource("Model training cluster (8 GPUs)", ResourceKind.Computing, engineer, "Shared training and batch-scoring cluster.", systems[0], systems[1], systems[3]);
        Resource("Hosted LLM API", ResourceKind.System, engineer, "Third-party model behind the support assistant.", systems[2]);
        Resource("Model-risk team (3 people)", ResourceKind.Human, lead, "Validation, monitoring and fairness reviews.", systems[0], systems[1], systems[3]);
        Resource("Experiment tracking and model registry", ResourceKind.Tooling, engineer, "Versions models and datasets; records approvals.", systems[0], systems[1]);

        Add(db, new PlannedChange
        {
            OrganizationId = org.Id, Title = "Add a second hosting region for production models", Purpose = "Remove the single-region dependency found in the context review.",
            Consequences = "Migration window for credit decisions; both regions must be monitored.", ResponsibleId = engineer.Id,
            PlannedDate = today.AddDays(-7), Status = ChangeStatus.InProgress, AffectsScope = true,
        });
        Add(db, new PlannedChange
        {
            OrganizationId = org.Id, Title = "Bring the CV screening pilot into the AIMS", Purpose = "The pilot becomes a product; it is a high-risk use.",
            Consequences = "Scope, risk assessment and impact assessment must cover it before go-live.", ResponsibleId = admin.Id,
            PlannedDate = today.AddDays(45), Status = ChangeStatus.Planned, AffectsScope = true, AffectsPolicy = false,
        });

        Add(db, new LeadershipRecord
        {
            OrganizationId = org.Id, Title = "Board approves the AIMS programme and its budget", Kind = LeadershipRecordKind.ResourceApproval,
            Date = today.AddDays(-60), ByPersonId = ceo.Id, Description = "Budget for two governance roles and tooling for 2027; quarterly reporting to the board.",
        });
        Add(db, new LeadershipRecord
        {
            OrganizationId = org.Id, Title = "CEO message to all staff on responsible AI", Kind = LeadershipRecordKind.Communication,
            Date = today.AddDays(-21), ByPersonId = ceo.Id, Description = "Why the AIMS matters, who to ask, how to raise a concern.",
        });

        void Role(AiStakeholderRole role, OperatorRole? operatorRole, AiSystem? system, string why) => Add(db, new AiRoleAssignment
        {
            OrganizationId = org.Id, Role = role, OperatorRole = operatorRole, AiSystemId = system?.Id, Rationale = why,
        });
        Role(AiStakeholderRole.AiProvider, OperatorRole.Provider, systems[0], "Developed in house and put into service under our own name.");
        Role(AiStakeholderRole.AiProvider, OperatorRole.Provider, systems[1], "Developed in house and used by our own claims teams.");
        Role(AiStakeholderRole.AiProvider, OperatorRole.Provider, systems[3], "Developed in house for our own card business.");
        Role(AiStakeholderRole.AiCustomer, OperatorRole.Deployer, systems[2], "Built on a hosted third-party language model that we use under our authority.");
        Role(AiStakeholderRole.AiCustomer, OperatorRole.Deployer, systems[4], "A vendor's screening product configured for our recruiters.");
        Role(AiStakeholderRole.AiProducer, null, null, "Our data science team designs and trains the in-house models.");

        var scope = Add(db, new AimsScope
        {
            OrganizationId = org.Id,
            Summary = "The design, development, deployment and operation of AI systems used in consumer lending and insurance claims handling by Demo Health & Finance Ltd.",
            Units = "Consumer lending\nClaims operations\nCustomer service\nData science",
            Locations = "Dublin head office\nEU-West cloud region",
            Activities = "Developing AI systems in house\nDeploying and operating third-party AI services",
            LifecycleStages = "designAndDevelopment,verificationAndValidation,deployment,operationAndMonitoring,reEvaluation",
            Exclusions = JsonSerializer.Serialize(new[]
            {
                new ScopeExclusion("CV screening pilot", "A time-boxed pilot with no decisions made on its output; it joins the scope before going live (planned change)."),
            }, ScopeContents.Json),
            Interfaces = "Group IT runs identity, networks and the cloud landing zone under its ISO/IEC 27001 certificate; the hosted LLM provider operates the model behind the support assistant.",
        });
        foreach (var system in systems.Take(4))
        {
            Link(db, org, ScopeContents.LinkRegister, scope.Id, "ai-systems", system.Id);
        }
    }
}
