using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Documents;
using Aims.Core.Documents.Comparison;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Views;
using Aims.Web.Api;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Documents;

/// <summary>
/// A document's versions under <c>…/documents/{id}/versions</c>: list, start a draft, read and edit it (only while it
/// is a draft: 409 after submission), compare two versions, read one as HTML or render it, and the workflow —
/// submit, approve (a signed-in person re-authenticating; never an API token), return to draft, publish, retire,
/// acknowledge. Each endpoint declares the permission it needs; Core checks the rest (eligible approver, author).
/// </summary>
public static class DocumentVersionsApi
{
    public static RouteGroupBuilder MapDocumentVersionsApi(this RouteGroupBuilder documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var group = documents.MapGroup("/{id:guid}/versions");

        group.MapGet("/", async Task<Ok<IReadOnlyList<DocumentVersionView>>> (HttpContext http, DocumentVersionService service, Guid id) =>
                TypedResults.Ok(await service.ListAsync(Caller(http), id, http.RequestAborted)))
            .WithName("ListDocumentVersions").WithSummary("Every version, oldest first, with approvals (bodies only when one version is read)")
            .RequirePermission(Permissions.DocumentsRead);

        group.MapPost("/", async Task<Created<DocumentVersionView>> (HttpContext http, DocumentVersionService service, Guid id,
                DocumentVersionInput input) =>
            {
                var caller = Caller(http);
                var created = await service.AddAsync(caller, id, input, http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(created.Version);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/documents/{id}/versions/{created.Number}", created);
            })
            .WithName("CreateDocumentVersion")
            .WithSummary("Start the next version as a draft: body (Markdown, up to 1 MiB) and changeSummary; 409 while another version is being worked on")
            .RequirePermission(Permissions.DocumentsWrite);

        group.MapGet("/compare", async Task<IResult> (HttpContext http, DocumentVersionService service, Guid id) =>
            {
                var query = http.Request.Query;
                var from = RequiredInt(query["from"], "from");
                var to = RequiredInt(query["to"], "to");
                var context = QueryValues.ParseInt(query["context"], "context", DocumentComparison.DefaultContextLines);
                var format = query["format"].ToString();
                if (format.Length > 0 && format is not ("json" or "diff"))
                {
                    throw new ValidationFailedException("format", $"Unknown format '{format}'. Use json (default) or diff.");
                }

                var (view, comparison, title) = await service.CompareAsync(Caller(http), id, from, to, context, http.RequestAborted);
                return format == "diff"
                    ? TypedResults.Text(comparison.ToUnifiedDiff($"{title} v{from}", $"{title} v{to}", context), "text/plain; charset=utf-8")
                    : TypedResults.Ok(view);
            })
            .WithName("CompareDocumentVersions")
            .WithSummary("Compare two versions (from, to): the changes in hunks (format=json, default) or a unified diff (format=diff); context lines (default 3)")
            .Produces<DocumentComparisonView>()
            .RequirePermission(Permissions.DocumentsRead);

        group.MapGet("/{number:int}", async Task<Ok<DocumentVersionView>> (HttpContext http, DocumentVersionService service, Guid id, int number) =>
                WithETag(http, await service.GetAsync(Caller(http), id, number, http.RequestAborted)))
            .WithName("GetDocumentVersion").WithSummary("One version with its body and open choices; the ETag is its revision")
            .RequirePermission(Permissions.DocumentsRead);

        group.MapPut("/{number:int}", async Task<Ok<DocumentVersionView>> (HttpContext http, DocumentVersionService service, Guid id, int number,
                DocumentVersionInput input) =>
                WithETag(http, await service.UpdateAsync(Caller(http), id, number, input, ETags.ParseIfMatch(http.Request), http.RequestAborted)))
            .WithName("UpdateDocumentVersion")
            .WithSummary("Replace a draft's body and change summary; 409 once the version was submitted (it is immutable from then on)")
            .RequirePermission(Permissions.DocumentsWrite);

        group.MapGet("/{number:int}/html", async Task<Ok<DocumentHtmlView>> (HttpContext http, DocumentVersionService service, Guid id, int number) =>
                TypedResults.Ok(await service.HtmlAsync(Caller(http), id, number, http.RequestAborted)))
            .WithName("GetDocumentVersionHtml")
            .WithSummary("The version as sanitised HTML (raw HTML disabled, images as links) with its headings and rendering warnings")
            .RequirePermission(Permissions.DocumentsRead);

        group.MapGet("/{number:int}/render", (HttpContext http, Guid id, int number) => DocumentRendering.WriteAsync(http, id, number))
            .WithName("RenderDocumentVersion")
            .WithSummary("The version as a file with its control block: format=pdf (default) or docx")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .RequirePermission(Permissions.DocumentsRead);

        group.MapDocumentVersionFiles();
        group.MapDocumentSnapshots();
        MapWorkflow(group);
        return documents;
    }

    private static void MapWorkflow(RouteGroupBuilder group)
    {
        group.MapPost("/{number:int}/submit", async Task<Ok<DocumentVersionView>> (HttpContext http, DocumentWorkflowService service, Guid id,
                int number) =>
                WithETag(http, await service.SubmitAsync(Caller(http), id, number, ETags.ParseIfMatch(http.Request), http.RequestAborted)))
            .WithName("SubmitDocumentVersion")
            .WithSummary("Freeze a draft for review (409 when empty or when [[to decide: …]] blanks remain); If-Match: the draft revision you read")
            .RequirePermission(Permissions.DocumentsWrite);

        group.MapPost("/{number:int}/approve", async Task<Ok<DocumentVersionView>> (HttpContext http, DocumentApprovalService service, Guid id,
                int number, ApprovalInput input) =>
                WithETag(http, await service.ApproveAsync(Caller(http), id, number, input, http.RequestAborted)))
            .WithName("ApproveDocumentVersion")
            .WithSummary("Sign a version in review: { password, code (with two-factor sign-in), sha256 (optional, what you read), note }. " +
                         "Signed-in people only (API tokens: 403); authors cannot approve their own version unless the organization allows it (403)")
            // Guessing a password through approvals is guessing a password: the same limit as signing in.
            .RequireRateLimiting(AccountEndpoints.SignInPolicy)
            .RequirePermission(Permissions.DocumentsRead);

        group.MapPost("/{number:int}/return", async Task<Ok<DocumentVersionView>> (HttpContext http, DocumentWorkflowService service, Guid id,
                int number, ReasonInput input) =>
                WithETag(http, await service.ReturnToDraftAsync(Caller(http), id, number, input.Reason, http.RequestAborted)))
            .WithName("ReturnDocumentVersion")
            .WithSummary("Send a version in review or approved back to draft with a reason (writers and the document's approvers); its approvals stop counting")
            .RequirePermission(Permissions.DocumentsRead);

        group.MapPost("/{number:int}/publish", async Task<Ok<DocumentVersionView>> (HttpContext http, DocumentWorkflowService service, Guid id,
                int number) =>
                WithETag(http, await service.PublishAsync(Caller(http), id, number, ETags.ParseIfMatch(http.Request), http.RequestAborted)))
            .WithName("PublishDocumentVersion")
            .WithSummary("Put an approved version in force; the version in force until now becomes superseded")
            .RequirePermission(Permissions.DocumentsApprove);

        group.MapPost("/{number:int}/retire", async Task<Ok<DocumentVersionView>> (HttpContext http, DocumentWorkflowService service, Guid id,
                int number, ReasonInput input) =>
                WithETag(http, await service.RetireAsync(Caller(http), id, number, input.Reason, http.RequestAborted)))
            .WithName("RetireDocumentVersion")
            .WithSummary("Withdraw a version with a reason (the version in force needs documents.approve; a draft or one in review documents.write)")
            .RequirePermission(Permissions.DocumentsWrite);

        group.MapPost("/{number:int}/acknowledge", async Task<Ok<AcknowledgementView>> (HttpContext http, DocumentCommunicationService service,
                Guid id, int number) =>
                TypedResults.Ok(await service.AcknowledgeAsync(Caller(http), id, number, http.RequestAborted)))
            .WithName("AcknowledgeDocumentVersion")
            .WithSummary("Acknowledge that you have read the version in force (signed-in people only; again: the existing acknowledgement)")
            .RequirePermission(Permissions.DocumentsRead);
    }

    private static Ok<DocumentVersionView> WithETag(HttpContext http, DocumentVersionView version)
    {
        http.Response.Headers.ETag = ETags.Format(version.Version);
        return TypedResults.Ok(version);
    }

    private static int RequiredInt(string? value, string parameter) => string.IsNullOrWhiteSpace(value)
        ? throw new ValidationFailedException(parameter, $"'{parameter}' is required: a version number.")
        : QueryValues.ParseInt(value, parameter, 0);

    private static Caller Caller(HttpContext http) => DocumentsApi.Caller(http);
}
