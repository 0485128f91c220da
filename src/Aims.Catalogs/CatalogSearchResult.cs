namespace Aims.Catalogs;

/// <summary>The clauses and controls matching a <see cref="StandardCatalog.Search(string?)"/> query, in natural order.</summary>
/// <param name="Clauses">Matching clauses.</param>
/// <param name="Controls">Matching Annex A controls.</param>
public sealed record CatalogSearchResult(IReadOnlyList<ClauseItem> Clauses, IReadOnlyList<ControlItem> Controls)
{
    /// <summary>Total number of matches.</summary>
    public int Count => Clauses.Count + Controls.Count;
}
