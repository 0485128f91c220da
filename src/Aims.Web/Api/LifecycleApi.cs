using Aims.Core.Access;
using Aims.Core.AiSystems.Lifecycle;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Api;

/// <summary>
/// Life-cycle gates (A.6.2.2–A.6.2.8): a system's gates, artefacts and timeline, the move through a gate
/// (<c>POST …/ai-systems/{id}/stage</c>, 409 with <c>missingArtefacts</c> when not passed) and the organization's gate
/// configuration. Thin: the rules live in Core.
/// </summary>
public static class LifecycleApi
{
    public static RouteGroupBuilder MapLifecycleApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var systems = org.MapGroup("/ai-systems/{id:guid}").WithTags("AI systems");
        systems.MapGet("/lifecycle", async Task<Ok<LifecycleView>> (HttpContext http, LifecycleService service, Guid id) =>
                TypedResults.Ok(await service.GetAsync(Caller(http), id, http.RequestAborted)))
            .WithName("GetAiSystemLifecycle")
            .WithSummary("The system's stage, each gate it can pass with the artefacts required and missing, its artefacts and its gate timeline")
            .RequirePermission(Permissions.AiSystemsRead);

        systems.MapPost("/stage", async Task<Ok<LifecycleView>> (HttpContext http, LifecycleService service, Guid id, StageMoveInput input) =>
            {
                var moved = await service.MoveAsync(Caller(http), id, input, ETags.ParseIfMatch(http.Request), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(moved.SystemVersion);
                return TypedResults.Ok(moved);
            })
            .WithName("MoveAiSystemStage")
            .WithSummary("Move the system to another stage through its gate: 409 with missingArtefacts unless every required artefact counts, " +
                         "or an exceptionReason is given (also needed to skip a gate)")
            .RequirePermission(Permissions.AiSystemsWrite);

        systems.MapPost("/artefacts", async Task<Created<ArtefactView>> (HttpContext http, LifecycleArtefacts service, Guid id, ArtefactInput input) =>
            {
                var caller = Caller(http);
                var added = await service.AddAsync(caller, id, input, http.RequestAborted);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/ai-systems/{id}/artefacts/{added.Id}", added);
            })
            .WithName("AddAiSystemArtefact")
            .WithSummary("File a controlled document or an evidence item as one of the system's life-cycle artefacts")
            .RequirePermission(Permissions.AiSystemsWrite);

        systems.MapGet("/artefacts/{artefactId:guid}", async Task<Ok<ArtefactView>> (HttpContext http, LifecycleArtefacts service, Guid id, Guid artefactId) =>
                TypedResults.Ok(await service.GetAsync(Caller(http), id, artefactId, http.RequestAborted)))
            .WithName("GetAiSystemArtefact").WithSummary("One filed artefact and whether it counts for a gate today")
            .RequirePermission(Permissions.AiSystemsRead);

        systems.MapDelete("/artefacts/{artefactId:guid}", async Task<NoContent> (HttpContext http, LifecycleArtefacts service, Guid id, Guid artefactId) =>
            {
                await service.RemoveAsync(Caller(http), id, artefactId, http.RequestAborted);
                return TypedResults.NoContent();
            })
            .WithName("RemoveAiSystemArtefact").WithSummary("Take an artefact off the system (the record stays in its register)")
            .RequirePermission(Permissions.AiSystemsWrite);

        var gates = org.MapGroup("/lifecycle-gates").WithTags("AI systems");
        gates.MapGet("/", async Task<Ok<IReadOnlyList<GateRuleView>>> (HttpContext http, LifecycleGateRules rules) =>
                TypedResults.Ok(await rules.ListAsync(Caller(http), http.RequestAborted)))
            .WithName("GetLifecycleGates").WithSummary("What entering each stage requires, and who approves it (Annex A defaults unless configured)")
            .RequirePermission(Permissions.AiSystemsRead);
        gates.MapPut("/", async Task<Ok<IReadOnlyList<GateRuleView>>> (HttpContext http, LifecycleGateRules rules, GateRulesInput input) =>
                TypedResults.Ok(await rules.ReplaceAsync(Caller(http), input, http.RequestAborted)))
            .WithName("ReplaceLifecycleGates").WithSummary("Configure the gates; a stage left out returns to its default")
            .RequirePermission(Permissions.ManagementWrite);
        return org;
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
