using System.Diagnostics;
using System.Text.RegularExpressions;
using Aims.Reporting.Documents;

namespace Aims.Reporting.Tests.Documents;

public sealed partial class PdfRenderTests
{
    private static async Task<byte[]> RenderAsync(DocumentToRender document)
    {
        var output = new MemoryStream();
        await DocumentRenderer.RenderAsync(document, DocumentExportFormat.Pdf, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    /// <summary>pdftotext breaks lines where the layout did; compare text with all whitespace folded to single spaces.</summary>
    private static string Folded(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public async Task The_control_block_and_the_body_are_in_the_text_with_umlauts()
    {
        Poppler.RequireTools();

        var pdf = await RenderAsync(SampleDocument.Create());
        var text = Folded(Poppler.Text(pdf));

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        foreach (var expected in new[]
                 {
                     "AI policy", "Version 3", "Status Published", "Approvers Jana Kovač, 2026-03-01 09:15 UTC Ole Sørensen",
                     "SHA-256 9f2c4d1e8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c", "Classification Internal",
                     "Next review 2027-03-01", "Purpose", "Grüße & Müller GmbH", "A.2.2", "the portal (https://example.org/aims)",
                     "Nested: before release and yearly.", "3. Third step", "4. Fourth step", "Management reviews this policy",
                     "risk = likelihood * impact", "AIMS owner Keeps the policy under review", "Data steward",
                     "Raw <script>alert(1)</script> stays text.",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_Markdown_construct_keeps_its_text()
    {
        Poppler.RequireTools();

        var text = Folded(Poppler.Text(await RenderAsync(SampleDocument.Create(SampleDocument.KitchenSink))));

        foreach (var expected in DocxRenderTests.KitchenSinkTexts.Append("iv. roman four").Append("b. alpha two"))
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_page_has_a_footer_with_title_version_and_page_n_of_m()
    {
        Poppler.RequireTools();

        var pdf = await RenderAsync(SampleDocument.Create(SampleDocument.Large(40_000)));
        var pages = Poppler.PageCount(pdf);
        var text = Folded(Poppler.Text(pdf));

        Assert.InRange(pages, 2, 100);
        for (var page = 1; page <= pages; page++)
        {
            Assert.Contains($"Page {page} of {pages}", text, StringComparison.Ordinal);
        }

        Assert.Equal(pages, Regex.Count(text, Regex.Escape("AI policy · Version 3 (published)")));
    }

    [Fact]
    public async Task Fonts_are_embedded_DejaVu_subsets()
    {
        Poppler.RequireTools();

        var fonts = Poppler.Fonts(await RenderAsync(SampleDocument.Create())).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2).ToList();

        Assert.NotEmpty(fonts);
        // pdffonts columns: name, type, encoding, emb, sub, uni, object ID. A subset's name starts with six letters and "+".
        Assert.All(fonts, line => Assert.Matches(@"^[A-Z]{6}\+DejaVu Sans.*\s(yes)\s+(yes)\s+(yes)\s+\d+\s+\d+\s*$", line));
        Assert.Contains(fonts, line => line.Contains("DejaVu Sans,Bold", StringComparison.Ordinal));
        Assert.Contains(fonts, line => line.Contains("DejaVu Sans Oblique", StringComparison.Ordinal));
        Assert.Contains(fonts, line => line.Contains("DejaVu Sans Mono", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_word_longer_than_the_line_is_broken_and_kept_whole()
    {
        Poppler.RequireTools();
        var word = string.Concat(Enumerable.Range(0, 400).Select(i => (i % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var text = Poppler.Text(await RenderAsync(SampleDocument.Create("Before " + word + " after.\n\n| Hash |\n| --- |\n| " + word + " |")));

        var joined = Whitespace().Replace(text, "");
        Assert.Equal(2, Regex.Count(joined, word));
        Assert.True(text.Split('\n').Max(l => l.Length) < word.Length, "the word was not broken across lines");
    }

    [Fact]
    public async Task Table_cells_wrap_their_text_and_keep_all_of_it()
    {
        Poppler.RequireTools();
        var longCell = string.Join(' ', Enumerable.Range(1, 80).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var text = Folded(Poppler.Text(await RenderAsync(SampleDocument.Create($"| A | B |\n| --- | --- |\n| short | {longCell} |"))));

        for (var i = 1; i <= 80; i++)
        {
            Assert.Contains("word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_one_megabyte_body_renders_to_many_pages_with_its_last_paragraph()
    {
        Poppler.RequireTools();
        var markdown = SampleDocument.Large(1024 * 1024);
        var lastSection = Regex.Matches(markdown, @"## Section (\d+)")[^1].Groups[1].Value;

        var clock = Stopwatch.StartNew();
        var pdf = await RenderAsync(SampleDocument.Create(markdown));
        clock.Stop();

        Assert.True(markdown.Length >= 1024 * 1024);
        Assert.InRange(Poppler.PageCount(pdf), 200, 2000);
        var text = Folded(Poppler.Text(pdf));
        Assert.Contains($"Paragraph 20 of section {lastSection}: the organisation", text, StringComparison.Ordinal);
        TestContext.Current.SendDiagnosticMessage($"1 MB Markdown → {pdf.Length / 1024} KB PDF in {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Documents_render_in_parallel_with_one_font_resolver()
    {
        Poppler.RequireTools();

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => RenderAsync(SampleDocument.Create(title: "Policy " + i.ToString(System.Globalization.CultureInfo.InvariantCulture))))));

        for (var i = 0; i < pdfs.Length; i++)
        {
            Assert.Contains("Policy " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Poppler.Text(pdfs[i]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Characters_a_PDF_cannot_show_become_visible_replacements()
    {
        Poppler.RequireTools();

        var text = Poppler.Text(await RenderAsync(SampleDocument.Create("bell\u0007 and broken \uD83D half, emoji 😀 ok")));

        Assert.Contains("bell\uFFFD and broken \uFFFD half", text, StringComparison.Ordinal);
    }
}
