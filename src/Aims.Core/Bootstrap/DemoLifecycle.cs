using Aims.Core.AiSystems;
using Aims.Core.AiSystems.Lifecycle;
using Aims.Core.Data;
using Aims.Core.Evidence;
using Aims.Core.Access;
using Aims.Core.Organizations;

namespace Aims.Core.Bootstrap;

/// <summary>
/// The demo systems' life cycles, as an organization adopting an AIMS has them: the two older systems registered in
/// operation by exception (they predate it), the claims classifier pushed into deployment before its verification
/// results were filed, the support assistant through its gates with its artefacts, and the CV-screening pilot at
/// inception with its requirements still missing — so the Life cycle tab shows passed gates, exceptions and gaps.
/// </summary>
internal static class DemoLifecycle
{
    public static void Seed(AimsDbContext db, Organization org, AimsUser admin, AimsUser lead, AimsUser engineer, AiSystem[] systems, DateOnly today)
    {
        var (credit, claims, assistant, fraud, cv) = (systems[0], systems[1], systems[2], systems[3], systems[4]);
        foreach (var legacy in new[] { credit, fraud })
        {
            Step(db, org, legacy, null, GateOutcome.Exception, admin, "Admin",
                "In service since before the AIMS was set up; its records are being brought under the gates at the next re-evaluation.",
                missing: [.. LifecycleGates.Required(LifecycleStage.Inception, legacy.LifecycleStage, LifecycleGates.DefaultRequired)]);
        }

        var claimsSpec = File(db, org, claims, lead, ArtefactKind.RequirementsSpecification, "Claims triage requirements v2", "claims/requirements", today.AddDays(-200));
        var claimsDesign = File(db, org, claims, engineer, ArtefactKind.DesignAndDevelopmentRecord, "Claims triage model card and design notes",
            "claims/design", today.AddDays(-120));
        File(db, org, claims, engineer, ArtefactKind.VerificationAndValidationPlan, "Claims triage test plan with acceptance criteria", "claims/vv-plan",
            today.AddDays(-60));
        File(db, org, claims, lead, ArtefactKind.DeploymentPlan, "Claims triage roll-out plan", "claims/deployment", today.AddDays(-40));
        Step(db, org, claims, LifecycleStage.Inception, GateOutcome.Registered, lead, "Governance lead");
        Step(db, org, claims, LifecycleStage.DesignAndDevelopment, GateOutcome.Passed, lead, "Governance lead", present: [claimsSpec]);
        Step(db, org, claims, LifecycleStage.VerificationAndValidation, GateOutcome.Passed, lead, "Governance lead", present: [claimsDesign]);
        Step(db, org, claims, LifecycleStage.Deployment, GateOutcome.Exception, lead, "Governance lead",
            "Go-live fixed for the claims-season peak; the verification results, technical documentation and event-log decision are due within 30 days.",
            missing: [ArtefactKind.VerificationAndValidationResults, ArtefactKind.TechnicalDocumentation, ArtefactKind.EventLogDecision]);

        var assistantSpec = File(db, org, assistant, engineer, ArtefactKind.RequirementsSpecification, "Support assistant requirements",
            "assistant/requirements", today.AddDays(-90));
        var assistantDesign = File(db, org, assistant, engineer, ArtefactKind.DesignAndDevelopmentRecord, "Support assistant prompt and retrieval design",
            "assistant/design", today.AddDays(-30));
        File(db, org, assistant, engineer, ArtefactKind.VerificationAndValidationPlan, "Support assistant evaluation plan (tone, accuracy, leakage)",
            "assistant/vv-plan", today.AddDays(-14));
        Step(db, org, assistant, LifecycleStage.Inception, GateOutcome.Registered, engineer, "Contributor");
        Step(db, org, assistant, LifecycleStage.DesignAndDevelopment, GateOutcome.Passed, lead, "Governance lead", present: [assistantSpec]);
        Step(db, org, assistant, LifecycleStage.VerificationAndValidation, GateOutcome.Passed, lead, "Governance lead", present: [assistantDesign],
            note: "Approved at the AI steering group; evaluation must include German-language e-mails.");

        Step(db, org, cv, LifecycleStage.Inception, GateOutcome.Registered, admin, "Admin");
    }

    private static ArtefactSnapshot File(AimsDbContext db, Organization org, AiSystem system, AimsUser owner, ArtefactKind kind, string title, string path,
        DateOnly effective)
    {
        var item = DemoRecords.Add(db, new EvidenceItem
        {
            OrganizationId = org.Id, Title = title, Kind = EvidenceKind.Link, OwnerId = owner.Id, EffectiveDate = effective,
            Url = "https://wiki.demo.openaims.local/ai/" + path,
            Description = $"{ArtefactLabels.Label(kind)} of {system.Name} ({ArtefactLabels.Control(kind)}).",
        });
        DemoRecords.Add(db, new LifecycleArtefact { OrganizationId = org.Id, AiSystemId = system.Id, Kind = kind, EvidenceId = item.Id });
        return new ArtefactSnapshot(kind, "evidence", item.Id, title);
    }

    /// <summary>One step into <paramref name="to"/> (the system's stage when null, for a registration); steps are added in order.</summary>
    private static void Step(AimsDbContext db, Organization org, AiSystem system, LifecycleStage? to, GateOutcome outcome, AimsUser by, string role,
        string? reason = null, ArtefactSnapshot[]? present = null, ArtefactKind[]? missing = null, string? note = null)
    {
        var previous = db.ChangeTracker.Entries<LifecycleGateEvent>().Select(e => e.Entity).LastOrDefault(e => e.AiSystemId == system.Id);
        DemoRecords.Add(db, new LifecycleGateEvent
        {
            OrganizationId = org.Id, AiSystemId = system.Id, FromStage = previous?.ToStage, ToStage = to ?? system.LifecycleStage, Outcome = outcome,
            ApproverUserId = by.Id, ApproverName = by.DisplayName, ApproverRole = role, Reason = reason, Note = note, Present = LifecycleGates.Store(present ?? []),
            Missing = LifecycleGates.Store(missing ?? []),
        });
    }
}
