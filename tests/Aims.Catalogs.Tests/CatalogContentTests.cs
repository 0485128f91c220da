namespace Aims.Catalogs.Tests;

/// <summary>
/// Standard-truth checks: the expected lists are hard-coded from the standards facts sheet on purpose, so the data
/// file can never drift from the standard's numbering without a test failing.
/// </summary>
public class CatalogContentTests
{
    private static readonly string[] ExpectedClauseIds =
    [
        "4", "4.1", "4.2", "4.3", "4.4",
        "5", "5.1", "5.2", "5.3",
        "6", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.2", "6.3",
        "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3",
        "8", "8.1", "8.2", "8.3", "8.4",
        "9", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3",
        "10", "10.1", "10.2",
    ];

    private static readonly string[] ExpectedControlIds =
    [
        "A.2.2", "A.2.3", "A.2.4",
        "A.3.2", "A.3.3",
        "A.4.2", "A.4.3", "A.4.4", "A.4.5", "A.4.6",
        "A.5.2", "A.5.3", "A.5.4", "A.5.5",
        "A.6.1.2", "A.6.1.3",
        "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7", "A.6.2.8",
        "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6",
        "A.8.2", "A.8.3", "A.8.4", "A.8.5",
        "A.9.2", "A.9.3", "A.9.4",
        "A.10.2", "A.10.3", "A.10.4",
    ];

    private static readonly string[] ExpectedObjectiveIds =
        ["A.2", "A.3", "A.4", "A.5", "A.6", "A.6.1", "A.6.2", "A.7", "A.8", "A.9", "A.10"];

    private static StandardCatalog Catalog => CatalogLibrary.Iso42001;

    [Fact]
    public void Header_identifies_the_catalog_and_its_data_version()
    {
        Assert.Equal("iso42001", Catalog.Id);
        Assert.Equal("2023.1", Catalog.Version);
        Assert.Equal("ISO/IEC 42001:2023", Catalog.Standard);
        Assert.False(string.IsNullOrWhiteSpace(Catalog.Title));
    }

    [Fact]
    public void Library_exposes_the_catalog_once_and_by_id()
    {
        Assert.Same(CatalogLibrary.Iso42001, CatalogLibrary.Iso42001);
        Assert.Same(CatalogLibrary.Iso42001, Assert.Single(CatalogLibrary.All));
        Assert.Same(CatalogLibrary.Iso42001, CatalogLibrary.Find("iso42001"));
        Assert.Same(CatalogLibrary.Iso42001, CatalogLibrary.Find("ISO42001"));
        Assert.Null(CatalogLibrary.Find("iso27001"));
    }

    [Fact]
    public void Clause_ids_are_exactly_the_standard_ones_in_order()
    {
        Assert.Equal(ExpectedClauseIds, Catalog.Clauses.Select(c => c.Id));
    }

    [Fact]
    public void There_are_exactly_38_controls_with_the_standard_ids_in_order()
    {
        Assert.Equal(38, Catalog.Controls.Count);
        Assert.Equal(ExpectedControlIds, Catalog.Controls.Select(c => c.Id));
    }

