using Aims.Web.Security;
using Aims.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Aims.Web.Tests;

/// <summary>Secure by default: every endpoint declares a permission from the matrix, or is deliberately public.</summary>
public sealed class EndpointPermissionTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    // Public on purpose: sign-in, health, API description, static files.
    private static readonly string[] PublicPrefixes = ["/account/", "/health", "/openapi/", "/scalar", "/_", "/Error", "/not-found"];

    [Fact]
    public void Every_api_endpoint_declares_a_permission_from_the_matrix()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var api = endpoints.Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true).ToList();
        Assert.True(api.Count >= 10, "expected the API endpoints to be found");
        var missing = api.Where(e => e.Metadata.GetMetadata<RequiresPermissionAttribute>() is null)
            .Select(e => $"{e.DisplayName}").ToList();
        Assert.True(missing.Count == 0, "Endpoints without a permission: " + string.Join(", ", missing));
        Assert.All(api, e => Assert.Contains(e.Metadata.GetMetadata<RequiresPermissionAttribute>()!.Permission, Core.Access.Permissions.All));
    }

    [Fact]
    public void Every_page_and_other_endpoint_requires_a_permission_or_is_deliberately_public()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) != true)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null &&
                        !(e.DisplayName ?? "").Contains("static", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var offenders = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var hasPermission = endpoint.Metadata.GetMetadata<RequiresPermissionAttribute>() is not null;
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            if (isPublic && !PublicPrefixes.Any(p => route.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                offenders.Add($"{route} is anonymous but not on the public list");
            }
            else if (!isPublic && isPage && !hasPermission)
            {
                offenders.Add($"{route} (page) declares no permission");
            }
        }

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }
}
