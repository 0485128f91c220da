using Aims.Core.Access;
using Aims.Core.Controls;
using Aims.Core.Risks;
using Aims.Core.Risks.Criteria;
using Aims.Web.Api;
using Aims.Web.Registers;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Risks;

/// <summary>
/// The AI risk register's page text and its API: the register at <c>/risks</c>, each risk's ratings, treatment and
/// acceptances, the versions of the risk criteria at <c>/risk-criteria</c>, and the organization's Annex A controls at
/// <c>/controls</c>. Thin: every rule lives in Core.
/// </summary>
public static class RisksWeb
{
    public static RegisterPageText Page { get; } = new("AI risk register", "6.1.2",
        "The risks your AI systems and your AIMS pose to the organization, to people and to society: where each comes from " +
        "(Annex C.3), which objectives it threatens (Annex C.2), how likely and how severe it is under your risk criteria, " +
        "how it is treated and whether what remains has been accepted by someone with the authority to accept it.",
        "Show me how this risk was rated, by whom and under which criteria; which controls treat it and whether they are " +
        "in place; and who accepted what remains, when that acceptance expires, and whether the risk has changed since.",
        "title", typeof(Components.Risks.RiskDecisionsSection));

    public static RegisterPageText CampaignsPage { get; } = new("Risk assessment campaigns", "8.2",
        "Assessment cycles: a period and the AI systems it covers. Each campaign shows how many of the covered systems' risks " +
        "were rated within the period, and lists those still unassessed and the systems with no risk recorded at all.",
        "Show me that risks are assessed at planned intervals and when significant changes occur: which cycle covered this " +
        "system, and which of its risks were rated in it.",
        "name");

    public static IServiceCollection AddRiskPages(this IServiceCollection services) =>
        services.AddEditedRegister<RiskService, Risk, RiskView, RiskInput>(Page)
            .AddEditedRegister<Core.Risks.Campaigns.AssessmentCampaignService, Core.Risks.Campaigns.AssessmentCampaign,
                Core.Risks.Campaigns.AssessmentCampaignView, Core.Risks.Campaigns.AssessmentCampaignInput>(CampaignsPage);

    public static RouteGroupBuilder MapRisksApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        org.MapGet("/risks/heatmap", async Task<Ok<HeatMapView>> (HttpContext http, RiskHeatMap heatMap, string? rating) =>
                TypedResults.Ok(await heatMap.GetAsync(Caller(http), QueryValues.ParseEnum<HeatMapRating>(rating, "rating") ?? HeatMapRating.Current,
                    http.RequestAborted)))
            .WithTags("AI risk register (6.1.2)").WithName("GetRiskHeatMap")
            .WithSummary("Risks per matrix cell under the criteria in force (rating=inherent|current|residual), and the count by band over the last year")
            .RequirePermission(Permissions.RisksRead);
        org.MapPost("/risks/treatment-plan", async Task<Created<TreatmentPlanResult>> (HttpContext http, RiskTreatmentPlan plan) =>
            {
                var caller = Caller(http);
                var written = await plan.GenerateAsync(caller, http.RequestAborted);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/documents/{written.DocumentId}/versions/{written.Number}", written);
            })
            .WithTags("AI risk register (6.1.2)").WithName("WriteRiskTreatmentPlan")
            .WithSummary("Write the AI risk treatment plan from the register into a draft version of its controlled document, to be approved like any document")
            .RequirePermission(Permissions.DocumentsWrite);
        org.MapEditedRegister<RiskService, Risk, RiskView, RiskInput>("AI risk register (6.1.2)");
        org.MapEditedRegister<Core.Risks.Campaigns.AssessmentCampaignService, Core.Risks.Campaigns.AssessmentCampaign,
            Core.Risks.Campaigns.AssessmentCampaignView, Core.Risks.Campaigns.AssessmentCampaignInput>("Risk assessment campaigns (8.2)");
        var risk = org.MapGroup("/risks/{id:guid}").WithTags("AI risk register (6.1.2)");
        risk.MapPost("/assessments", async Task<Ok<RiskView>> (HttpContext http, RiskDecisions decisions, Guid id, AssessmentInput input) =>
                TypedResults.Ok(await decisions.AssessAsync(Caller(http), id, input, http.RequestAborted)))
            .WithName("AssessRisk")
            .WithSummary("Add a rating (inherent or residual) on the scales of the criteria in force; the history keeps every earlier one")
            .RequirePermission(Permissions.RisksWrite);
        risk.MapGet("/assessments", async Task<Ok<IReadOnlyList<AssessmentView>>> (HttpContext http, RiskDecisions decisions, Guid id) =>
                TypedResults.Ok(await decisions.HistoryAsync(Caller(http), id, http.RequestAborted)))
            .WithName("GetRiskAssessments").WithSummary("Every rating of the risk, newest first")
            .RequirePermission(Permissions.RisksRead);
        risk.MapPost("/treatment", async Task<Ok<RiskView>> (HttpContext http, RiskDecisions decisions, Guid id, TreatmentInput input) =>
                TypedResults.Ok(await decisions.TreatAsync(Caller(http), id, input, http.RequestAborted)))
            .WithName("TreatRisk")
            .WithSummary("Choose the treatment option and the Annex A controls that carry it; current risk follows their implementation")
            .RequirePermission(Permissions.RisksWrite);
        risk.MapPost("/acceptances", async Task<Created<AcceptanceSummary>> (HttpContext http, RiskDecisions decisions, Guid id, AcceptanceRequest input) =>
            {
                var caller = Caller(http);
                var requested = await decisions.RequestAcceptanceAsync(caller, id, input, http.RequestAborted);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/risks/{id}/acceptances/{requested.Id}", requested);
            })
            .WithName("RequestRiskAcceptance")
            .WithSummary("Ask for the risk to be accepted as it is, with a justification and an expiry date; someone else decides")
            .RequirePermission(Permissions.RisksWrite);
        risk.MapPost("/acceptances/{acceptanceId:guid}/decision",
                async Task<Ok<AcceptanceSummary>> (HttpContext http, RiskDecisions decisions, Guid id, Guid acceptanceId, AcceptanceDecisionInput input) =>
                    TypedResults.Ok(await decisions.DecideAsync(Caller(http), id, acceptanceId, input, http.RequestAborted)))
            .WithName("DecideRiskAcceptance")
            .WithSummary("Approve or refuse an acceptance: 403 for the requester and for anyone without the authority of the risk's band")
            .RequirePermission(Permissions.RisksWrite);

