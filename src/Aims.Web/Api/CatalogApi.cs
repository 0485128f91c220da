using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Api;

/// <summary>Standards catalogs as data. Needs a signed-in user or a token, but no organization.</summary>
public static class CatalogApi
{
    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/catalogs").WithTags("Catalogs");
        group.MapGet("/", () => TypedResults.Ok(CatalogLibrary.All.Select(c => new CatalogInfo(c.Id, c.Version, c.Title, c.Standard))))
            .WithName("ListCatalogs").WithSummary("List the standards catalogs this installation ships")
            .RequirePermission(Permissions.CatalogRead);
        group.MapGet("/{catalogId}", Results<Ok<StandardCatalog>, ProblemHttpResult> (string catalogId) =>
                CatalogLibrary.Find(catalogId) is { } catalog
                    ? TypedResults.Ok(catalog)
                    : TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"No catalog '{catalogId}'."))
            .WithName("GetCatalog")
            .WithSummary("A catalog with its clauses, Annex A controls and Annex C entries (identifiers as in the standard)")
            .RequirePermission(Permissions.CatalogRead);
        return api;
    }
}
