using Aims.Core.Context;
using Aims.Core.Leadership;
using Aims.Core.Support;
using Aims.Core.Objectives;
using Aims.Core.Parties;
using Aims.Web.Components.Establishment;
using Aims.Web.Registers;

namespace Aims.Web.Establishment;

/// <summary>The pages of the registers that establish the AIMS: what each is for and what an auditor asks of it.</summary>
public static class EstablishmentPages
{
    public static RegisterPageText Context { get; } = new("Context of the organization", "4.1",
        "The internal and external issues that bear on what your AI management system must achieve: laws coming into force, " +
        "what customers expect, the skills you have, the technology you depend on. Each issue says whether it is a risk, an " +
        "opportunity or neutral for the AIMS, who watches it and when it is next reviewed.",
        "Which issues did you determine, how do they affect the intended results of the AIMS, and how do you keep them current? " +
        "Expect to show issues of both kinds, their review dates and where each one led (an objective, a risk, a decision).",
        "title");

    public static RegisterPageText AiRoles { get; } = new("AI roles of the organization", "4.1",
        "The roles the organization holds towards AI, as ISO/IEC 22989 names them (AI provider, producer, customer, partner, subject, " +
        "relevant authority), for the organization as a whole or per AI system, with the EU AI Act operator role beside each.",
        "Which roles does the organization have with respect to its AI systems? The answer decides which obligations apply, " +
        "and an auditor checks the roles match the contracts and the systems.",
        "role");

    public static RegisterPageText Parties { get; } = new("Interested parties", "4.2",
        "Who has a stake in your AI systems — regulators, customers, the people your systems decide about, staff, suppliers — " +
        "and what each requires. Every requirement says where it comes from and whether the AIMS addresses it; one the AIMS " +
        "addresses links to the documents, controls or objectives that do.",
        "Which parties are relevant, what are their requirements, and which of them does the AIMS address — and where? " +
        "A binding requirement (law, contract) with nothing behind it is a finding.",
        "name", Child: new RegisterChild(PartyRegisters.RequirementsName, "partyId", "party", "Requirements",
            "No requirement recorded yet. What does this party need or expect of your AI systems — by law, by contract, or because you committed to it?",
            new Dictionary<string, bool> { ["addressedThroughAims"] = true }));

    public static RegisterPageText Requirements { get; } = new("Requirements of interested parties", "4.2",
        "Every requirement of every interested party in one list, with where it comes from and how it is covered. Filter on " +
        "Coverage = Gap to see what the AIMS must still address.",
        "Show the requirements that are legal or contractual, and for each one the evidence that it is met.",
        "title");

    public static RegisterPageText Objectives { get; } = new("AI objectives", "6.2",
        "What the organization wants to achieve with its management of AI, consistent with the AI policy: each objective has a KPI, " +
        "a target, a due date and an owner, and its measurements over time. Progress (on track, off track, achieved) is computed " +
        "from the measurements, never typed.",
        "Are the objectives measurable, consistent with the AI policy, monitored and communicated? Expect to show the latest " +
        "measurements, who took them and what happens when an objective is off track.",
        "title", typeof(ObjectiveMeasurementsSection));

    public static RegisterPageText Roles { get; } = new("AIMS roles", "5.3",
        "The roles of the management system — AIMS owner, AI risk owner, AI system owner, internal auditor, data steward — each with " +
        "its responsibilities and authorities, the competences it requires and the people who hold it.",
        "Who is responsible for the AIMS conforming to the standard, and for reporting on its performance to top management? " +
        "Are the roles assigned, communicated and understood?",
        "name");

    public static RegisterPageText Raci { get; } = new("RACI of AIMS activities", "5.3",
        "For each activity of the management system — maintaining the AI policy, running risk assessments, approving residual risk, " +
        "internal audits, management reviews — which role is responsible, which one is accountable, who is consulted and who is informed.",
        "Show who does what, and that each activity has exactly one accountable role held by someone in post.",
        "activity");

    public static RegisterPageText LeadershipRecords { get; } = new("Leadership records", "5.1",
        "What top management did for the AIMS: decisions, resource approvals, communications to staff, reviews. These records are the " +
        "evidence of leadership and commitment.",
        "How does top management show leadership of the AIMS? Expect to show dated decisions and communications, not only a signed policy.",
        "title");

