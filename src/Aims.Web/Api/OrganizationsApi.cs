using System.Security.Claims;
using Aims.Core.Access;
using Aims.Core.Organizations;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Api;

/// <summary>The caller's organizations and each organization's members.</summary>
public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api, RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(org);
        api.MapGet("/orgs", async Task<Ok<IReadOnlyList<OrganizationSummary>>> (HttpContext http, OrganizationService service) =>
            {
                var userId = Guid.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!);
                var all = await service.ListForUserAsync(userId, http.RequestAborted);
                // A token sees only its own organization.
                if (Guid.TryParse(http.User.FindFirstValue(AimsClaims.TokenOrganizationId), out var tokenOrg))
                {
                    all = all.Where(o => o.Id == tokenOrg).ToList();
                }

                return TypedResults.Ok(all);
            })
            .WithTags("Organizations").WithName("ListOrganizations").WithSummary("Organizations you can enter, with your role")
            .RequirePermission(Permissions.OrganizationRead);

        org.MapGet("/members", async Task<Ok<IReadOnlyList<MemberSummary>>> (HttpContext http, OrganizationService service) =>
                TypedResults.Ok(await service.ListMembersAsync(PermissionEndpointFilter.GetCaller(http), http.RequestAborted)))
            .WithTags("Organizations").WithName("ListMembers").WithSummary("Members of the organization and their roles")
            .RequirePermission(Permissions.OrganizationRead);
        return api;
    }
}
