namespace Aims.Web.Api;

/// <summary>Catalog header in the list of catalogs.</summary>
public sealed record CatalogInfo(string Id, string Version, string Title, string Standard);
