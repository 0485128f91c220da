namespace Aims.Catalogs.Tests;

public class IdentifierComparerTests
{
    [Theory]
    [InlineData("9.3.3", "10.1")]
    [InlineData("4", "10")]
    [InlineData("6.1", "6.1.1")]
    [InlineData("6.1.4", "6.2")]
    [InlineData("A.9.4", "A.10.2")]
    [InlineData("A.2", "A.10")]
    [InlineData("A.6", "A.6.1")]
    [InlineData("A.6.1.3", "A.6.2.2")]
    [InlineData("C.2.9", "C.2.10")]
    [InlineData("10.2", "A.2.2")]
    [InlineData(null, "4")]
    public void Orders_identifiers_naturally(string? smaller, string larger)
    {
        var comparer = IdentifierComparer.Instance;

        Assert.True(comparer.Compare(smaller, larger) < 0, $"{smaller} < {larger}");
        Assert.True(comparer.Compare(larger, smaller) > 0, $"{larger} > {smaller}");
    }

    [Fact]
    public void Equal_identifiers_compare_equal()
    {
        Assert.Equal(0, IdentifierComparer.Instance.Compare("A.10.2", "A.10.2"));
        Assert.Equal(0, IdentifierComparer.Instance.Compare(null, null));
    }

    [Fact]
    public void Sorting_a_shuffled_list_gives_the_standard_order()
    {
        string[] expected = ["4", "4.1", "9", "9.3", "9.3.3", "10", "10.1", "10.2", "A.2", "A.2.2", "A.9.4", "A.10", "A.10.2"];
        var shuffled = expected.Reverse().ToArray();

        Array.Sort(shuffled, IdentifierComparer.Instance);

        Assert.Equal(expected, shuffled);
    }

    [Fact]
    public void Catalog_lists_come_out_in_natural_order()
    {
        var catalog = CatalogLibrary.Iso42001;
        var clauseIds = catalog.Clauses.Select(c => c.Id).ToList();
        var controlIds = catalog.Controls.Select(c => c.Id).ToList();

        Assert.True(clauseIds.IndexOf("10.1") > clauseIds.IndexOf("9.3.3"));
        Assert.True(controlIds.IndexOf("A.10.2") > controlIds.IndexOf("A.9.4"));
        Assert.Equal("10.2", clauseIds[^1]);
        Assert.Equal("A.10.4", controlIds[^1]);
    }
}
