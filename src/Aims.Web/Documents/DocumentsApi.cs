using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Documents;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Templates;
using Aims.Core.Documents.Views;
using Aims.Web.Api;
using Aims.Web.Registers;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Documents;

/// <summary>
/// Controlled documents (7.5): <c>/api/v1/orgs/{org}/documents</c>. List, export, get, history, archive and restore are
/// the shared register endpoints; this file adds create (also from a starter template) and edit, the review and
/// acknowledgement records, rendering the version in force, and the starter templates. Versions and their workflow
/// are <see cref="DocumentVersionsApi"/>. Thin: every rule lives in Core.
/// </summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var definition = ((IEndpointRouteBuilder)org).ServiceProvider.GetRequiredService<DocumentService>().Register.Definition;
        var group = org.MapRegister(definition, "Documents");

        group.MapPost("/", async Task<Created<DocumentView>> (HttpContext http, DocumentService service, DocumentInput input) =>
            {
                var caller = Caller(http);
                var created = await service.CreateAsync(caller, input, http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(created.Version);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/documents/{created.Id}", created);
            })
            .WithName("CreateDocument")
            .WithSummary("Create a document (title and type required; with templateId, a starter template fills title, type, clauses, controls, review interval and a first draft)")
            .RequirePermission(Permissions.DocumentsWrite);

        group.MapPut("/{id:guid}", async Task<Ok<DocumentView>> (HttpContext http, DocumentService service, Guid id, DocumentInput input) =>
            {
                var updated = await service.UpdateAsync(Caller(http), id, input, ETags.ParseIfMatch(http.Request), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName("UpdateDocument")
            .WithSummary("Change the document's fields (title and type required; fields left out keep their value); If-Match avoids overwriting others' changes (412)")
            .RequirePermission(Permissions.DocumentsWrite);

        group.MapPost("/{id:guid}/review", async Task<Ok<DocumentView>> (HttpContext http, DocumentCommunicationService service, Guid id,
                ReviewInput input) =>
            {
                var reviewed = await service.ReviewAsync(Caller(http), id, input, http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(reviewed.Version);
                return TypedResults.Ok(reviewed);
            })
            .WithName("ReviewDocument")
            .WithSummary("Record 'reviewed, no change needed' on the version in force (owner or approver, signed in); moves the next review date")
            .RequirePermission(Permissions.DocumentsWrite);

        group.MapGet("/{id:guid}/reviews", async Task<Ok<IReadOnlyList<ReviewView>>> (HttpContext http, DocumentCommunicationService service,
                Guid id) => TypedResults.Ok(await service.ReviewsAsync(Caller(http), id, http.RequestAborted)))
            .WithName("ListDocumentReviews").WithSummary("Every recorded review, oldest first")
            .RequirePermission(Permissions.DocumentsRead);

        group.MapGet("/{id:guid}/acknowledgements", async Task<Ok<DocumentAcknowledgementsView>> (HttpContext http,
                DocumentCommunicationService service, Guid id) =>
                TypedResults.Ok(await service.AcknowledgementsAsync(Caller(http), id, http.RequestAborted)))
            .WithName("GetDocumentAcknowledgements")
            .WithSummary("Who has and who has not acknowledged the version in force (computed from the current members)")
            .RequirePermission(Permissions.DocumentsRead);

        group.MapGet("/{id:guid}/render", (HttpContext http, Guid id) => DocumentRendering.WriteAsync(http, id, number: null))
            .WithName("RenderDocument")
            .WithSummary("The version in force as a file with its control block (format=pdf, the default, or docx); 404 when none is in force")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .RequirePermission(Permissions.DocumentsRead);

        var templates = org.MapGroup("/document-templates").WithTags("Documents");
        templates.MapGet("/", IReadOnlyList<DocumentTemplateView> () => [.. DocumentTemplateCatalog.All.Select(t => DocumentTemplateView.Of(t, withBody: false))])
            .WithName("ListDocumentTemplates")
            .WithSummary("The starter templates (our own words, never the standard's) with their clauses, controls and open choices")
            .RequirePermission(Permissions.DocumentsRead);
        templates.MapGet("/{templateId}", Results<Ok<DocumentTemplateView>, ProblemHttpResult> (string templateId) =>
                DocumentTemplateCatalog.Find(templateId) is { } template
                    ? TypedResults.Ok(DocumentTemplateView.Of(template, withBody: true))
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                        detail: $"No template '{templateId}'. Use one of: {string.Join(", ", DocumentTemplateCatalog.Ids)}."))
            .WithName("GetDocumentTemplate").WithSummary("One starter template with its Markdown body")
            .RequirePermission(Permissions.DocumentsRead);

        group.MapDocumentVersionsApi();
        return org;
    }

    internal static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
