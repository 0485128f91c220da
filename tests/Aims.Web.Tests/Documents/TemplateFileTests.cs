using Aims.Core.Documents;
using Aims.Core.Documents.Templates;

namespace Aims.Web.Tests.Documents;

/// <summary>A template file with a mistake fails loudly instead of shipping with a lost clause link or type.</summary>
public sealed class TemplateFileTests
{
    private const string Valid = """
        ---
        id: sample
        title: Sample
        summary: A sample.
        type: methodology
        clauses: 6.1.2, 6.1.3
        controls:
        reviewMonths: 6
        auditorNote: Looks for things.
        ---

        # Sample

        Body [[to decide: x]].
        """;

    [Fact]
    public void A_valid_file_gives_every_field_and_the_body_without_front_matter()
    {
        var template = TemplateFile.Parse(Valid.Replace("\n", "\r\n", StringComparison.Ordinal), "sample.md");
        Assert.Equal(("sample", "Sample", "A sample.", DocumentType.Methodology, 6, "Looks for things."),
            (template.Id, template.Title, template.Summary, template.Type, template.ReviewIntervalMonths, template.AuditorNote));
        Assert.Equal(["6.1.2", "6.1.3"], template.Clauses);
        Assert.Empty(template.Controls);
        Assert.Equal("# Sample\n\nBody [[to decide: x]].", template.Body);
    }

    [Theory]
    [InlineData("id: sample\n", "", "must start with a '---' line")]
    [InlineData("type: methodology", "type: Methodology", "the type 'Methodology' is not a document type")]
    [InlineData("type: methodology", "type: policy", "the type 'policy' is not a document type")]
    [InlineData("reviewMonths: 6", "reviewMonths: six", "reviewMonths 'six'")]
    [InlineData("reviewMonths: 6", "reviewMonths: 0", "reviewMonths '0'")]
    [InlineData("controls:\n", "", "the key 'controls' is missing")]
    [InlineData("controls:\n", "controls:\ncontrol: A.2.2\n", "('control: A.2.2') is not one of the keys")]
    [InlineData("controls:\n", "controls:\ncontrols: A.2.2\n", "the key 'controls' appears twice")]
    [InlineData("title: Sample", "title:", "the key 'title' is empty")]
    public void A_mistake_in_the_front_matter_names_itself(string replace, string with, string expected)
    {
        var text = replace == "id: sample\n" ? Valid.Replace("---\n", "", StringComparison.Ordinal) : Valid.Replace(replace, with, StringComparison.Ordinal);
        var error = Assert.Throws<InvalidDataException>(() => TemplateFile.Parse(text, "sample.md"));
        Assert.Contains("'sample.md'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_closing_fence_or_a_body_is_refused()
    {
        Assert.Contains("no closing '---'", Assert.Throws<InvalidDataException>(
            () => TemplateFile.Parse("---\nid: x\n", "x.md")).Message, StringComparison.Ordinal);
        var bodyless = Valid[..(Valid.LastIndexOf("---", StringComparison.Ordinal) + 3)];
        Assert.Contains("the body is empty", Assert.Throws<InvalidDataException>(
            () => TemplateFile.Parse(bodyless, "x.md")).Message, StringComparison.Ordinal);
    }
}
