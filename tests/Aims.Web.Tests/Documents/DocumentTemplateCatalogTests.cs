using System.Text.Json;
using System.Text.Json.Serialization;
using Aims.Catalogs;
using Aims.Core.Documents;
using Aims.Core.Documents.Rendering;
using Aims.Core.Documents.Templates;

namespace Aims.Web.Tests.Documents;

/// <summary>The shipped starter templates: all present, linked to real clauses and controls, with open choices marked.</summary>
public sealed class DocumentTemplateCatalogTests
{
    public static TheoryData<string> TemplateIds => new(DocumentTemplateCatalog.Ids);

    [Fact]
    public void The_seven_mandatory_document_templates_load_in_picker_order()
    {
        Assert.Equal(
            [
                ("ai-policy", DocumentType.AiPolicy),
                ("aims-scope", DocumentType.ProcessDescription),
                ("ai-risk-method", DocumentType.Methodology),
                ("ai-impact-assessment-procedure", DocumentType.Procedure),
                ("internal-audit-procedure", DocumentType.Procedure),
                ("ai-incident-response-procedure", DocumentType.Procedure),
                ("ai-data-governance", DocumentType.TopicPolicy),
            ],
            DocumentTemplateCatalog.All.Select(t => (t.Id, t.Type)));
        Assert.Same(DocumentTemplateCatalog.All[0], DocumentTemplateCatalog.Find("ai-policy"));
        Assert.Null(DocumentTemplateCatalog.Find("AI-POLICY"));
    }

    [Fact]
    public void Every_embedded_template_file_is_in_the_catalogue()
    {
        var embedded = typeof(DocumentTemplate).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Aims.Core.Documents.Templates.", StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(DocumentTemplateCatalog.Ids.Select(id => "Aims.Core.Documents.Templates." + id + ".md").Order(StringComparer.Ordinal), embedded);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Every_clause_and_control_a_template_names_exists_in_the_iso42001_catalog(string id)
    {
        var template = DocumentTemplateCatalog.Find(id)!;
        var catalog = CatalogLibrary.Iso42001;
        Assert.NotEmpty(template.Clauses.Concat(template.Controls));
        Assert.All(template.Clauses, c => Assert.True(catalog.FindClause(c)?.Id == c, $"{id}: clause {c} is not in the catalog"));
        Assert.All(template.Controls, c => Assert.True(catalog.FindControl(c)?.Id == c, $"{id}: control {c} is not in the catalog"));
    }

    [Fact]
    public void The_ai_policy_serves_clause_5_2_and_the_policy_controls()
    {
        var policy = DocumentTemplateCatalog.Find("ai-policy")!;
        Assert.Equal(["5.2"], policy.Clauses);
        Assert.Equal(["A.2.2", "A.2.3", "A.2.4"], policy.Controls);
        Assert.Equal(12, policy.ReviewIntervalMonths);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Every_template_has_its_metadata_and_open_choices_the_finder_finds(string id)
    {
        var template = DocumentTemplateCatalog.Find(id)!;
        Assert.False(string.IsNullOrWhiteSpace(template.Title));
        Assert.False(string.IsNullOrWhiteSpace(template.Summary));
        Assert.True(template.AuditorNote.Length > 100, $"{id}: the auditor note says too little");
        Assert.InRange(template.ReviewIntervalMonths, 1, 36);
        Assert.DoesNotContain("---", template.Body.Split('\n')[0], StringComparison.Ordinal); // front matter stripped

        var blanks = TemplateBlanks.Find(template.Body);
        Assert.NotEmpty(blanks);
        var markers = template.Body.Split("[[").Length - 1;
        Assert.Equal(markers, blanks.Count); // every "[[" in a template opens a well-formed blank
        Assert.All(blanks, b => Assert.EndsWith("]]", template.Body.Substring(b.Index, b.Length), StringComparison.Ordinal));
        Assert.All(blanks, b => Assert.NotEmpty(b.Prompt));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Every_template_renders_without_warnings_and_starts_with_its_title(string id)
    {
        var template = DocumentTemplateCatalog.Find(id)!;
        var rendered = new MarkdownRenderer().Render(template.Body);
        Assert.Empty(rendered.Warnings);
        Assert.Equal(template.Title, rendered.Headings[0].Text);
        Assert.Equal(1, rendered.Headings[0].Level);
        Assert.True(rendered.Headings.Count >= 4, $"{id}: a template should guide through sections");
    }

    [Fact]
    public void Document_types_keep_their_contract_order_and_camel_case_names()
    {
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) } };
        Assert.Equal(
            ["aiPolicy", "topicPolicy", "procedure", "processDescription", "plan", "methodology", "recordTemplate", "externalOrigin", "scopeStatement"],
            Enum.GetValues<DocumentType>().Select(t => JsonSerializer.Serialize(t, options).Trim('"')));
        Assert.Equal(Enumerable.Range(0, 9), Enum.GetValues<DocumentType>().Select(t => (int)t));
        Assert.Equal(DocumentType.RecordTemplate, JsonSerializer.Deserialize<DocumentType>("\"recordTemplate\"", options));
    }
}
