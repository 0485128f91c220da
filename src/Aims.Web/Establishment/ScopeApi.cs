using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Scope;
using Aims.Web.Api;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Establishment;

/// <summary>
/// The AIMS scope (clause 4.3): <c>GET /scope</c> answers the scope in force (the published version of its document);
/// <c>/scope/draft</c> is the working copy; <c>POST /scope/draft/versions</c> builds the next document version from it
/// for review and approval. Thin: every rule lives in Core.
/// </summary>
public static class ScopeApi
{
    public sealed record PrepareRequest(string? ChangeSummary);

    public sealed record PreparedVersion(Guid DocumentId, int Version);

    public static RouteGroupBuilder MapScopeApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var group = org.MapGroup("/scope").WithTags("Scope (4.3)");

        group.MapGet("/", async Task<Ok<PublishedScopeView>> (HttpContext http, ScopeService scope) =>
                TypedResults.Ok(await scope.GetPublishedAsync(Caller(http), http.RequestAborted)
                                ?? throw new NotFoundException("A published scope (none is published yet: see /scope/draft)")))
            .WithName("GetPublishedScope")
            .WithSummary("The scope in force: aiSystemIds, units, locations, activities, lifecycleStages, exclusions, and the document version")
            .RequirePermission(Permissions.ManagementRead);

        group.MapGet("/draft", async Task<Ok<AimsScopeView>> (HttpContext http, ScopeService scope) =>
            {
                var draft = await scope.GetDraftAsync(Caller(http), http.RequestAborted)
                            ?? throw new NotFoundException("A scope (none was saved yet: PUT /scope/draft)");
                http.Response.Headers.ETag = ETags.Format(draft.Version);
                return TypedResults.Ok(draft);
            })
            .WithName("GetScopeDraft").WithSummary("The scope's working copy, with how it differs from the published one")
            .RequirePermission(Permissions.ManagementRead);

        group.MapPut("/draft", async Task<Ok<AimsScopeView>> (HttpContext http, ScopeService scope) =>
            {
                var saved = await scope.SaveDraftAsync(Caller(http), await JsonBody.ReadAsync<AimsScopeInput>(http), ETags.ParseIfMatch(http.Request),
                    http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(saved.Version);
                return TypedResults.Ok(saved);
            })
            .Accepts<AimsScopeInput>("application/json")
            .WithName("SaveScopeDraft").WithSummary("Replace the working copy (created on first save); If-Match refuses a stale edit (412)")
            .RequirePermission(Permissions.ManagementWrite);

        group.MapPost("/draft/versions", async Task<Created<PreparedVersion>> (HttpContext http, ScopeService scope, PrepareRequest? request) =>
            {
                var caller = Caller(http);
                var (documentId, version) = await scope.PrepareVersionAsync(caller, request?.ChangeSummary, http.RequestAborted);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/documents/{documentId}/versions/{version}",
                    new PreparedVersion(documentId, version));
            })
            .WithName("PrepareScopeVersion")
            .WithSummary("Build the next version of the scope document from the working copy (then submit, approve and publish it)")
            .RequirePermission(Permissions.DocumentsWrite);

        return org;
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
