using Aims.Core.AiSystems;
using Aims.Core.AiSystems.EuAiAct;
using Aims.Core.Context;
using Aims.Core.Data;
using Aims.Core.Organizations;

namespace Aims.Core.Bootstrap;

/// <summary>
/// EU AI Act classifications of four demo systems, as their owners answered the questionnaire: the credit limit
/// recommender (creditworthiness, Annex III 5(b)) and the CV-screening pilot (employment, Annex III 4) high-risk, the
/// support assistant with a transparency duty, the fraud scorer minimal (fraud detection is excepted). The claims
/// classifier is left unclassified, so the page shows what an open classification looks like.
/// </summary>
internal static class DemoEuAiAct
{
    public static void Seed(AimsDbContext db, Organization org, AiSystem[] systems, DateOnly today)
    {
        var (credit, assistant, fraud, cv) = (systems[0], systems[2], systems[3], systems[4]);
        Classify(db, org, credit, today, new() { AiSystem = true, Role = OperatorRole.Provider, AnnexIIIAreas = ["essentialServices"], Profiling = true });
        Classify(db, org, assistant, today, new() { AiSystem = true, Role = OperatorRole.Deployer, Transparency = ["deepfakesOrPublicInformationText"] });
        Classify(db, org, fraud, today, new() { AiSystem = true, Role = OperatorRole.Provider });
        Classify(db, org, cv, today, new() { AiSystem = true, Role = OperatorRole.Deployer, AnnexIIIAreas = ["employment"], Profiling = true });
    }

    private static void Classify(AimsDbContext db, Organization org, AiSystem system, DateOnly today, EuAiActAnswers answers)
    {
        var result = EuAiActClassifier.Classify(answers, answers.Role!.Value, EuAiActService.Rules, today);
        DemoRecords.Add(db, new EuAiActClassification
        {
            OrganizationId = org.Id, AiSystemId = system.Id, RuleVersion = result.RuleVersion, Tier = result.Tier, Role = result.Role,
            GpaiModel = result.GpaiModel, Answers = EuAiActService.Store(answers),
            Result = EuAiActService.Store(result),
        });
    }
}