    [Fact]
    public void Objectives_include_the_A6_sub_objectives()
    {
        Assert.Equal(ExpectedObjectiveIds, Catalog.ControlObjectives.Select(o => o.Id));
        Assert.Equal("A.6", Catalog.FindObjective("A.6.1")!.ParentId);
        Assert.Equal("A.6", Catalog.FindObjective("A.6.2")!.ParentId);
        Assert.Null(Catalog.FindObjective("A.6")!.ParentId);
        Assert.Contains("A.6.1", Catalog.FindObjective("A.6")!.Objective, StringComparison.Ordinal);
        Assert.Contains("A.6.2", Catalog.FindObjective("A.6")!.Objective, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A.2", 3)]
    [InlineData("A.3", 2)]
    [InlineData("A.4", 5)]
    [InlineData("A.5", 4)]
    [InlineData("A.6", 9)]
    [InlineData("A.7", 5)]
    [InlineData("A.8", 4)]
    [InlineData("A.9", 3)]
    [InlineData("A.10", 3)]
    public void Each_objective_has_the_standard_number_of_controls(string objectiveId, int expected)
    {
        Assert.Equal(expected, Catalog.ControlsUnder(objectiveId).Count);
    }

    [Fact]
    public void Each_control_points_at_its_direct_parent_objective()
    {
        Assert.Equal("A.6.1", Catalog.FindControl("A.6.1.2")!.ObjectiveId);
        Assert.Equal("A.6.2", Catalog.FindControl("A.6.2.8")!.ObjectiveId);
        Assert.Equal("A.2", Catalog.FindControl("A.2.2")!.ObjectiveId);
        Assert.Equal("A.10", Catalog.FindControl("A.10.4")!.ObjectiveId);
        Assert.Equal(2, Catalog.ControlsUnder("A.6.1").Count);
        Assert.Equal(7, Catalog.ControlsUnder("A.6.2").Count);
    }

    [Theory]
    [InlineData("A.2.2", "AI policy")]
    [InlineData("A.3.3", "Reporting of concerns")]
    [InlineData("A.5.4", "Assessing AI system impact on individuals or groups of individuals")]
    [InlineData("A.6.2.4", "AI system verification and validation")]
    [InlineData("A.6.2.8", "AI system recording of event logs")]
    [InlineData("A.7.5", "Data provenance")]
    [InlineData("A.10.2", "Allocating responsibilities")]
    public void Control_titles_match_the_standard(string id, string title)
    {
        Assert.Equal(title, Catalog.FindControl(id)!.Title);
    }

    [Fact]
    public void Clause_10_1_is_continual_improvement_and_10_2_is_nonconformity()
    {
        Assert.Equal("Continual improvement", Catalog.FindClause("10.1")!.Title);
        Assert.Equal("Nonconformity and corrective action", Catalog.FindClause("10.2")!.Title);
    }

    [Fact]
    public void Clause_6_1_4_is_the_impact_assessment_under_6_1()
    {
        var clause = Catalog.FindClause("6.1.4")!;
        Assert.Equal("AI system impact assessment", clause.Title);
        Assert.Equal("6.1", clause.ParentId);
    }

    [Fact]
    public void Clause_6_1_3_requires_the_SoA_and_the_risk_treatment_plan()
    {
        var di = Catalog.FindClause("6.1.3")!.DocumentedInformation;
        Assert.Contains(di, d => d.Kind == DocumentedInformationKind.Document
                                 && d.Description.Contains("Statement of Applicability", StringComparison.Ordinal));
        Assert.Contains(di, d => d.Kind == DocumentedInformationKind.Document
                                 && d.Description.Contains("risk treatment plan", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Mandatory_documented_information_sits_on_the_expected_clauses()
    {
        // Facts sheet §1.1/§1.2: these clauses carry mandatory DI, every other clause carries none.
        string[] withDocumentedInformation =
            ["4.3", "5.2", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.2", "7.2", "8.1", "8.2", "8.3", "8.4", "9.1", "9.2.2", "9.3.3", "10.2"];

        var actual = Catalog.Clauses.Where(c => c.DocumentedInformation.Count > 0).Select(c => c.Id);

        Assert.Equal(withDocumentedInformation, actual);
        // §1.2 counts 17 distinct items; impact-assessment results are listed under both 6.1.4 and 8.4, hence 18.
        Assert.Equal(18, Catalog.Clauses.Sum(c => c.DocumentedInformation.Count));
        Assert.Equal(DocumentedInformationKind.Document, Assert.Single(Catalog.FindClause("4.3")!.DocumentedInformation).Kind);
        Assert.Equal(DocumentedInformationKind.Record, Assert.Single(Catalog.FindClause("8.2")!.DocumentedInformation).Kind);
    }

    [Fact]
    public void Every_clause_has_a_title_and_a_summary_and_a_parent_that_exists()
    {
        foreach (var clause in Catalog.Clauses)
        {
            Assert.False(string.IsNullOrWhiteSpace(clause.Title), clause.Id);
            Assert.False(string.IsNullOrWhiteSpace(clause.Summary), clause.Id);
            if (clause.ParentId is not null)
            {
                Assert.NotNull(Catalog.FindClause(clause.ParentId));
            }
        }
    }

    [Fact]
    public void Every_control_has_intent_evidence_guidance_and_resolvable_related_clauses()
    {
        foreach (var control in Catalog.Controls)
        {
            Assert.False(string.IsNullOrWhiteSpace(control.Intent), control.Id);
            Assert.False(string.IsNullOrWhiteSpace(control.EvidenceGuidance), control.Id);

            // Guidance is a short list of concrete items: 2 to 4 of them, separated by "; ".
            var items = control.EvidenceGuidance.Split("; ");
            Assert.InRange(items.Length, 2, 4);

            Assert.All(control.RelatedClauses, id => Assert.NotNull(Catalog.FindClause(id)));
        }
    }

    [Fact]
    public void Obvious_clause_links_are_present()
    {
        Assert.Equal(["5.2"], Catalog.FindControl("A.2.2")!.RelatedClauses);
        Assert.Equal(["6.1.4", "8.4"], Catalog.FindControl("A.5.2")!.RelatedClauses);
    }

    [Fact]
    public void Annex_C_has_11_objectives_and_7_risk_sources()
    {
        Assert.Equal(
            ["C.2.1", "C.2.2", "C.2.3", "C.2.4", "C.2.5", "C.2.6", "C.2.7", "C.2.8", "C.2.9", "C.2.10", "C.2.11"],
            Catalog.AnnexCObjectives.Select(e => e.Id));
        Assert.Equal(
            ["C.3.1", "C.3.2", "C.3.3", "C.3.4", "C.3.5", "C.3.6", "C.3.7"],
            Catalog.AnnexCRiskSources.Select(e => e.Id));
        Assert.Equal("Fairness", Catalog.FindAnnexCEntry("C.2.5")!.Title);
        Assert.Equal("Technology readiness", Catalog.FindAnnexCEntry("C.3.7")!.Title);
        Assert.All(
            Catalog.AnnexCObjectives.Concat(Catalog.AnnexCRiskSources),
            e => Assert.False(string.IsNullOrWhiteSpace(e.Description), e.Id));
    }

    [Fact]
    public void Lookups_are_case_insensitive_and_return_null_for_unknown_ids()
    {
        Assert.Equal("A.6.2.4", Catalog.FindControl("a.6.2.4")!.Id);
        Assert.Null(Catalog.FindControl("A.11.2"));
        Assert.Null(Catalog.FindClause("11"));
        Assert.Null(Catalog.FindClause("A.2.2"));
    }

    [Fact]
    public void Ids_are_unique_across_the_whole_catalog()
    {
        var all = Catalog.Clauses.Select(c => c.Id)
            .Concat(Catalog.ControlObjectives.Select(o => o.Id))
            .Concat(Catalog.Controls.Select(c => c.Id))
            .Concat(Catalog.AnnexCObjectives.Select(e => e.Id))
            .Concat(Catalog.AnnexCRiskSources.Select(e => e.Id))
            .ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