        risk.MapPost("/actions", async Task<Created<RiskActionView>> (HttpContext http, RiskActions actions, Guid id, RiskActionInput input) =>
            {
                var caller = Caller(http);
                var added = await actions.AddAsync(caller, id, input, http.RequestAborted);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/risks/{id}/actions/{added.Id}", added);
            })
            .WithName("AddRiskAction").WithSummary("Add a treatment action (title, owner, due date); it is open until marked done")
            .RequirePermission(Permissions.RisksWrite);
        risk.MapPut("/actions/{actionId:guid}",
                async Task<Ok<RiskActionView>> (HttpContext http, RiskActions actions, Guid id, Guid actionId, RiskActionInput input) =>
                {
                    var updated = await actions.UpdateAsync(Caller(http), id, actionId, input, ETags.ParseIfMatch(http.Request), http.RequestAborted);
                    http.Response.Headers.ETag = ETags.Format(updated.Version);
                    return TypedResults.Ok(updated);
                })
            .WithName("UpdateRiskAction").WithSummary("Change a treatment action or mark it done (status open|done; If-Match optional)")
            .RequirePermission(Permissions.RisksWrite);

        var criteria = org.MapGroup("/risk-criteria").WithTags("Risk criteria (6.1.1)");
        criteria.MapGet("/", async Task<Ok<IReadOnlyList<RiskCriteriaView>>> (HttpContext http, RiskCriteriaService service) =>
                TypedResults.Ok(await service.ListAsync(Caller(http), http.RequestAborted)))
            .WithName("ListRiskCriteria").WithSummary("Every version of the risk criteria, oldest first")
            .RequirePermission(Permissions.RisksRead);
        criteria.MapGet("/current", async Task<Ok<RiskCriteriaView>> (HttpContext http, RiskCriteriaService service) =>
                TypedResults.Ok(await service.CurrentAsync(Caller(http), http.RequestAborted)))
            .WithName("GetCurrentRiskCriteria").WithSummary("The version in force, with the number of risks rated under an older one")
            .RequirePermission(Permissions.RisksRead);
        criteria.MapGet("/{number:int}", async Task<Ok<RiskCriteriaView>> (HttpContext http, RiskCriteriaService service, int number) =>
                TypedResults.Ok(await service.GetAsync(Caller(http), number, http.RequestAborted)))
            .WithName("GetRiskCriteria").WithSummary("One version of the risk criteria")
            .RequirePermission(Permissions.RisksRead);
        criteria.MapPost("/", async Task<Created<RiskCriteriaView>> (HttpContext http, RiskCriteriaService service, RiskCriteriaInput input) =>
            {
                var caller = Caller(http);
                var draft = await service.DraftAsync(caller, input, http.RequestAborted);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/risk-criteria/{draft.Number}", draft);
            })
            .WithName("DraftRiskCriteria").WithSummary("Draft the next version (scales, matrix, bands with their authority and review interval)")
            .RequirePermission(Permissions.RisksManage);
        criteria.MapPost("/{number:int}/approve", async Task<Ok<RiskCriteriaView>> (HttpContext http, RiskCriteriaService service, int number) =>
                TypedResults.Ok(await service.ApproveAsync(Caller(http), number, http.RequestAborted)))
            .WithName("ApproveRiskCriteria")
            .WithSummary("Put a draft in force; existing ratings keep their version and are listed for re-rating")
            .RequirePermission(Permissions.RisksManage);

        var controls = org.MapGroup("/controls").WithTags("Controls (Annex A)");
        controls.MapGet("/", async Task<Ok<Core.Common.PagedResult<ControlView>>> (HttpContext http, ControlService service, int? page, int? pageSize) =>
                TypedResults.Ok(await service.ListAsync(Caller(http), page, pageSize, http.RequestAborted)))
            .WithName("ListControls").WithSummary("The 38 Annex A controls with their implementation here and the risks that select them")
            .RequirePermission(Permissions.ManagementRead);
        controls.MapGet("/{controlId}", async Task<Ok<ControlView>> (HttpContext http, ControlService service, string controlId) =>
                TypedResults.Ok(await service.GetAsync(Caller(http), controlId, http.RequestAborted)))
            .WithName("GetControl").WithSummary("One Annex A control")
            .RequirePermission(Permissions.ManagementRead);
        controls.MapPut("/{controlId}", async Task<Ok<ControlView>> (HttpContext http, ControlService service, string controlId, ControlInput input) =>
            {
                var updated = await service.UpdateAsync(Caller(http), controlId, input, ETags.ParseIfMatch(http.Request), http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(updated.Version);
                return TypedResults.Ok(updated);
            })
            .WithName("UpdateControl").WithSummary("Set a control's implementation status, owner, planned date and description (If-Match optional)")
            .RequirePermission(Permissions.ManagementWrite);
        return org;
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
