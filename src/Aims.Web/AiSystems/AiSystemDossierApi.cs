using Aims.Core.Access;
using Aims.Core.AiSystems.Dossier;
using Aims.Core.Common;
using Aims.Reporting.Documents.Reports;
using Aims.Web.Documents;
using Aims.Web.Security;

namespace Aims.Web.AiSystems;

/// <summary>
/// <c>GET …/ai-systems/{id}/dossier?format=pdf|docx</c>: the complete record of one system as a file an auditor can keep.
/// The dossier is gathered and laid out before the first byte, so a refusal is a problem response, never half a file.
/// </summary>
public static class AiSystemDossierApi
{
    public static RouteGroupBuilder MapAiSystemDossierApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        org.MapGet("/ai-systems/{id:guid}/dossier", async (HttpContext http, AiSystemDossierService service, Guid id) =>
            {
                var format = DocumentRendering.Format(http);
                var dossier = await service.GetAsync(PermissionEndpointFilter.GetCaller(http), id, http.RequestAborted);
                var report = AiSystemDossierReport.Build(dossier);
                DocumentRendering.Attach(http, format, $"{FileStems.Of(dossier.System.Name, "ai-system")}-dossier-{dossier.GeneratedAt:yyyyMMdd}");
                await ReportRenderer.RenderAsync(report, format, http.Response.Body, http.RequestAborted);
            })
            .WithTags("AI systems")
            .WithName("GetAiSystemDossier")
            .WithSummary("The AI system dossier (format=pdf, the default, or docx): profile, gate timeline, EU AI Act result, datasets, " +
                         "third parties, documents and evidence")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .RequirePermission(Permissions.AiSystemsRead);
        return org;
    }
}
