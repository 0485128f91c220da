using System.Text;
using Aims.Catalogs.EuAiAct;

namespace Aims.Catalogs.Tests;

/// <summary>
/// The EU AI Act rules shipped as data, checked against the facts sheet (§5): the eight Art. 5 practices plus the one the
/// 2026 amendments add (from 2 December 2026), the eight Annex III areas, the four Art. 50 duties, and the application
/// dates as the Digital Omnibus set them. A broken rules file is refused with the file and the problem named.
/// </summary>
public sealed class EuAiActCatalogTests
{
    [Fact]
    public void The_rules_in_force_carry_the_omnibus_dates_and_the_acts_lists()
    {
        var rules = EuAiActCatalog.Current;
        Assert.Equal(9, rules.ProhibitedPractices.Count);
        Assert.Equal(8, rules.ProhibitedPractices.Count(p => p.Article.StartsWith("Art. 5(1)(", StringComparison.Ordinal)));
        Assert.Equal(new DateOnly(2026, 12, 2), rules.ProhibitedPractices.Single(p => p.Key == "intimateImageryOrAbuseMaterial").AppliesFrom);
        Assert.Equal([.. Enumerable.Range(1, 8).Select(i => $"Annex III({i})")], rules.AnnexIIIAreas.Select(a => a.Point));
        Assert.Equal(["Art. 50(1)", "Art. 50(2)", "Art. 50(3)", "Art. 50(4)"], rules.TransparencyDuties.Select(t => t.Article));
        Assert.Equal(new DateOnly(2025, 2, 2), rules.Dates.Prohibitions);
        Assert.Equal(new DateOnly(2025, 2, 2), rules.Dates.AiLiteracy);
        Assert.Equal(new DateOnly(2025, 8, 2), rules.Dates.Gpai);
        Assert.Equal(new DateOnly(2026, 8, 2), rules.Dates.Transparency);
        Assert.Equal(new DateOnly(2027, 12, 2), rules.Dates.AnnexIIIHighRisk);
        Assert.Equal(new DateOnly(2028, 8, 2), rules.Dates.AnnexIHighRisk);
        Assert.Contains(rules.Obligations, o => o.Article == "Art. 27" && o.Roles.SequenceEqual(["deployer"]));
        Assert.Equal(4, rules.DerogationConditions.Count);
    }

    [Theory]
    [InlineData("""{"id":"x","version":"1","title":"t","note":"n","prohibitedPractices":[],"annexIIIAreas":[],"derogationConditions":[],"transparencyDuties":[],"dates":{"prohibitions":"2025-02-02","aiLiteracy":"2025-02-02","gpai":"2025-08-02","transparency":"2026-08-02","annexIIIHighRisk":"2027-12-02","annexIHighRisk":"2028-08-02"},"obligations":[{"article":"Art. 4","title":"t","when":"sometimes","roles":[]}]}""", "unknown condition 'sometimes'")]
    [InlineData("""{"id":"x","version":"1","title":"t","note":"n","prohibitedPractices":[],"annexIIIAreas":[{"key":"a","point":"p","label":"l"},{"key":"a","point":"p","label":"l"}],"derogationConditions":[],"transparencyDuties":[],"dates":{"prohibitions":"2025-02-02","aiLiteracy":"2025-02-02","gpai":"2025-08-02","transparency":"2026-08-02","annexIIIHighRisk":"2027-12-02","annexIHighRisk":"2028-08-02"},"obligations":[]}""", "'a' is listed twice")]
    [InlineData("""{"id":"x","version":"1","dates":{"prohibitions":"soon"}}""", "not valid")]
    public void A_broken_rules_file_is_refused_naming_the_problem(string json, string problem)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var e = Assert.Throws<CatalogLoadException>(() => EuAiActCatalog.Load(stream, "candidate.json"));
        Assert.Contains("candidate.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
