using Aims.Core.Access;
using Aims.Core.AiSystems.EuAiAct;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Api;

/// <summary>
/// EU AI Act classification: the questionnaire with its rules version (<c>GET /api/v1/catalogs/eu-ai-act</c>) and a
/// system's classification (<c>POST|GET …/ai-systems/{id}/eu-ai-act</c>). Thin: the rules are data, the logic in Core.
/// </summary>
public static class EuAiActApi
{
    public static void MapEuAiActApi(RouteGroupBuilder api, RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(org);
        api.MapGet("/catalogs/eu-ai-act", () => TypedResults.Ok(EuAiActQuestionnaire.For(EuAiActService.Rules)))
            .WithTags("Catalogs").WithName("GetEuAiActQuestionnaire")
            .WithSummary("The EU AI Act questionnaire, its rules version, the application dates in force and the obligations it can produce")
            .RequirePermission(Permissions.CatalogRead);

        var system = org.MapGroup("/ai-systems/{id:guid}/eu-ai-act").WithTags("AI systems");
        system.MapPost("/", async Task<Ok<EuAiActClassificationView>> (HttpContext http, EuAiActService service, Guid id, EuAiActRequest request) =>
                TypedResults.Ok(await service.ClassifyAsync(PermissionEndpointFilter.GetCaller(http), id, request, http.RequestAborted)))
            .WithName("ClassifyAiSystemEuAiAct")
            .WithSummary("Classify the system from the questionnaire's answers: tier, role, GPAI, rules version and the obligations with their dates")
            .RequirePermission(Permissions.AiSystemsWrite);
        system.MapGet("/", async Task<Ok<EuAiActClassificationView>> (HttpContext http, EuAiActService service, Guid id) =>
                TypedResults.Ok(await service.GetAsync(PermissionEndpointFilter.GetCaller(http), id, http.RequestAborted)))
            .WithName("GetAiSystemEuAiAct")
            .WithSummary("The stored classification, with today's applicability, the gaps in the records, and whether a newer rules version asks for review")
            .RequirePermission(Permissions.AiSystemsRead);
    }
}
