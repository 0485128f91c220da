using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Context;
using Aims.Core.Leadership;
using Aims.Core.Support;
using Aims.Core.Objectives;
using Aims.Core.Parties;
using Aims.Core.Registers;
using Aims.Web.Api;
using Aims.Web.Registers;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Establishment;

/// <summary>
/// The registers that establish the AIMS: <c>context-issues</c>, <c>interested-parties</c> (their requirements also at
/// <c>/interested-parties/{id}/requirements</c>), <c>requirements</c> and <c>objectives</c> (with
/// <c>POST /objectives/{id}/measurements</c>), <c>roles</c>, <c>raci</c>, <c>leadership-records</c>, <c>people</c>,
/// <c>competences</c>, <c>changes</c>, <c>resources</c>, <c>communication-plan</c> and <c>communications</c>. Thin: every rule lives in Core.
/// </summary>
public static class EstablishmentApi
{
    public static RouteGroupBuilder MapEstablishmentApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        org.MapEditedRegister<ContextIssueService, ContextIssue, ContextIssueView, ContextIssueInput>("Context (4.1)");
        org.MapEditedRegister<AiRoleService, AiRoleAssignment, AiRoleAssignmentView, AiRoleAssignmentInput>("Context (4.1)");
        var parties = org.MapEditedRegister<InterestedPartyService, InterestedParty, InterestedPartyView, InterestedPartyInput>("Interested parties (4.2)");
        org.MapEditedRegister<PartyRequirementService, PartyRequirement, PartyRequirementView, PartyRequirementInput>("Interested parties (4.2)");
        var objectives = org.MapEditedRegister<ObjectiveService, AiObjective, AiObjectiveView, AiObjectiveInput>("AI objectives (6.2)");
        org.MapEditedRegister<AimsRoleService, AimsRole, AimsRoleView, AimsRoleInput>("Roles and RACI (5.3)");
        org.MapEditedRegister<RaciService, RaciEntry, RaciEntryView, RaciEntryInput>("Roles and RACI (5.3)");
        org.MapEditedRegister<LeadershipRecordService, LeadershipRecord, LeadershipRecordView, LeadershipRecordInput>("Leadership (5.1)");
        org.MapEditedRegister<PersonService, Person, PersonView, PersonInput>("People and competence (7.2)");
        org.MapEditedRegister<CompetenceService, CompetenceRecord, CompetenceRecordView, CompetenceRecordInput>("People and competence (7.2)");
        org.MapEditedRegister<PlannedChangeService, PlannedChange, PlannedChangeView, PlannedChangeInput>("Planned changes (6.3)");
        org.MapEditedRegister<AimsResourceService, AimsResource, AimsResourceView, AimsResourceInput>("Resources (7.1)");
        org.MapEditedRegister<CommunicationPlanService, CommunicationPlanItem, CommunicationPlanItemView, CommunicationPlanItemInput>("Communication (7.4)");
        org.MapEditedRegister<CommunicationRecordService, CommunicationRecord, CommunicationRecordView, CommunicationRecordInput>("Communication (7.4)");

        parties.MapGet("/{id:guid}/requirements", async Task<Ok<PagedResult<PartyRequirementView>>> (HttpContext http,
                InterestedPartyService partiesService, PartyRequirementService requirements, Guid id) =>
            {
                var caller = Caller(http);
                await partiesService.Register.GetAsync(caller, id, http.RequestAborted); // 404 for a party that is not this organization's
                var query = RegisterQueries.From(http.Request, requirements.Register.Definition);
                var filters = new Dictionary<string, string>(query.Filters, StringComparer.OrdinalIgnoreCase) { ["partyId"] = id.ToString("D") };
                return TypedResults.Ok(await requirements.Register.ListAsync(caller, query with { Filters = filters }, http.RequestAborted));
            })
            .WithName("ListRequirementsOfInterestedParty").WithSummary("The requirements of one interested party (the requirement register's query)")
            .WithRegisterQuery(PartyRegisters.Requirements)
            .RequirePermission(Permissions.ManagementRead);

        parties.MapPost("/{id:guid}/requirements", async Task<Created<PartyRequirementView>> (HttpContext http,
                PartyRequirementService requirements, Guid id, PartyRequirementInput input) =>
            {
                if (input.PartyId is { } given && given != id)
                {
                    throw new ValidationFailedException("partyId", $"partyId {given:D} differs from the party in the address ({id:D}); leave it out.");
                }

                var created = await requirements.CreateAsync(Caller(http), input with { PartyId = id }, http.RequestAborted);
                return await EditedRegisterEndpoints.CreatedAsync(http, PartyRegisters.RequirementsName, created);
            })
            .WithName("CreateRequirementOfInterestedParty").WithSummary("Add a requirement to the interested party")
            .RequirePermission(Permissions.ManagementWrite);

        objectives.MapPost("/{id:guid}/measurements", async Task<Created<AiObjectiveView>> (HttpContext http, ObjectiveService service,
                Guid id, MeasurementInput input) =>
            {
                var objective = await service.AddMeasurementAsync(Caller(http), id, input, http.RequestAborted);
                http.Response.Headers.ETag = ETags.Format(objective.Version);
                return TypedResults.Created($"/api/v1/orgs/{Caller(http).OrganizationSlug}/objectives/{id}", objective);
            })
            .WithName("AddObjectiveMeasurement")
            .WithSummary("Record a measurement of the objective's KPI (value, measuredOn, source, evidenceId); answers the objective with its progress")
            .RequirePermission(Permissions.ManagementWrite);

        return org;
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
