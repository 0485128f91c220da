namespace Aims.Catalogs;

/// <summary>The items matching a <see cref="StandardCatalog.Search(string?)"/> query, each list in natural order.</summary>
/// <param name="Clauses">Matching clauses.</param>
/// <param name="Controls">Matching Annex A controls.</param>
/// <param name="AnnexCObjectives">Matching Annex C organizational objectives.</param>
/// <param name="AnnexCRiskSources">Matching Annex C risk sources.</param>
public sealed record CatalogSearchResult(
    IReadOnlyList<ClauseItem> Clauses,
    IReadOnlyList<ControlItem> Controls,
    IReadOnlyList<AnnexCEntry> AnnexCObjectives,
    IReadOnlyList<AnnexCEntry> AnnexCRiskSources)
{
    /// <summary>Total number of matches.</summary>
    public int Count => Clauses.Count + Controls.Count + AnnexCObjectives.Count + AnnexCRiskSources.Count;
}
