using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Organizations;
using Aims.Core.Parties;
using Aims.Core.ThirdParties;
using static Aims.Core.Bootstrap.DemoRecords;

namespace Aims.Core.Bootstrap;

/// <summary>
/// The demo organization's third parties (Annex A.10): the model and data suppliers behind its systems and the partner
/// bank its credit product serves — mostly in order, with what a first audit finds: the CV-screening vendor without a
/// due-diligence record and the fraud consortium's review overdue.
/// </summary>
internal static class DemoThirdParties
{
    public static void Seed(AimsDbContext db, Organization org, AimsUser lead, AimsUser engineer, IReadOnlyList<AiSystem> systems, DateOnly today)
    {
        ThirdParty P(string name, ThirdPartyKind kind, AimsUser owner, string supplies, string? contact, string? contract, string? dueDiligence,
            int reviewedDaysAgo, int reviewInDays, Dictionary<ResponsibilityActivity, ResponsibilityAllocation> matrix, params AiSystem[] concerned)
        {
            var party = Add(db, new ThirdParty
            {
                OrganizationId = org.Id, Name = name, Kind = kind, OwnerId = owner.Id, Supplies = supplies, Contact = contact,
                Contract = contract, DueDiligence = dueDiligence, LastReviewedOn = today.AddDays(-reviewedDaysAgo), ReviewDate = today.AddDays(reviewInDays),
                Responsibilities = ResponsibilityMatrix.Store(matrix.ToDictionary(c => ApiNames.Of(c.Key), c => (string?)ApiNames.Of(c.Value))),
            });
            foreach (var system in concerned)
            {
                Link(db, org, ThirdPartyRegister.Name, party.Id, "ai-systems", system.Id);
            }

            return party;
        }

        const ResponsibilityAllocation provider = ResponsibilityAllocation.Provider;
        const ResponsibilityAllocation us = ResponsibilityAllocation.Organization;
        const ResponsibilityAllocation shared = ResponsibilityAllocation.Shared;
        P("Foundation model provider (hosted LLM API)", ThirdPartyKind.Supplier, engineer,
            "The general-purpose language model behind the support assistant, called through a hosted API in the EU region.",
            "Vendor account team; security questionnaire contact on file", "Enterprise API terms 2025 with data-processing addendum (no training on our prompts)",
            "Security and responsible-AI questionnaire reviewed 2025-11; model card and usage policy read; EU data residency confirmed.",
            200, 165, new()
            {
                [ResponsibilityActivity.DesignAndDevelopment] = provider, [ResponsibilityActivity.DataSupplyAndPreparation] = provider,
                [ResponsibilityActivity.RiskAndImpactAssessment] = us, [ResponsibilityActivity.VerificationAndValidation] = shared,
                [ResponsibilityActivity.Deployment] = us, [ResponsibilityActivity.OperationAndMonitoring] = shared,
                [ResponsibilityActivity.HumanOversight] = us, [ResponsibilityActivity.IncidentHandling] = shared,
                [ResponsibilityActivity.TechnicalDocumentation] = provider,
            }, systems[2]);
        P("National credit bureau", ThirdPartyKind.Supplier, engineer,
            "Bureau attributes queried per application at decision time.", "Data partnerships desk",
            "Bureau data licence 2024–2027", "Licence terms and data accuracy statement checked; ISO/IEC 27001 certificate on file.",
            120, 245, new()
            {
                [ResponsibilityActivity.DataSupplyAndPreparation] = provider, [ResponsibilityActivity.IncidentHandling] = shared,
            }, systems[0]);
        P("Banking fraud consortium", ThirdPartyKind.Partner, lead,
            "Confirmed-fraud labels shared between member banks; we contribute ours in return.", null,
            "Consortium membership rules v4", "Membership due diligence 2024.",
            410, -45, new()
            {
                [ResponsibilityActivity.DataSupplyAndPreparation] = shared, [ResponsibilityActivity.OperationAndMonitoring] = us,
            }, systems[3]);
        P("CV screening software vendor", ThirdPartyKind.Supplier, lead,
            "The ranking model of the recruitment pilot, delivered as a configurable SaaS module.", "Vendor's compliance officer",
            "Pilot agreement (six months)", null,
            30, 60, new()
            {
                [ResponsibilityActivity.DesignAndDevelopment] = provider, [ResponsibilityActivity.TechnicalDocumentation] = provider,
                [ResponsibilityActivity.Deployment] = us, [ResponsibilityActivity.HumanOversight] = us,
            }, systems[4]);
        var bank = P("Partner bank (white-label cards)", ThirdPartyKind.Customer, lead,
            "Receives our credit-limit recommendations for the cards it distributes under its own brand.", "Partner bank's model risk team",
            "Programme agreement §12 (model governance)", null,
            90, 275, new()
            {
                [ResponsibilityActivity.OperationAndMonitoring] = us, [ResponsibilityActivity.HumanOversight] = shared,
                [ResponsibilityActivity.IncidentHandling] = shared,
            }, systems[0]);
        var governance = db.Set<PartyRequirement>().Local.First(r => r.Title == "Annual evidence of model governance");
        Link(db, org, ThirdPartyRegister.Name, bank.Id, PartyRegisters.RequirementsName, governance.Id);
    }
}
