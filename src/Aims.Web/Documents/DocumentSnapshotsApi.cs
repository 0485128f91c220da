using Aims.Core.Access;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Snapshots;
using Aims.Core.Documents.Views;
using Aims.Web.Api;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Documents;

/// <summary>
/// Versions built from records (structured snapshots): <c>POST …/versions/snapshot</c> starts the next draft as one,
/// <c>PUT …/versions/{n}/snapshot</c> rebuilds a draft from the records as they are now, and
/// <c>GET …/versions/{n}/snapshot-changes</c> says whether the records changed since (for the version in force: since
/// it was approved), naming each record.
/// </summary>
public static class DocumentSnapshotsApi
{
    public static void MapDocumentSnapshots(this RouteGroupBuilder versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        versions.MapPost("/snapshot", async Task<Created<DocumentVersionView>> (HttpContext http, DocumentSnapshots snapshots, Guid id,
                DocumentSnapshotInput input) =>
            {
                var caller = DocumentsApi.Caller(http);
                var created = await snapshots.StartAsync(caller, id, input.RequiredKind(), input.ChangeSummary, http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(created.Version);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/documents/{id}/versions/{created.Number}", created);
            })
            .WithName("CreateDocumentVersionSnapshot")
            .WithSummary("Start the next version as a draft built from records: kind (aiSystemInventory) and changeSummary; 409 while another version is being worked on")
            .RequirePermission(Permissions.DocumentsWrite);

        versions.MapPut("/{number:int}/snapshot", async Task<Ok<DocumentVersionView>> (HttpContext http, DocumentSnapshots snapshots, Guid id,
                int number, DocumentSnapshotInput input) =>
            {
                var version = await snapshots.RebuildAsync(DocumentsApi.Caller(http), id, number, input.RequiredKind(), input.ChangeSummary,
                    ETags.ParseIfMatch(http.Request), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(version.Version);
                return TypedResults.Ok(version);
            })
            .WithName("RebuildDocumentVersionSnapshot")
            .WithSummary("Rebuild a draft from the records as they are now (kind; changeSummary absent keeps it); 409 once submitted")
            .RequirePermission(Permissions.DocumentsWrite);

        versions.MapGet("/{number:int}/snapshot-changes", async Task<Ok<SnapshotChangesView>> (HttpContext http, DocumentSnapshots snapshots,
                Guid id, int number) =>
                TypedResults.Ok(await snapshots.ChangesAsync(DocumentsApi.Caller(http), id, number, http.RequestAborted)))
            .WithName("GetDocumentSnapshotChanges")
            .WithSummary("Whether the records a snapshot version was built from changed since (edited, archived, added), each named")
            .RequirePermission(Permissions.DocumentsRead);
    }
}
