using System.Text;
using System.Text.Json.Nodes;

namespace Aims.Catalogs.Tests;

/// <summary>
/// Feeds the loader deliberately broken data. Most cases start from the shipped file and break one thing, so each
/// test proves that exactly that rule is enforced.
/// </summary>
public class CatalogLoaderTests
{
    private const string Source = "test-catalog.json";

    [Fact]
    public void The_shipped_file_loads_through_the_stream_entry_point()
    {
        var catalog = Load(ShippedJson());

        Assert.Equal("iso42001", catalog.Id);
        Assert.Equal(38, catalog.Controls.Count);
    }

    [Fact]
    public void Items_are_sorted_naturally_even_when_the_file_is_not()
    {
        var json = ShippedJson();
        Reverse(json, "clauses");
        Reverse(json, "controls");

        var catalog = Load(json);

        Assert.Equal("4", catalog.Clauses[0].Id);
        Assert.Equal("10.2", catalog.Clauses[^1].Id);
        Assert.Equal("A.2.2", catalog.Controls[0].Id);
        Assert.Equal("A.10.4", catalog.Controls[^1].Id);
    }

    [Fact]
    public void Malformed_json_is_reported_with_the_source_name()
    {
        var ex = LoadFails("""{ "id": "iso42001", "clauses": [ """);

        Assert.Contains(Source, ex.Message, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Source, ex.SourceName);
        Assert.NotNull(ex.InnerException);
    }

    [Fact]
    public void Json_null_is_rejected()
    {
        var ex = LoadFails("null");

        Assert.Contains("null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_properties_are_rejected_so_typos_do_not_pass_silently()
    {
        var json = ShippedJson();
        Control(json, "A.2.2")["objectiveID"] = "A.2";

        var ex = LoadFails(json);

        Assert.Contains("objectiveID", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_control_id_is_rejected()
    {
        var json = ShippedJson();
        Control(json, "A.2.3")["id"] = "A.2.2";

        var ex = LoadFails(json);

        Assert.Contains("duplicate control id 'A.2.2'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Source, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_clause_id_is_rejected()
    {
        var json = ShippedJson();
        Clause(json, "10.1")["id"] = "10.2";

        var ex = LoadFails(json);

        Assert.Contains("duplicate clause id '10.2'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_objective_id_is_rejected()
    {
        var json = ShippedJson();
        Control(json, "A.2.2")["objectiveId"] = "A.99";

        var ex = LoadFails(json);

        Assert.Contains("control 'A.2.2' has objectiveId 'A.99'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("does not resolve", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Objective_id_that_exists_but_is_not_the_direct_parent_is_rejected()
    {
        var json = ShippedJson();
        Control(json, "A.6.1.2")["objectiveId"] = "A.6";

        var ex = LoadFails(json);

        Assert.Contains("control 'A.6.1.2' has objectiveId 'A.6' but its id implies 'A.6.1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_clause_parent_is_rejected()
    {
        var json = ShippedJson();
        Clause(json, "6.1.4")["parentId"] = "6.9";

        var ex = LoadFails(json);

        Assert.Contains("clause '6.1.4' has parentId '6.9'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dangling_related_clause_is_rejected()
    {
        var json = ShippedJson();
        Control(json, "A.2.2")["relatedClauses"] = new JsonArray("5.2", "11.1");

        var ex = LoadFails(json);

        Assert.Contains("related clause '11.1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_control_is_caught_by_the_count_check()
    {
        var json = ShippedJson();
        var controls = json["controls"]!.AsArray();
        controls.Remove(Control(json, "A.7.6"));

        var ex = LoadFails(json);

        Assert.Contains("expected exactly 38 controls but found 37", ex.Message, StringComparison.Ordinal);
        Assert.Contains("expected exactly 5 controls under A.7 but found 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_annex_c_risk_source_is_caught_by_the_count_check()
    {
        var json = ShippedJson();
        json["annexCRiskSources"]!.AsArray().RemoveAt(0);

        var ex = LoadFails(json);

        Assert.Contains("expected exactly 7 Annex C risk sources but found 6", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_text_is_named()
    {
        var json = ShippedJson();
        Control(json, "A.6.2.4")["evidenceGuidance"] = " ";

        var ex = LoadFails(json);

        Assert.Contains("control 'A.6.2.4' is missing 'evidenceGuidance'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_documented_information_kind_is_rejected()
    {
        var json = ShippedJson();
        Clause(json, "4.3")["documentedInformation"]![0]!["kind"] = "memo";

        var ex = LoadFails(json);

        Assert.Contains("kind 'memo'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_identifier_is_rejected()
    {
        var json = ShippedJson();
        Control(json, "A.10.4")["id"] = "A10.4";

        var ex = LoadFails(json);

        Assert.Contains("'A10.4' is not a well-formed identifier", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_catalog_id_is_rejected()
    {
        var json = ShippedJson();
        json["id"] = "made-up";

        var ex = LoadFails(json);

        Assert.Contains("catalog id 'made-up' is not a known catalog", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_problems_are_reported_together()
    {
        var json = ShippedJson();
        Control(json, "A.2.3")["id"] = "A.2.2";
        Control(json, "A.3.2")["objectiveId"] = "A.99";

        var ex = LoadFails(json);

        Assert.Contains("2 problems", ex.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate control id 'A.2.2'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("objectiveId 'A.99'", ex.Message, StringComparison.Ordinal);
    }

    private static JsonObject ShippedJson()
    {
        using var stream = typeof(CatalogLibrary).Assembly.GetManifestResourceStream(CatalogLibrary.Iso42001ResourceName);
        Assert.NotNull(stream);
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static JsonObject Control(JsonObject json, string id) => Item(json, "controls", id);

    private static JsonObject Clause(JsonObject json, string id) => Item(json, "clauses", id);

    private static JsonObject Item(JsonObject json, string section, string id) =>
        json[section]!.AsArray().Single(n => (string?)n!["id"] == id)!.AsObject();

    private static void Reverse(JsonObject json, string section)
    {
        var items = json[section]!.AsArray();
        var reversed = items.Select(n => n!.DeepClone()).Reverse().ToArray();
        json[section] = new JsonArray(reversed);
    }

    private static StandardCatalog Load(JsonObject json) => Load(json.ToJsonString());

    private static StandardCatalog Load(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return CatalogLibrary.Load(stream, Source);
    }

    private static CatalogLoadException LoadFails(JsonObject json) => LoadFails(json.ToJsonString());

    private static CatalogLoadException LoadFails(string json) =>
        Assert.Throws<CatalogLoadException>(() => Load(json));
}
