using Aims.Core.Access;
using Aims.Core.Context;
using Aims.Core.Data;
using Aims.Core.Documents;
using Aims.Core.Leadership;
using Aims.Core.Objectives;
using Aims.Core.Parties;
using Aims.Core.Registers.Editing;
using Aims.Core.Support;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Readiness;

/// <summary>Where one step of establishing the AIMS stands.</summary>
public enum StartStepState
{
    Done,
    Next,
    Later,
}

/// <param name="Page">The organization's page where the step is done (relative to <c>/o/{slug}/</c>).</param>
/// <param name="Clause">The clause it serves.</param>
/// <param name="Why">What it gives the management system, in a sentence.</param>
/// <param name="Status">What the records show now ("2 internal and 3 external issues").</param>
public sealed record StartStep(string Key, string Title, string Clause, string Page, string Why, StartStepState State, string Status);

/// <summary>
/// The first-run guide: the steps of establishing the AIMS in the order the certification path takes them (context,
/// parties, AI systems, scope, policy, roles, objectives, competence, resources, leadership), each judged done from the
/// records — never ticked by hand — and the first one not done marked as next.
/// </summary>
public sealed class StartGuide(IDbContextFactory<AimsDbContext> dbFactory)
{
    public async Task<IReadOnlyList<StartStep>> StepsAsync(Caller caller, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(Permissions.ManagementRead);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        return await EvaluateAsync(db, caller.OrganizationId, ct);
    }

    /// <summary>The steps as the records of <paramref name="org"/> show them (<paramref name="db"/> is scoped to it); readiness
    /// for 4.4 reads them too.</summary>
    internal static async Task<IReadOnlyList<StartStep>> EvaluateAsync(AimsDbContext db, Guid org, CancellationToken ct)
    {
        var issues = await db.Set<ContextIssue>().Where(c => c.ArchivedAt == null).GroupBy(c => c.Origin).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var (internalIssues, externalIssues) = (issues.FirstOrDefault(i => i.Key == ContextOrigin.Internal)?.Count ?? 0,
            issues.FirstOrDefault(i => i.Key == ContextOrigin.External)?.Count ?? 0);
        var aiRoles = await db.Set<AiRoleAssignment>().CountAsync(r => r.ArchivedAt == null, ct);
        var parties = await db.Set<InterestedParty>().CountAsync(p => p.ArchivedAt == null, ct);
        var requirements = await db.Set<PartyRequirement>().CountAsync(r => r.ArchivedAt == null, ct);
        var systems = await db.AiSystems.CountAsync(s => s.Status == AiSystems.AiSystemStatus.Active, ct);
        var scope = await Scope.ScopeService.PublishedAsync(db, ct);
        var policy = await DocumentRegister.AiPoliciesInForce(db).AnyAsync(ct);
        var roles = await db.Set<AimsRole>().Where(r => r.ArchivedAt == null)
            .CountAsync(r => db.Set<RecordLink>().Where(l => l.SourceId == r.Id && l.TargetRegister == SupportRegisters.PeopleName)
                .Join(db.Set<Person>(), l => l.TargetRecordId, p => p.Id, (l, p) => p)
                .Any(p => p.ArchivedAt == null && db.Memberships.Any(m => m.OrganizationId == org && m.UserId == p.UserId)), ct);
        var raci = await db.Set<RaciEntry>().CountAsync(r => r.ArchivedAt == null, ct);
        var measured = await db.Set<AiObjective>().CountAsync(o => o.ArchivedAt == null && o.MeasurementCount > 0, ct);
        var objectives = await db.Set<AiObjective>().CountAsync(o => o.ArchivedAt == null, ct);
        var competences = await db.Set<CompetenceRecord>().CountAsync(c => c.ArchivedAt == null, ct);
        var resources = await db.Set<AimsResource>().CountAsync(r => r.ArchivedAt == null, ct);
        var awareness = await db.Set<CompetenceRecord>().CountAsync(c => c.ArchivedAt == null && c.Awareness, ct);
        var communications = await db.Set<CommunicationPlanItem>().CountAsync(c => c.ArchivedAt == null, ct);
        var leadership = await db.Set<LeadershipRecord>().CountAsync(r => r.ArchivedAt == null, ct);

        var steps = new List<(string Key, string Title, string Clause, string Page, string Why, bool Done, string Status)>
        {
            ("context", "Determine the context", "4.1", ContextRegister.Name,
                "The internal and external issues that shape what the AIMS must achieve.", internalIssues > 0 && externalIssues > 0,
                $"{internalIssues} internal and {externalIssues} external issue(s)."),
            ("ai-roles", "Determine the organization's AI roles", "4.1", AiRoleRegister.Name,
                "Provider, customer, producer… per AI system, with the EU AI Act operator role: it decides which obligations apply.",
                aiRoles > 0, $"{aiRoles} AI role(s) recorded."),
            ("parties", "Identify interested parties and their requirements", "4.2", PartyRegisters.PartiesName,
                "Who has a stake in your AI systems, and which of their requirements the AIMS addresses.", parties > 0 && requirements > 0,
                $"{parties} part(ies), {requirements} requirement(s)."),
            ("systems", "Register the AI systems", "4.3", "ai-systems",
                "The inventory the scope is drawn from and auditors sample.", systems > 0, $"{systems} active AI system(s)."),
            ("scope", "Decide and publish the scope", "4.3", "scope",
                "Which systems, units, locations and activities the AIMS covers, and what is excluded and why.", scope is not null,
                scope is null ? "No published scope." : $"Version {scope.Version} published, {scope.AiSystemIds.Count} AI system(s)."),
            ("policy", "Publish the AI policy", "5.2", "documents?type=aiPolicy",
                "Top management's commitments, the frame for the objectives.", policy, policy ? "An AI policy is in force." : "No AI policy in force."),
            ("roles", "Assign roles and the RACI", "5.3", LeadershipRegisters.RolesName,
                "Who is responsible and accountable for each AIMS activity.", roles > 0 && raci > 0,
                $"{roles} role(s) held by an active member, {raci} RACI activit(ies)."),
            ("objectives", "Set AI objectives and measure them", "6.2", ObjectiveRegister.Name,
                "Measurable targets consistent with the policy, and their measurements over time.", measured > 0,
                $"{objectives} objective(s), {measured} with a measurement."),
            ("competence", "Record competence", "7.2", SupportRegisters.PeopleName,
                "The training and qualifications of the people in the roles.", competences > 0, $"{competences} competence record(s)."),
            ("awareness", "Make people aware", "7.3", SupportRegisters.PeopleName,
                "Policy acknowledgements and awareness training: everyone knows the policy and their part in the AIMS.", awareness > 0,
                $"{awareness} awareness training record(s)."),
            ("communication", "Plan communication", "7.4", CommunicationRegisters.PlanName,
                "What is communicated, when, to whom, how and by whom, inside and outside the organization.", communications > 0,
                $"{communications} planned communication(s)."),
            ("resources", "Document resources", "7.1", SupportRegisters.ResourcesName,
                "The data, tools, computing and people the AI systems rely on.", resources > 0, $"{resources} resource(s)."),
            ("leadership", "Record leadership commitment", "5.1", LeadershipRegisters.RecordsName,
                "Top management's decisions, resource approvals and communications.", leadership > 0, $"{leadership} record(s)."),
        };
        var next = steps.FindIndex(s => !s.Done);
        return [.. steps.Select((s, i) => new StartStep(s.Key, s.Title, s.Clause, s.Page, s.Why,
            s.Done ? StartStepState.Done : i == next ? StartStepState.Next : StartStepState.Later, s.Status))];
    }
}
