using Aims.Core.Access;
using Aims.Core.Organizations;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Api;

/// <summary>
/// Members of an organization: <c>/api/v1/orgs/{org}/members</c>. Thin: the rules (last Admin, grantable roles, tokens
/// of removed members) live in <see cref="MembershipService"/>.
/// </summary>
public static class MembersApi
{
    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var group = org.MapGroup("/members").WithTags("Members");

        group.MapGet("/", async Task<Ok<IReadOnlyList<MemberSummary>>> (HttpContext http, OrganizationService service) =>
                TypedResults.Ok(await service.ListMembersAsync(Caller(http), http.RequestAborted)))
            .WithName("ListMembers").WithSummary("Members of the organization and their roles")
            .RequirePermission(Permissions.OrganizationRead);

        group.MapPost("/", async Task<Created<MemberSummary>> (HttpContext http, MembershipService service, MemberInput input) =>
            {
                var caller = Caller(http);
                var added = await service.AddAsync(caller, input, http.RequestAborted);
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/members/{added.UserId:D}", added);
            })
            .WithName("AddMember").WithSummary("Add an existing account by e-mail with a role")
            .RequirePermission(Permissions.MembersManage);

        group.MapPut("/{userId:guid}", async Task<Ok<MemberSummary>> (HttpContext http, MembershipService service, Guid userId,
                MemberRoleInput input) =>
                TypedResults.Ok(await service.ChangeRoleAsync(Caller(http), userId, input, http.RequestAborted)))
            .WithName("ChangeMemberRole")
            .WithSummary("Change a member's role (the last Admin cannot be demoted; their tokens with more rights are revoked)")
            .RequirePermission(Permissions.MembersManage);

        group.MapDelete("/{userId:guid}", async Task<NoContent> (HttpContext http, MembershipService service, Guid userId) =>
            {
                await service.RemoveAsync(Caller(http), userId, http.RequestAborted);
                return TypedResults.NoContent();
            })
            .WithName("RemoveMember")
            .WithSummary("Remove a member (not the last Admin); their tokens for this organization are revoked; the ledger keeps the history")
            .RequirePermission(Permissions.MembersManage);

        return org;
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
