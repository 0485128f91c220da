namespace Aims.Catalogs.Loading;

/// <summary>
/// What a known catalog must contain. It lives in code, not in the data file, so that an edit which drops or
/// duplicates an item cannot also "fix" the expected numbers.
/// </summary>
internal sealed record CatalogExpectation(
    string Standard,
    int Clauses,
    int ControlObjectives,
    int Controls,
    int AnnexCObjectives,
    int AnnexCRiskSources,
    IReadOnlyDictionary<string, int> ControlsPerTopLevelObjective)
{
    /// <summary>Expectations by catalog id.</summary>
    public static IReadOnlyDictionary<string, CatalogExpectation> Known { get; } =
        new Dictionary<string, CatalogExpectation>(StringComparer.OrdinalIgnoreCase)
        {
            // Counts from the standards facts sheet: 43 clause nodes in 4-10 (with 6.1.1-6.1.4, 7.5.x, 9.2.x, 9.3.x),
            // 9 objectives + the A.6.1/A.6.2 sub-objectives, 38 controls, 11 Annex C objectives, 7 risk sources.
            ["iso42001"] = new(
                Standard: "ISO/IEC 42001:2023",
                Clauses: 43,
                ControlObjectives: 11,
                Controls: 38,
                AnnexCObjectives: 11,
                AnnexCRiskSources: 7,
                ControlsPerTopLevelObjective: new Dictionary<string, int>(StringComparer.Ordinal)
                {
                    ["A.2"] = 3,
                    ["A.3"] = 2,
                    ["A.4"] = 5,
                    ["A.5"] = 4,
                    ["A.6"] = 9,
                    ["A.7"] = 5,
                    ["A.8"] = 4,
                    ["A.9"] = 3,
                    ["A.10"] = 3,
                }),
        };
}
