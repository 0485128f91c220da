using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.AiSystems.Profile;
using Aims.Core.Common;
using Aims.Core.Registers;
using Aims.Web.Registers;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Aims.Web.Api;

/// <summary>
/// The AI system register: <c>/api/v1/orgs/{org}/ai-systems</c>. List, export, get, history, archive and restore are
/// the shared register endpoints; create and edit are this register's own. Thin: every rule lives in Core.
/// </summary>
public static class AiSystemsApi
{
    public static RouteGroupBuilder MapAiSystemsApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var group = org.MapRegister(AiSystemRegister.Definition, "AI systems");

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

        group.MapPut("/{id:guid}/profile", async Task<Ok<AiSystemView>> (HttpContext http, AiSystemService service, Guid id, AiSystemProfileInput input) =>
            {
                var updated = await service.UpdateProfileAsync(Caller(http), id, input, ETags.ParseIfMatch(http.Request), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName("UpdateAiSystemProfile")
            .WithSummary("Replace the system's profile (type, uses, affected persons, misuse, autonomy, oversight, roles, environment, components, links); a field left out is cleared")
            .RequirePermission(Permissions.AiSystemsWrite);

        group.MapImport(AiSystemRegister.Definition.Noun, Permissions.AiSystemsWrite, _ => new AiSystemImport());
        return org;
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
