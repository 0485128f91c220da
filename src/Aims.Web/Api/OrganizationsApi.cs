using System.Security.Claims;
using Aims.Core.Access;
using Aims.Core.Organizations;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Api;

/// <summary>The organizations the caller can enter (members are in <see cref="MembersApi"/>).</summary>
public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api, RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(org);
        api.MapGet("/orgs", async Task<Ok<IReadOnlyList<OrganizationSummary>>> (HttpContext http, OrganizationService service) =>
            {
                var userId = Guid.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!);
                var (tokenOrg, tokenRole) = CallerAccessor.TokenScope(http.User);
                return TypedResults.Ok(await service.ListForUserAsync(userId, tokenOrg, tokenRole, http.RequestAborted));
            })
            .WithTags("Organizations").WithName("ListOrganizations").WithSummary("Organizations you can enter, with your role")
            .RequirePermission(Permissions.OrganizationRead);

        org.MapGet("/settings", async Task<Ok<OrganizationSettings>> (HttpContext http, OrganizationService service) =>
                TypedResults.Ok(await service.GetSettingsAsync(PermissionEndpointFilter.GetCaller(http), http.RequestAborted)))
            .WithTags("Organizations").WithName("GetOrganizationSettings").WithSummary("The organization's settings")
            .RequirePermission(Permissions.OrganizationRead);

        org.MapPut("/settings", async Task<Ok<OrganizationSettings>> (HttpContext http, OrganizationService service,
                OrganizationSettingsInput input) =>
                TypedResults.Ok(await service.UpdateSettingsAsync(PermissionEndpointFilter.GetCaller(http), input, http.RequestAborted)))
            .WithTags("Organizations").WithName("UpdateOrganizationSettings")
            .WithSummary("Change the organization's settings (requireMfa: members need two-factor sign-in; timeZone: IANA id such as Europe/Berlin; allowSelfApproval: authors may approve their own document versions); fields left out keep their value; Admin only")
            .RequirePermission(Permissions.MembersManage);

        api.MapGet("/time-zones", Ok<IReadOnlyList<string>> () => TypedResults.Ok(OrganizationTimeZones.All))
            .WithTags("Organizations").WithName("ListTimeZones")
            .WithSummary("The IANA time zones an organization can choose (from this server's time zone database), plus UTC")
            .RequirePermission(Permissions.CatalogRead);

        return api;
    }
}
