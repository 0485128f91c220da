using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Common;
using Aims.Core.Common.Registers;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Aims.Web.Api;

/// <summary>The AI system register: <c>/api/v1/orgs/{org}/ai-systems</c>. Thin: every rule lives in <see cref="AiSystemService"/>.</summary>
public static class AiSystemsApi
{
    public static RouteGroupBuilder MapAiSystemsApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var group = org.MapGroup("/ai-systems").WithTags("AI systems");

        group.MapGet("/", async Task<Ok<PagedResult<AiSystemView>>> (HttpContext http, AiSystemService service,
                [FromQuery] string? q, [FromQuery] string? stage, [FromQuery] string? status,
                [FromQuery] Guid? ownerId, [FromQuery] string? sort, [FromQuery] string? page, [FromQuery] string? pageSize) =>
            {
                var query = new AiSystemQuery
                {
                    Search = q, Stage = QueryValues.ParseEnum<LifecycleStage>(stage, "stage"),
                    Status = QueryValues.ParseEnum<AiSystemStatus>(status, "status"), OwnerId = ownerId, Sort = sort,
                    Page = QueryValues.ParseInt(page, "page", 1),
                    PageSize = QueryValues.ParseInt(pageSize, "pageSize", PageWindow.DefaultPageSize),
                };
                return TypedResults.Ok(await service.ListAsync(Caller(http), query, http.RequestAborted));
            })
            .WithName("ListAiSystems")
            .WithSummary("List AI systems: search (q), filter (stage, status, ownerId), sort (name, -updatedAt…), page")
            .RequirePermission(Permissions.AiSystemsRead);

        group.MapGet("/{id:guid}", async Task<Ok<AiSystemView>> (HttpContext http, AiSystemService service, Guid id) =>
            {
                var system = await service.GetAsync(Caller(http), id, http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(system.Version);
                return TypedResults.Ok(system);
            })
            .WithName("GetAiSystem").WithSummary("One AI system; the ETag header carries its version")
            .RequirePermission(Permissions.AiSystemsRead);

        group.MapPost("/", async Task<Created<AiSystemView>> (HttpContext http, AiSystemService service, AiSystemInput input) =>
            {
                var caller = Caller(http);
                var created = await service.CreateAsync(caller, input, http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(created.Version);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/ai-systems/{created.Id}", created);
            })
            .WithName("CreateAiSystem").WithSummary("Register an AI system (owner defaults to the caller)")
            .RequirePermission(Permissions.AiSystemsWrite);

        group.MapPut("/{id:guid}", async Task<Ok<AiSystemView>> (HttpContext http, AiSystemService service, Guid id, AiSystemInput input) =>
            {
                var updated = await service.UpdateAsync(Caller(http), id, input, ETags.ParseIfMatch(http.Request), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName("UpdateAiSystem")
            .WithSummary("Replace the editable fields; send If-Match with the ETag to avoid overwriting others' changes (412)")
            .RequirePermission(Permissions.AiSystemsWrite);

        group.MapPost("/{id:guid}/archive", async Task<Ok<AiSystemView>> (HttpContext http, AiSystemService service, Guid id, ArchiveRequest request) =>
            {
                var archived = await service.ArchiveAsync(Caller(http), id, request.Reason, ETags.ParseIfMatch(http.Request), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(archived.Version);
                return TypedResults.Ok(archived);
            })
            .WithName("ArchiveAiSystem").WithSummary("Archive an AI system with a reason (records are never deleted)")
            .RequirePermission(Permissions.AiSystemsArchive);

        group.MapPost("/{id:guid}/restore", async Task<Ok<AiSystemView>> (HttpContext http, AiSystemService service, Guid id) =>
                TypedResults.Ok(await service.RestoreAsync(Caller(http), id, http.RequestAborted)))
            .WithName("RestoreAiSystem").WithSummary("Return an archived AI system to the active register")
            .RequirePermission(Permissions.AiSystemsArchive);

        group.MapGet("/{id:guid}/history", async Task<Ok<IReadOnlyList<HistoryEntry>>> (HttpContext http, AiSystemService service, Guid id) =>
            {
                var entries = await service.HistoryAsync(Caller(http), id, http.RequestAborted);
                IReadOnlyList<HistoryEntry> history = entries
                    .Select(e => new HistoryEntry(e.Sequence, e.Timestamp, e.Actor, e.Action.ToString(), e.Payload, e.Hash)).ToList();
                return TypedResults.Ok(history);
            })
            .WithName("GetAiSystemHistory").WithSummary("Every change to the AI system, from the tamper-evident ledger")
            .RequirePermission(Permissions.AiSystemsRead);

        return org;
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
