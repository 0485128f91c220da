using Aims.Core.AiSystems;
using Aims.Core.AiSystems.Profile;

namespace Aims.Core.Bootstrap;

/// <summary>
/// The profiles of the demo organization's five systems: complete for the systems in operation, thinner for the
/// pilot still at inception — what a newcomer should expect to fill in, and what an auditor will sample.
/// </summary>
internal static class DemoProfiles
{
    public static void Apply(IReadOnlyList<AiSystem> systems)
    {
        AiSystemComponentInput C(string name, string? version, string provenance, string? supplier = null) => new(name, version, provenance, supplier);
        AiSystemProfileForm.Apply(systems[0], new()
        {
            SystemType = AiSystemType.MachineLearningModel, AutonomyLevel = AutonomyLevel.HumanInTheLoop,
            Description = "A gradient-boosted model scores each new card application and proposes a credit limit with its three main reason codes.",
            Capabilities = "Limit proposal and reason codes; it could also rank applicants by default risk, which is not an intended use.",
            IntendedUsers = "Underwriters of the cards team, trained on the model's reason codes.",
            AffectedPersons = "Card applicants, including those of the partner bank's white-label cards.",
            ForeseeableMisuse = "Using the proposal as an automatic decline; limits are capped so that every proposal above EUR 5,000 is reviewed.",
            HumanOversightWho = "The underwriter on duty", HumanOversightHow = "Sees the proposal and reason codes; accepts, lowers or refers it.",
            HumanOversightWhen = "Before every limit above EUR 5,000 takes effect, and on any referral.",
            Geographies = ["Ireland", "Netherlands"], Languages = ["English", "Dutch"], Channels = ["Loan origination system"],
            Components = [C("Limit model", "4.2", "Trained in-house on credit applications 2019–2025"), C("Bureau attributes", "API v3", "Licensed data", "National credit bureau")],
            ResponsibleUseObjectives = "Approval-rate difference between age bands below 5 points; every decline explainable from reason codes.",
        });
        AiSystemProfileForm.Apply(systems[1], new()
        {
            SystemType = AiSystemType.MachineLearningModel, AutonomyLevel = AutonomyLevel.HumanOnTheLoop,
            Description = "A text and tabular classifier routes each new insurance claim to the fast-track or the manual queue.",
            IntendedUsers = "Claims team leads, who monitor the queues.", AffectedPersons = "Policyholders making a claim.",
            ForeseeableMisuse = "Treating the manual queue as a suspicion of fraud.",
            HumanOversightWho = "Claims team lead", HumanOversightHow = "Reviews a daily sample of fast-tracked claims and can re-route any claim.",
            HumanOversightWhen = "Daily, and at any time on a handler's request.", Geographies = ["Ireland"], Languages = ["English"],
            Channels = ["Claims system"], Components = [C("Triage classifier", "1.8", "Trained in-house on claims history 2018–2025")],
        });
        AiSystemProfileForm.Apply(systems[2], new()
        {
            SystemType = AiSystemType.GenerativeApplication, AutonomyLevel = AutonomyLevel.HumanInTheLoop,
            Description = "Drafts replies to customer e-mails from the e-mail, the customer's products and the knowledge base.",
            IntendedUsers = "Support agents.", AffectedPersons = "Customers who write to support.",
            ForeseeableMisuse = "Sending a draft unread; drafts are never sent without an agent's edit or approval.",
            HumanOversightWho = "The support agent", HumanOversightHow = "Reads, edits or discards every draft.", HumanOversightWhen = "Before anything is sent.",
            Geographies = ["Ireland", "Germany", "France"], Languages = ["English", "German", "French"], Channels = ["E-mail"],
            Components = [C("Hosted language model", "2025-06", "Vendor API, EU region", "Foundation model provider (hosted LLM API)"), C("Prompt templates", "v3", "Written in-house")],
        });
        AiSystemProfileForm.Apply(systems[3], new()
        {
            SystemType = AiSystemType.MachineLearningModel, AutonomyLevel = AutonomyLevel.HumanOnTheLoop,
            Description = "Scores card transactions in real time; high scores trigger a step-up check.",
            IntendedUsers = "Fraud analysts.", AffectedPersons = "Cardholders.",
            HumanOversightWho = "Fraud analyst on shift", HumanOversightHow = "Reviews flagged transactions and can release them.", Geographies = ["European Union"], Channels = ["Card authorisation"],
            Components = [C("Fraud model", "6.0", "Trained in-house on consortium labels", null)],
        });
        AiSystemProfileForm.Apply(systems[4], new()
        {
            SystemType = AiSystemType.ThirdPartyService, AutonomyLevel = AutonomyLevel.DecisionSupport,
            Description = "Ranks job applications against the requirements of a role, for recruiters to review.",
            IntendedUsers = "Recruiters.", AffectedPersons = "Job applicants.",
            ForeseeableMisuse = "Rejecting applicants on the ranking alone.", Geographies = ["Ireland"], Languages = ["English"],
            Components = [C("Ranking model", null, "SaaS module", "CV screening software vendor")],
        });
    }
}
