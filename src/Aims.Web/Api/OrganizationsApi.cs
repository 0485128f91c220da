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

        return api;
    }
}
