using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Documents;
using Aims.Core.Documents.Views;
using Aims.Web.Api;
using Aims.Web.Evidence;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Documents;

/// <summary>
/// A version whose content is an uploaded file: <c>POST …/versions/file</c> starts the next draft with a file,
/// <c>PUT …/versions/{n}/file</c> makes a file (multipart/form-data: <c>file</c>, optional <c>changeSummary</c>) a
/// draft's content, and <c>GET …/versions/{n}/file</c> downloads it as
/// an attachment. Uploads stream into the evidence file store with its size limit and allow-list by content.
/// </summary>
public static class DocumentVersionFilesApi
{
    private const string ChangeSummaryField = "changeSummary";
    private static readonly IReadOnlySet<string> Fields = new HashSet<string>([ChangeSummaryField], StringComparer.Ordinal);

    public static void MapDocumentVersionFiles(this RouteGroupBuilder versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        versions.MapPut("/{number:int}/file", async Task<Ok<DocumentVersionView>> (HttpContext http, DocumentVersionFiles files, Guid id, int number) =>
            {
                var caller = DocumentsApi.Caller(http);
                await EvidenceUploadRequests.PrepareAsync(http, caller, files.MaxUploadBytes);
                var ct = http.RequestAborted;
                var expectedVersion = ETags.ParseIfMatch(http.Request);
                await using var form = await MultipartUpload.ReadAsync(http.Request, Fields,
                    fields => files.CheckBeforeFileAsync(caller, id, number, ChangeSummary(fields), ct),
                    (body, name) => files.StageAsync(body, name, ct), ct);
                var version = await files.AttachAsync(caller, id, number, form.File, form.FileName, ChangeSummary(form.Fields), expectedVersion, ct);
                http.Response.Headers.ETag = ETags.Format(version.Version);
                return TypedResults.Ok(version);
            })
            .WithName("UploadDocumentVersionFile")
            .WithSummary("Make an uploaded file (multipart/form-data: file, optional changeSummary) a draft's content in place of Markdown; 409 once submitted")
            .Accepts<DocumentVersionFileForm>("multipart/form-data")
            .WithMetadata(MultipartUploadMetadata.Instance)
            .RequirePermission(Permissions.DocumentsWrite);

        versions.MapPost("/file", async Task<Created<DocumentVersionView>> (HttpContext http, DocumentVersionFiles files, Guid id) =>
            {
                var caller = DocumentsApi.Caller(http);
                await EvidenceUploadRequests.PrepareAsync(http, caller, files.MaxUploadBytes);
                var ct = http.RequestAborted;
                await using var form = await MultipartUpload.ReadAsync(http.Request, Fields,
                    fields => files.CheckBeforeStartAsync(caller, id, ChangeSummary(fields), ct),
                    (body, name) => files.StageAsync(body, name, ct), ct);
                var created = await files.StartAsync(caller, id, form.File, form.FileName, ChangeSummary(form.Fields), ct);
                http.Response.Headers.ETag = ETags.Format(created.Version);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/documents/{id}/versions/{created.Number}", created);
            })
            .WithName("CreateDocumentVersionFromFile")
            .WithSummary("Start the next version as a draft whose content is an uploaded file (multipart/form-data: file, optional changeSummary); 409 while another version is being worked on")
            .Accepts<DocumentVersionFileForm>("multipart/form-data")
            .WithMetadata(MultipartUploadMetadata.Instance)
            .RequirePermission(Permissions.DocumentsWrite);

        versions.MapGet("/{number:int}/file", async Task<FileStreamHttpResult> (HttpContext http, DocumentVersionFiles files, Guid id, int number) =>
                EvidenceUploadRequests.Download(http, await files.OpenAsync(DocumentsApi.Caller(http), id, number, http.RequestAborted)))
            .WithName("GetDocumentVersionFile")
            .WithSummary("The exact bytes of a file version, as an attachment (404 when the version's content is Markdown)")
            .RequirePermission(Permissions.DocumentsRead);
    }

    // Absent: keep the draft's summary; once: the new one (blank clears it); twice: refused rather than one dropped.
    private static string? ChangeSummary(IReadOnlyDictionary<string, List<string>> fields) =>
        !fields.TryGetValue(ChangeSummaryField, out var values) ? null
        : values.Count == 1 ? values[0]
        : throw new ValidationFailedException(ChangeSummaryField, "Send changeSummary at most once.");
}

/// <summary>The form of <c>PUT …/versions/{n}/file</c>, as the API reference describes it.</summary>
/// <param name="File">The file (PDF, Office Open XML, Markdown, plain text…; at most the upload limit).</param>
/// <param name="ChangeSummary">What changed in this version; absent keeps the draft's, blank clears it.</param>
public sealed record DocumentVersionFileForm(IFormFile File, string? ChangeSummary);