    public static RegisterPageText People { get; } = new("People and competence", "7.2",
        "Everyone who does work under the AIMS, with or without an account: their roles, and their training, qualifications and " +
        "experience. A competence a role requires that no current record shows is a gap. Awareness (7.3) is computed: " +
        "current awareness training and, for people with an account, an acknowledgement of the AI policy in force.",
        "How do you determine the competence each role needs, and what shows the people in those roles have it? Are they aware of the " +
        "AI policy and their part in the AIMS? Expect to sample records with evidence and expiry.",
        "name", Child: new RegisterChild(SupportRegisters.CompetencesName, "personId", "person", "Competence records",
            "No competence recorded yet: add training, qualifications or experience, each with its evidence."));

    public static RegisterPageText Competences { get; } = new("Competence records", "7.2",
        "Training, qualifications and experience of the people in the AIMS, each with its evidence and, where it has one, an expiry date.",
        "Show the evidence of competence for the people an audit samples, and how expired training is renewed.",
        "competence");

    public static RegisterPageText Changes { get; } = new("Planned changes", "6.3",
        "Changes to the AI management system carried out in a planned manner: purpose, possible consequences, resources, who is " +
        "responsible, when, and the records it affects (scope, policy, AI systems).",
        "When the AIMS needs to change, how was the change planned? Expect to show a change with its purpose and consequences considered beforehand.",
        "title");

    public static RegisterPageText Resources { get; } = new("Resources", "7.1",
        "The resources the AIMS and its AI systems need: data, tooling, systems, computing and people, per AI system where relevant, each with an owner.",
        "Were the resources needed for the AIMS determined and provided? For each AI system, which data, tools, computing and people does it rely on (A.4)?",
        "name");

    public static RegisterPageText CommunicationPlan { get; } = new("Communication plan", "7.4",
        "What the AIMS communicates, inside and outside the organization: what, when, with whom, how and by whom. Each line is " +
        "due again from the last communication recorded against it, so the plan shows what is overdue.",
        "What do you communicate about the AIMS, to whom and how often — and show me that it happened. Expect to sample a line " +
        "of the plan and its records, including external communication (customers, regulators, affected persons).",
        "topic", Child: new RegisterChild(CommunicationRegisters.RecordsName, "planItemId", "planItem", "Communications made",
            "Nothing recorded yet: record each communication made for this line, with its evidence."));

    public static RegisterPageText Communications { get; } = new("Communications made", "7.4",
        "The record of communications made — the AI policy sent to staff, a transparency notice published, a briefing to a " +
        "customer — each with its date, audience, channel and evidence.",
        "Show the evidence that planned communications were made: the e-mail, the slides, the published page.",
        "subject");

    public static void AddEstablishmentPages(this IServiceCollection services)
    {
        services.AddEditedRegister<ContextIssueService, ContextIssue, ContextIssueView, ContextIssueInput>(Context);
        services.AddEditedRegister<AiRoleService, AiRoleAssignment, AiRoleAssignmentView, AiRoleAssignmentInput>(AiRoles);
        services.AddEditedRegister<InterestedPartyService, InterestedParty, InterestedPartyView, InterestedPartyInput>(Parties);
        services.AddEditedRegister<PartyRequirementService, PartyRequirement, PartyRequirementView, PartyRequirementInput>(Requirements);
        services.AddEditedRegister<ObjectiveService, AiObjective, AiObjectiveView, AiObjectiveInput>(Objectives);
        services.AddEditedRegister<AimsRoleService, AimsRole, AimsRoleView, AimsRoleInput>(Roles);
        services.AddEditedRegister<RaciService, RaciEntry, RaciEntryView, RaciEntryInput>(Raci);
        services.AddEditedRegister<LeadershipRecordService, LeadershipRecord, LeadershipRecordView, LeadershipRecordInput>(LeadershipRecords);
        services.AddEditedRegister<PersonService, Person, PersonView, PersonInput>(People);
        services.AddEditedRegister<CompetenceService, CompetenceRecord, CompetenceRecordView, CompetenceRecordInput>(Competences);
        services.AddEditedRegister<PlannedChangeService, PlannedChange, PlannedChangeView, PlannedChangeInput>(Changes);
        services.AddEditedRegister<AimsResourceService, AimsResource, AimsResourceView, AimsResourceInput>(Resources);
        services.AddEditedRegister<CommunicationPlanService, CommunicationPlanItem, CommunicationPlanItemView, CommunicationPlanItemInput>(CommunicationPlan);
        services.AddEditedRegister<CommunicationRecordService, CommunicationRecord, CommunicationRecordView, CommunicationRecordInput>(Communications);
    }
}
