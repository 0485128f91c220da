using System.Text.RegularExpressions;
using Aims.Reporting.Documents;
using Aims.Reporting.Documents.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Aims.Reporting.Tests.Documents;

public sealed partial class ReportRenderTests
{
    // Text a user typed into a record: Markdown, table pipes and HTML must print as typed, never be read as markup.
    private const string Typed = "Vendor | *Acme* # 1 [site](https://x.example) <b>bold</b> `code`";

    private static ReportToRender Sample(params ReportBlock[] extra) => new("AI system dossier: Grüße", "generated 2026-12-03 10:00 UTC",
        [new ControlBlockEntry("Organization", "Demo Ltd"), new ControlBlockEntry("Record version", "7")],
        [
            new ReportHeading("1. Purpose and profile"),
            new ReportFacts([new ControlBlockEntry("Purpose", Typed), new ControlBlockEntry("Languages", "English\nIrish")]),
            new ReportHeading("Components", 2),
            new ReportTable(["Component", "Version"], [["Ranker " + Typed, "2.1"], ["Parser", null]]),
            new ReportParagraph("No dataset is linked to this system."),
            .. extra,
        ]);

    private static async Task<byte[]> RenderAsync(ReportToRender report, DocumentExportFormat format)
    {
        var output = new MemoryStream();
        await ReportRenderer.RenderAsync(report, format, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public async Task Every_text_prints_as_given_in_the_pdf()
    {
        Poppler.RequireTools();

        var text = Whitespace().Replace(Poppler.Text(await RenderAsync(Sample(), DocumentExportFormat.Pdf)), " ");

        foreach (var expected in new[]
                 {
                     "AI system dossier: Grüße", "Organization Demo Ltd", "Record version 7", "1. Purpose and profile", "Purpose " + Typed,
                     "Languages English Irish", "Component Version", "Ranker " + Typed + " 2.1", "Parser", "No dataset is linked to this system.",
                     "AI system dossier: Grüße · generated 2026-12-03 10:00 UTC",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_docx_is_valid_and_keeps_the_typed_text()
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await RenderAsync(Sample(), DocumentExportFormat.Docx)), false);

        var errors = new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Contains("Purpose" + Typed, text, StringComparison.Ordinal);
        Assert.Contains("Ranker " + Typed + "2.1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_header_is_never_left_alone_at_the_foot_of_a_page()
    {
        Poppler.RequireTools();

        // Push the table down line by line through the foot of the first page: on every page where its header is drawn,
        // one of its rows must follow it there (a header repeated above rows that continue is fine; an orphan is not).
        var table = new ReportTable(["Orphan-check header", "Value"], [["first row", "1"], ["second row", "2"]]);
        for (var fillers = 38; fillers <= 60; fillers++)
        {
            var filler = Enumerable.Range(1, fillers).Select(i => (ReportBlock)new ReportParagraph($"Filler paragraph {i}.")).ToArray();
            var pages = Poppler.Text(await RenderAsync(Sample([.. filler, table]), DocumentExportFormat.Pdf)).Split('\f');

            foreach (var page in pages.Where(p => p.Contains("Orphan-check header", StringComparison.Ordinal)))
            {
                var after = page[page.IndexOf("Orphan-check header", StringComparison.Ordinal)..];
                Assert.True(after.Contains("first row", StringComparison.Ordinal) || after.Contains("second row", StringComparison.Ordinal),
                    $"With {fillers} fillers a page ends with the table's header and no row under it.");
            }
        }
    }

    [Fact]
    public async Task A_heading_level_outside_one_to_six_is_refused()
    {
        var report = Sample(new ReportHeading("Too deep", 7));

        await Assert.ThrowsAsync<ArgumentException>(() => RenderAsync(report, DocumentExportFormat.Pdf));
    }
}
