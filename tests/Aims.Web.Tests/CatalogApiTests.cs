using System.Net.Http.Json;
using System.Text.Json;
using Aims.Web.Tests.Infrastructure;

namespace Aims.Web.Tests;

/// <summary>The fixed contract of <c>GET /api/v1/catalogs/iso42001</c>: identifiers as strings, exactly as in the standard.</summary>
public sealed class CatalogApiTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static readonly string[] RequiredClauseIds =
    [
        "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.2", "6.3", "7.1",
        "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3", "8.1", "8.2", "8.3", "8.4", "9.1", "9.2", "9.2.1", "9.2.2",
        "9.3", "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2",
    ];

    [Fact]
    public async Task Catalog_lists_exactly_38_controls_and_every_clause_id_as_strings()
    {
        using var client = app.ClientWithToken(app.DemoViewerToken);
        var catalog = await client.GetFromJsonAsync<JsonElement>("/api/v1/catalogs/iso42001", TestContext.Current.CancellationToken);
        var controls = catalog.GetProperty("controls").EnumerateArray().ToList();
        Assert.Equal(38, controls.Count);
        Assert.All(controls, c => Assert.Equal(JsonValueKind.String, c.GetProperty("id").ValueKind));
        Assert.Contains(controls, c => c.GetProperty("id").GetString() == "A.6.2.4");
        Assert.Contains(controls, c => c.GetProperty("id").GetString() == "A.10.4");
        var clauseIds = catalog.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToHashSet();
        Assert.All(RequiredClauseIds, id => Assert.Contains(id, clauseIds));
        var improvement = catalog.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "10.1");
        Assert.Contains("improvement", improvement.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_catalog_is_a_404_problem()
    {
        using var client = app.ClientWithToken(app.DemoViewerToken);
        var response = await client.GetAsync("/api/v1/catalogs/iso9999", TestContext.Current.CancellationToken);
        await HttpAssertions.AssertProblemAsync(response, System.Net.HttpStatusCode.NotFound);
    }
}
