using Aims.Reporting.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Aims.Reporting.Tests.Documents;

public sealed class DocxRenderTests
{
    private static async Task<WordprocessingDocument> RenderAsync(DocumentToRender document)
    {
        var output = new MemoryStream();
        await DocumentRenderer.RenderAsync(document, DocumentExportFormat.Docx, output, TestContext.Current.CancellationToken);
        output.Position = 0;
        return WordprocessingDocument.Open(output, false);
    }

    private static Body Body(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!;

    private static string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    [Fact]
    public async Task The_control_block_is_a_table_of_labels_and_values_after_the_title()
    {
        using var word = await RenderAsync(SampleDocument.Create());
        var body = Body(word);

        var title = body.Elements<Paragraph>().First();
        Assert.Equal("Title", StyleOf(title));
        Assert.Equal("AI policy", title.InnerText);
        var control = body.Elements<Table>().First();
        var rows = control.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["Title", "AI policy"], rows[0]);
        Assert.Equal(["SHA-256", "9f2c4d1e8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c"], rows[4]);
        Assert.Equal(["Next review", "2027-03-01"], rows[6]);
        var approvers = control.Elements<TableRow>().ElementAt(3).Elements<TableCell>().Last();
        Assert.Single(approvers.Descendants<Break>());
        Assert.Equal("Jana Kovač, 2026-03-01 09:15 UTCOle Sørensen, 2026-03-02 14:00 UTC", approvers.InnerText);
    }

    [Fact]
    public async Task Headings_lists_quotes_code_and_tables_get_their_Word_structure()
    {
        using var word = await RenderAsync(SampleDocument.Create());
        var paragraphs = Body(word).Elements<Paragraph>().ToList();

        Assert.Equal("Heading1", StyleOf(paragraphs.Single(p => p.InnerText == "Purpose")));
        Assert.Equal("Heading2", StyleOf(paragraphs.Single(p => p.InnerText == "Commitments")));
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>();
        Assert.Equal("heading 1", styles.Single(s => s.StyleId == "Heading1").StyleName!.Val!.Value);

        var nested = paragraphs.Single(p => p.InnerText == "Nested: before release and yearly.");
        Assert.Equal(1, nested.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value);
        var third = paragraphs.Single(p => p.InnerText == "Third step").ParagraphProperties!.NumberingProperties!;
        var instance = word.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>()
            .Single(n => n.NumberID!.Value == third.NumberingId!.Val!.Value);
        var definition = word.MainDocumentPart.NumberingDefinitionsPart.Numbering.Elements<AbstractNum>()
            .Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
        var level = definition.Elements<Level>().First();
        Assert.Equal(NumberFormatValues.Decimal, level.NumberingFormat!.Val!.Value);
        Assert.Equal(3, level.StartNumberingValue!.Val!.Value);

        Assert.Equal("Quote", StyleOf(paragraphs.Single(p => p.InnerText == "Management reviews this policy every year.")));
        Assert.Equal(["risk = likelihood * impact", "    indented line"],
            paragraphs.Where(p => StyleOf(p) == "Code").Select(p => p.InnerText));

        var table = Body(word).Elements<Table>().Last();
        var header = table.Elements<TableRow>().First();
        Assert.NotNull(header.TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["Role", "Responsibility"], header.Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["Data steward", "Approves training data sets"],
            table.Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public async Task Inline_styles_and_links_are_kept()
    {
        using var word = await RenderAsync(SampleDocument.Create());
        var paragraph = Body(word).Elements<Paragraph>().Single(p => p.InnerText.StartsWith("This AI policy", StringComparison.Ordinal));

        Assert.Equal("This AI policy sets out how Grüße & Müller GmbH develops and uses AI systems, see A.2.2 and the portal (https://example.org/aims).",
            paragraph.InnerText);
        var runs = paragraph.Descendants<Run>().ToList();
        Assert.NotNull(runs.Single(r => r.InnerText == "AI policy").RunProperties!.Bold);
        Assert.NotNull(runs.Single(r => r.InnerText == "Grüße & Müller GmbH").RunProperties!.Italic);
        Assert.Equal("CodeChar", runs.Single(r => r.InnerText == "A.2.2").RunProperties!.RunStyle!.Val!.Value);
        var link = paragraph.Elements<Hyperlink>().Single();
        Assert.Equal("the portal", link.InnerText);
        Assert.Equal(new Uri("https://example.org/aims"),
            word.MainDocumentPart!.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri);
        Assert.Contains(Body(word).Elements<Paragraph>(), p => p.InnerText == "Raw <script>alert(1)</script> stays text.");
    }

    [Fact]
    public async Task The_footer_carries_title_version_and_page_fields_on_an_A4_page()
    {
        using var word = await RenderAsync(SampleDocument.Create());

        var footer = word.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.StartsWith("AI policy · Version 3 (published)", footer.InnerText, StringComparison.Ordinal);
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
        var section = Body(word).Elements<SectionProperties>().Single();
        Assert.Equal(11906U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838U, section.GetFirstChild<PageSize>()!.Height!.Value);
        Assert.Equal("AI policy", word.PackageProperties.Title);
    }

    [Fact]
    public async Task The_package_is_valid_Office_Open_XML()
    {
        using var word = await RenderAsync(SampleDocument.Create(SampleDocument.Markdown + "\n\n" + SampleDocument.KitchenSink));

        var errors = new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Every_Markdown_construct_keeps_its_text()
    {
        using var word = await RenderAsync(SampleDocument.Create(SampleDocument.KitchenSink));
        var text = string.Join("\n", Body(word).Descendants<Paragraph>().Select(p => p.InnerText));

        foreach (var expected in KitchenSinkTexts)
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var headings = Body(word).Elements<Paragraph>().Select(StyleOf).Where(s => s?.StartsWith("Heading", StringComparison.Ordinal) == true);
        Assert.Equal(["Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6"], headings);
    }

    /// <summary>Text of <see cref="SampleDocument.KitchenSink"/> that every rendering must show.</summary>
    internal static readonly string[] KitchenSinkTexts =
    [
        "Quoted paragraph", "quoted list item", "quoted code", "In", "List", "listed code", "alpha one", "roman five", "☑ done task",
        "☐ open task", "Grid", "one", "two", "cell", "Term", "Definition of the term", "Warning", "Alert text", "struck", "E=mc^2",
        "AIMS", "Footnote here[1].", "[1] The footnote text.", "Figure caption text", "[Image: diagram] (https://example.org/d.png)",
    ];

    [Fact]
    public async Task A_one_megabyte_body_renders_whole()
    {
        var markdown = SampleDocument.Large(1024 * 1024);

        using var word = await RenderAsync(SampleDocument.Create(markdown));

        var paragraphs = Body(word).Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var sections = markdown.Split("## Section ").Length - 1;
        Assert.Equal(sections * 20, paragraphs.Count(p => p.StartsWith("Paragraph ", StringComparison.Ordinal)));
        Assert.Contains($"Paragraph 20 of section {sections}: the organisation documents", paragraphs.Last(p => p.StartsWith("Paragraph", StringComparison.Ordinal)),
            StringComparison.Ordinal);
    }
}
