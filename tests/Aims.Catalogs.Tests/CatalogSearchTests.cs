namespace Aims.Catalogs.Tests;

public class CatalogSearchTests
{
    private static StandardCatalog Catalog => CatalogLibrary.Iso42001;

    [Fact]
    public void Validation_finds_the_verification_and_validation_control()
    {
        var result = Catalog.Search("validation");

        Assert.Contains(result.Controls, c => c.Id == "A.6.2.4");
    }

    [Fact]
    public void Search_is_case_insensitive()
    {
        Assert.Contains(Catalog.Search("VALIDATION").Controls, c => c.Id == "A.6.2.4");
    }

    [Fact]
    public void Search_matches_ids()
    {
        var result = Catalog.Search("6.1.4");

        Assert.Contains(result.Clauses, c => c.Id == "6.1.4");
    }

    [Fact]
    public void Search_matches_clause_summaries()
    {
        // "Statement of Applicability" appears in the summary of 6.1.3, not in its title.
        Assert.Contains(Catalog.Search("statement of applicability").Clauses, c => c.Id == "6.1.3");
    }

    [Fact]
    public void Search_matches_evidence_guidance()
    {
        // "bill of materials" only appears in the evidence guidance of A.4.4.
        var result = Catalog.Search("bill of materials");

        Assert.Equal("A.4.4", Assert.Single(result.Controls).Id);
    }

    [Fact]
    public void Search_covers_annex_c_objectives_and_risk_sources()
    {
        var fairness = Catalog.Search("fairness");
        Assert.Contains(fairness.AnnexCObjectives, e => e.Id == "C.2.5");

        var automation = Catalog.Search("automation");
        Assert.Contains(automation.AnnexCRiskSources, e => e.Id == "C.3.3");
        Assert.Empty(Catalog.Search("C.3.3 zebra").AnnexCRiskSources);
    }

    [Fact]
    public void Every_word_must_match()
    {
        var result = Catalog.Search("nonconformity corrective");

        Assert.Contains(result.Clauses, c => c.Id == "10.2");
        Assert.Empty(Catalog.Search("validation zebra").Controls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_query_returns_everything(string? query)
    {
        var result = Catalog.Search(query);

        Assert.Equal(Catalog.Clauses.Count, result.Clauses.Count);
        Assert.Equal(Catalog.Controls.Count, result.Controls.Count);
    }

    [Fact]
    public void A_query_without_matches_returns_nothing()
    {
        Assert.Equal(0, Catalog.Search("xylophone").Count);
    }

    [Fact]
    public void Results_keep_natural_order()
    {
        var ids = Catalog.Search("AI system").Controls.Select(c => c.Id).ToList();

        Assert.Equal(ids.Order(IdentifierComparer.Instance), ids);
        Assert.True(ids.Count > 2);
    }
}
