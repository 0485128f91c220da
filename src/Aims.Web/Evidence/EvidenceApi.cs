using System.Text.Json;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Evidence;
using Aims.Web.Api;
using Aims.Web.Registers;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Aims.Web.Evidence;

/// <summary>
/// The evidence library: <c>/api/v1/orgs/{org}/evidence</c>. List, export, get, history, archive and restore are the
/// shared register endpoints; this file adds create (an upload form for files, JSON for links and record references),
/// edit, superseding files, the file history and downloads, and the evidence of each clause and control. Thin: every
/// rule lives in Core.
/// </summary>
public static class EvidenceApi
{
    public static RouteGroupBuilder MapEvidenceApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var definition = ((IEndpointRouteBuilder)org).ServiceProvider.GetRequiredService<EvidenceService>().Register.Definition;
        var group = org.MapRegister(definition, "Evidence");

        group.MapPost("/", async Task<Created<EvidenceItemView>> (HttpContext http, EvidenceService service, EvidenceUploads uploads) =>
            {
                var caller = Caller(http);
                var created = EvidenceUploadRequests.IsMultipart(http.Request)
                    ? await EvidenceUploadRequests.CreateAsync(http, caller, uploads)
                    : await service.CreateAsync(caller, await JsonBody.ReadAsync<EvidenceItemInput>(http), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(created.Version);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/evidence/{created.Id}", created);
            })
            .WithName("CreateEvidenceItem")
            .WithSummary("Upload a file as multipart/form-data (file, title, controls, clauses, aiSystemIds…), or create a link or record reference as JSON")
            .Accepts<EvidenceItemInput>("application/json", "multipart/form-data")
            .WithMetadata(MultipartUploadMetadata.Instance)
            .RequirePermission(Permissions.EvidenceWrite);

        group.MapPut("/{id:guid}", async Task<Ok<EvidenceItemView>> (HttpContext http, EvidenceService service, Guid id, EvidenceItemInput input) =>
                WithETag(http, await service.UpdateAsync(Caller(http), id, input, ETags.ParseIfMatch(http.Request), http.RequestAborted)))
            .WithName("UpdateEvidenceItem")
            .WithSummary("Replace the editable fields and links; send If-Match with the ETag to avoid overwriting others' changes (412)")
            .RequirePermission(Permissions.EvidenceWrite);

        group.MapPost("/{id:guid}/files", async Task<Ok<EvidenceItemView>> (HttpContext http, EvidenceUploads uploads, Guid id) =>
                WithETag(http, await EvidenceUploadRequests.SupersedeAsync(http, Caller(http), uploads, id)))
            .WithName("SupersedeEvidenceFile")
            .WithSummary("Upload a new file (multipart/form-data: file, effectiveDate, validUntil); the previous files stay downloadable")
            .Accepts<EvidenceFileInput>("multipart/form-data")
            .WithMetadata(MultipartUploadMetadata.Instance)
            .RequirePermission(Permissions.EvidenceWrite);

        group.MapGet("/{id:guid}/files", async Task<Ok<IReadOnlyList<EvidenceFileView>>> (HttpContext http, EvidenceUploads uploads, Guid id) =>
                TypedResults.Ok(await uploads.FilesAsync(Caller(http), id, http.RequestAborted)))
            .WithName("ListEvidenceFiles").WithSummary("Every file the item has held, newest (current) first")
            .RequirePermission(Permissions.EvidenceRead);

        group.MapGet("/{id:guid}/content", async Task<FileStreamHttpResult> (HttpContext http, EvidenceUploads uploads, Guid id) =>
                EvidenceUploadRequests.Download(http, await uploads.OpenAsync(Caller(http), id, sha256: null, http.RequestAborted)))
            .WithName("GetEvidenceContent").WithSummary("The exact bytes of the current file, as an attachment")
            .RequirePermission(Permissions.EvidenceRead);

        group.MapGet("/{id:guid}/files/{sha256}", async Task<FileStreamHttpResult> (HttpContext http, EvidenceUploads uploads, Guid id, string sha256) =>
                EvidenceUploadRequests.Download(http, await uploads.OpenAsync(Caller(http), id, sha256, http.RequestAborted)))
            .WithName("GetEvidenceFileContent").WithSummary("The exact bytes of one of the item's files (current or superseded), as an attachment")
            .RequirePermission(Permissions.EvidenceRead);

        MapCoverage(org, definition, "controls", EvidenceTargetType.Control, "GetControlEvidence", "an Annex A control");
        MapCoverage(org, definition, "clauses", EvidenceTargetType.Clause, "GetClauseEvidence", "a clause");
        return org;
    }

    private static void MapCoverage(RouteGroupBuilder org, Core.Registers.RegisterDefinition<EvidenceItem, EvidenceItemView> definition,
        string segment, EvidenceTargetType type, string name, string what) =>
        org.MapGet($"/{segment}/{{id}}/evidence", async Task<Ok<EvidenceCoverageView>> (HttpContext http, EvidenceService service, string id) =>
                TypedResults.Ok(await service.CoverageAsync(Caller(http), type, id, RegisterQueries.From(http.Request, definition), http.RequestAborted)))
            .WithTags("Evidence").WithName(name)
            .WithSummary($"The active evidence of {what}: counts by validity (expired items flagged) and a page of items")
            .WithRegisterQuery(definition)
            .RequirePermission(Permissions.EvidenceRead);

    private static Ok<EvidenceItemView> WithETag(HttpContext http, EvidenceItemView view)
    {
        http.Response.Headers.ETag = ETags.Format(view.Version);
        return TypedResults.Ok(view);
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
