using Aims.Core.Access;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Api;

/// <summary>
/// API tokens of an organization: <c>/api/v1/orgs/{org}/tokens</c>. Thin: generation, hashing and the role cap live in
/// <see cref="ApiTokenService"/>. Responses never carry a hash; the clear value appears once, in the create response.
/// </summary>
public static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var group = org.MapGroup("/tokens").WithTags("API tokens");

        group.MapGet("/", async Task<Ok<IReadOnlyList<ApiTokenView>>> (HttpContext http, ApiTokenService service) =>
                TypedResults.Ok(await service.ListAsync(Caller(http), http.RequestAborted)))
            .WithName("ListTokens").WithSummary("The organization's API tokens with their state (never the value or its hash)")
            .RequirePermission(Permissions.TokensManage);

        group.MapPost("/", async Task<Created<CreatedApiToken>> (HttpContext http, ApiTokenService service, ApiTokenInput input) =>
            {
                var caller = Caller(http);
                var created = await service.CreateAsync(caller, input, http.RequestAborted);
                // The secret is in this body only; make sure no cache keeps a copy.
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Created($"/api/v1/orgs/{caller.OrganizationSlug}/tokens/{created.Record.Id:D}", created);
            })
            .WithName("CreateToken")
            .WithSummary("Create a token for yourself (role at most yours; expiresInDays 1–3650, default 90, explicit null for never); the value is returned once")
            .RequirePermission(Permissions.TokensManage);

        group.MapPost("/{id:guid}/revoke", async Task<Ok<ApiTokenView>> (HttpContext http, ApiTokenService service, Guid id) =>
                TypedResults.Ok(await service.RevokeAsync(Caller(http), id, http.RequestAborted)))
            .WithName("RevokeToken").WithSummary("Revoke one of the organization's tokens; it stops working at once")
            .RequirePermission(Permissions.TokensManage);

        return org;
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
