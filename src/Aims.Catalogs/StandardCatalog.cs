namespace Aims.Catalogs;

/// <summary>
/// One version of a standard held as data: its requirement clauses, Annex A control objectives and controls, and the
/// Annex C objectives and risk sources. Obtain it from <see cref="CatalogLibrary"/>; the loader has already checked it.
/// </summary>
/// <param name="Id">Stable catalog id that records store, e.g. "iso42001".</param>
/// <param name="Version">Version of OUR data (e.g. "2023.1"), not of the standard; bumped when any text changes.</param>
/// <param name="Title">Human-readable title of the catalog.</param>
/// <param name="Standard">The standard the catalog describes, e.g. "ISO/IEC 42001:2023".</param>
/// <param name="Clauses">Clauses and subclauses in natural identifier order.</param>
/// <param name="ControlObjectives">Annex A objectives (including sub-objectives) in natural identifier order.</param>
/// <param name="Controls">Annex A controls in natural identifier order.</param>
/// <param name="AnnexCObjectives">Annex C potential AI-related organizational objectives (C.2.x).</param>
/// <param name="AnnexCRiskSources">Annex C risk sources (C.3.x).</param>
public sealed record StandardCatalog(
    string Id,
    string Version,
    string Title,
    string Standard,
    IReadOnlyList<ClauseItem> Clauses,
    IReadOnlyList<ControlObjective> ControlObjectives,
    IReadOnlyList<ControlItem> Controls,
    IReadOnlyList<AnnexCEntry> AnnexCObjectives,
    IReadOnlyList<AnnexCEntry> AnnexCRiskSources)
{
    // Lookups are linear on purpose: the lists hold a few dozen items, and a cached dictionary would be copied
    // unchanged by a `with` expression and silently disagree with a replaced list.

    /// <summary>Finds a clause by id ("6.1.4", case-insensitive); <see langword="null"/> when there is none.</summary>
    public ClauseItem? FindClause(string id) => FindById(Clauses, id, static c => c.Id);

    /// <summary>Finds an Annex A control by id ("A.6.2.4", case-insensitive); <see langword="null"/> when there is none.</summary>
    public ControlItem? FindControl(string id) => FindById(Controls, id, static c => c.Id);

    /// <summary>Finds an Annex A objective by id ("A.6.1", case-insensitive); <see langword="null"/> when there is none.</summary>
    public ControlObjective? FindObjective(string id) => FindById(ControlObjectives, id, static o => o.Id);

    /// <summary>Finds an Annex C objective or risk source by id ("C.3.4", case-insensitive); <see langword="null"/> when there is none.</summary>
    public AnnexCEntry? FindAnnexCEntry(string id) =>
        FindById(AnnexCObjectives, id, static e => e.Id) ?? FindById(AnnexCRiskSources, id, static e => e.Id);

    /// <summary>The controls that belong to an objective, including those of its sub-objectives ("A.6" gives all nine).</summary>
    public IReadOnlyList<ControlItem> ControlsUnder(string objectiveId)
    {
        ArgumentNullException.ThrowIfNull(objectiveId);
        var prefix = objectiveId + ".";
        return [.. Controls.Where(c => string.Equals(c.ObjectiveId, objectiveId, StringComparison.Ordinal)
                                       || c.ObjectiveId.StartsWith(prefix, StringComparison.Ordinal))];
    }

    /// <summary>
    /// Case-insensitive search over id, title, and summary (clauses) or intent and evidence guidance (controls).
    /// </summary>
    /// <param name="query">
    /// Words separated by spaces; an item matches when every word occurs in one of its fields. A null or blank query
    /// matches everything, so a list screen can pass its filter box straight through.
    /// </param>
    /// <returns>The matching clauses and controls, in natural identifier order.</returns>
    public CatalogSearchResult Search(string? query)
    {
        var terms = string.IsNullOrWhiteSpace(query)
            ? []
            : query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        var clauses = Clauses
            .Where(c => MatchesAll(terms, c.Id, c.Title, c.Summary))
            .ToList();
        var controls = Controls
            .Where(c => MatchesAll(terms, c.Id, c.Title, c.Intent, c.EvidenceGuidance))
            .ToList();
        var objectives = AnnexCObjectives
            .Where(e => MatchesAll(terms, e.Id, e.Title, e.Description))
            .ToList();
        var riskSources = AnnexCRiskSources
            .Where(e => MatchesAll(terms, e.Id, e.Title, e.Description))
            .ToList();
        return new CatalogSearchResult(clauses, controls, objectives, riskSources);
    }

    private static bool MatchesAll(string[] terms, params ReadOnlySpan<string> fields)
    {
        foreach (var term in terms)
        {
            var found = false;
            foreach (var field in fields)
            {
                if (field.Contains(term, StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static T? FindById<T>(IReadOnlyList<T> items, string id, Func<T, string> idOf)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var item in items)
        {
            if (string.Equals(idOf(item), id, StringComparison.OrdinalIgnoreCase))
            {
                return item;
            }
        }

        return null;
    }
}
