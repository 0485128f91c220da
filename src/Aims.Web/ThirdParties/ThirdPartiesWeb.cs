using Aims.Core.ThirdParties;
using Aims.Web.Registers;

namespace Aims.Web.ThirdParties;

/// <summary>The third-party register's page text, and its API at <c>/api/v1/orgs/{org}/third-parties</c>. Thin: every rule lives in Core.</summary>
public static class ThirdPartiesWeb
{
    public static RegisterPageText Page { get; } = new("Third parties", "A.10.2",
        "The suppliers, customers and partners your AI systems depend on or serve: what passes between you, who carries " +
        "each activity of the systems' life (the third party, your organization, or both), the contract and the " +
        "requirements it answers, the due diligence done and when the relationship is reviewed next. What Annex A.10 " +
        "expects and a relationship does not record yet is listed as its gaps.",
        "Which third parties are involved in this AI system, who is responsible for what between you, how did you make sure " +
        "the supplier's model or data fits your responsible-AI approach, and when did you last review it? Expect to show the " +
        "responsibility split, the contract and the due-diligence record.",
        "name");

    public static IServiceCollection AddThirdPartyPages(this IServiceCollection services) =>
        services.AddEditedRegister<ThirdPartyService, ThirdParty, ThirdPartyView, ThirdPartyInput>(Page);

    public static RouteGroupBuilder MapThirdPartiesApi(this RouteGroupBuilder org)
    {
        org.MapEditedRegister<ThirdPartyService, ThirdParty, ThirdPartyView, ThirdPartyInput>("Third parties (A.10)");
        return org;
    }
}
