using Aims.Core.Context;
using Aims.Core.Objectives;
using Aims.Core.Parties;
using Aims.Web.Components.Establishment;
using Aims.Web.Registers;
using Microsoft.Extensions.Options;

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

    public static RegisterPageText Parties { get; } = new("Interested parties", "4.2",
        "Who has a stake in your AI systems — regulators, customers, the people your systems decide about, staff, suppliers — " +
        "and what each requires. Every requirement says where it comes from and whether the AIMS addresses it; one the AIMS " +
        "addresses links to the documents, controls or objectives that do.",
        "Which parties are relevant, what are their requirements, and which of them does the AIMS address — and where? " +
        "A binding requirement (law, contract) with nothing behind it is a finding.",
        "name", typeof(PartyRequirementsSection));

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

    public static void AddEstablishmentPages(this IServiceCollection services)
    {
        Add<ContextIssueService, ContextIssue, ContextIssueView, ContextIssueInput>(services, Context);
        Add<InterestedPartyService, InterestedParty, InterestedPartyView, InterestedPartyInput>(services, Parties);
        Add<PartyRequirementService, PartyRequirement, PartyRequirementView, PartyRequirementInput>(services, Requirements);
        Add<ObjectiveService, AiObjective, AiObjectiveView, AiObjectiveInput>(services, Objectives);
    }

    private static void Add<TEditor, T, TView, TInput>(IServiceCollection services, RegisterPageText page)
        where TEditor : Core.Registers.Editing.RegisterEditor<T, TView, TInput>
        where T : Core.Registers.RegisterRecord, new()
        where TView : Core.Registers.IRegisterView
        where TInput : class =>
        services.AddSingleton<IEditedRegister>(sp => new EditedRegister<T, TView, TInput>(sp.GetRequiredService<TEditor>(), page,
            sp.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()));
}
