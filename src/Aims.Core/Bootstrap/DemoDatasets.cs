using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Data;
using Aims.Core.Datasets;
using Aims.Core.Organizations;
using static Aims.Core.Bootstrap.DemoRecords;

namespace Aims.Core.Bootstrap;

/// <summary>
/// The demo organization's data register (Annex A.7): the data behind its four systems in scope, mostly well
/// documented, with the gaps a first internal audit finds — claims labels without quality results, fraud labels
/// licensed without their terms and without their preparation recorded.
/// </summary>
internal static class DemoDatasets
{
    public static void Seed(AimsDbContext db, Organization org, AimsUser lead, AimsUser engineer, IReadOnlyList<AiSystem> systems)
    {
        void D(string name, DatasetPurpose purpose, AiSystem system, AimsUser owner, DataAcquisition acquisition, PersonalData personal,
            string provenance, string? terms = null, string? legalBasis = null, string? requirements = null, string? results = null,
            string? preparation = null, string? retention = null)
        {
            var dataset = Add(db, new Dataset
            {
                OrganizationId = org.Id, Name = name, Purpose = purpose, OwnerId = owner.Id, Acquisition = acquisition, PersonalData = personal,
                Provenance = provenance, Terms = terms, LegalBasis = legalBasis, QualityRequirements = requirements, QualityResults = results,
                Preparation = preparation, Retention = retention,
            });
            Link(db, org, DatasetRegister.Name, dataset.Id, "ai-systems", system.Id);
        }

        const string contract = "GDPR Art. 6(1)(b): necessary for the credit agreement the applicant asked for";
        D("Credit applications 2019–2025 (training)", DatasetPurpose.Training, systems[0], engineer, DataAcquisition.CollectedInHouse, PersonalData.Personal,
            "Exported monthly from the loan origination system (tables applications, decisions); snapshot 2025-12 kept read-only.",
            legalBasis: contract,
            requirements: "Every age band and region at least 2% of rows; outcome known for 98% of approved applications.",
            results: "Data-quality report 2025-12: all bands above 3%; outcomes known for 99.1%.",
            preparation: "Applications withdrawn before a decision removed; income capped at the 99.5th percentile; age kept only as a band.",
            retention: "Seven years after the credit agreement ends");
        D("Credit bureau attributes", DatasetPurpose.ProductionInput, systems[0], engineer, DataAcquisition.Licensed, PersonalData.Personal,
            "Queried per application from the national credit bureau's API at decision time.",
            terms: "Bureau data licence 2024–2027: use for credit decisions only; no retention beyond the decision record.", legalBasis: contract,
            retention: "With the decision record");
        D("Claims history 2018–2025 (labelled)", DatasetPurpose.Training, systems[1], lead, DataAcquisition.CollectedInHouse, PersonalData.SpecialCategory,
            "Claims system extract; fast-track / manual labels from the claims handlers' final routing.",
            legalBasis: "GDPR Art. 6(1)(b) and Art. 9(2)(f) for health details in injury claims",
            requirements: "Labels checked on a 500-claim sample each year; agreement between handlers at least 90%.",
            preparation: "Free-text descriptions removed; health details reduced to the injury category.", retention: "Ten years after the claim closes");
        D("Support e-mails, evaluation sample", DatasetPurpose.Testing, systems[2], engineer, DataAcquisition.CollectedInHouse, PersonalData.Personal,
            "2 000 customer e-mails sampled from the support mailbox (2025), names and account numbers masked.",
            legalBasis: "GDPR Art. 6(1)(f): legitimate interest in testing replies before they reach customers",
            requirements: "Covers every product line and the five most common languages.", results: "Evaluation set v3: all product lines, five languages.");
        D("Card transactions stream", DatasetPurpose.ProductionInput, systems[3], engineer, DataAcquisition.CollectedInHouse, PersonalData.Personal,
            "Real-time feed from the card authorisation platform.", legalBasis: contract, retention: "Thirteen months");
        D("Fraud labels 2022–2025", DatasetPurpose.Training, systems[3], engineer, DataAcquisition.Licensed, PersonalData.Personal,
            "Confirmed-fraud flags from the banking fraud consortium, joined to our transactions by card token.", legalBasis: contract,
            requirements: "Confirmed within 90 days of the transaction.", results: "Median confirmation 21 days; 96% within 90.");
    }
}
