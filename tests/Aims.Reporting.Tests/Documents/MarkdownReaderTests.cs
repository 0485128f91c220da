using Aims.Reporting.Documents.Markdown;

namespace Aims.Reporting.Tests.Documents;

public sealed class MarkdownReaderTests
{
    private static DocParagraph Paragraph(string markdown) => Assert.IsType<DocParagraph>(Assert.Single(MarkdownReader.Read(markdown)));

    private static string Text(IEnumerable<DocRun> runs) => string.Concat(runs.Select(r => r.Text));

    [Fact]
    public void A_link_keeps_its_text_and_shows_its_address_once()
    {
        var runs = Paragraph("See [the register](https://example.org/r) and <https://example.org/a>.").Runs;

        Assert.Equal("See the register (https://example.org/r) and https://example.org/a.", Text(runs));
        var link = runs.Single(r => r.Text == "the register");
        Assert.Equal(TextStyle.Link, link.Style);
        Assert.Equal("https://example.org/r", link.LinkUrl);
    }

    [Fact]
    public void Emphasis_nests_and_merges_into_styled_runs()
    {
        var runs = Paragraph("a ***b*** `c` ~~d~~").Runs;

        Assert.Equal(["a ", "b", " ", "c", " ", "d"], runs.Select(r => r.Text));
        Assert.Equal(TextStyle.Bold | TextStyle.Italic, runs[1].Style);
        Assert.Equal(TextStyle.Code, runs[3].Style);
        Assert.Equal(TextStyle.Strike, runs[5].Style);
    }

    [Fact]
    public void Raw_HTML_stays_visible_text()
    {
        Assert.Equal("<b>bold?</b> <script>x()</script>", Text(Paragraph("<b>bold?</b> <script>x()</script>").Runs));
    }

    [Fact]
    public void A_hard_break_is_a_line_break_run_and_a_soft_break_a_space()
    {
        var runs = Paragraph("one  \ntwo\nthree").Runs;

        Assert.Equal(["one", "\n", "two three"], runs.Select(r => r.Text));
    }

    [Theory]
    [InlineData("3. a\n4. b", "Decimal", 3, "3.")]
    [InlineData("c. a\nd. b", "LowerLetter", 3, "c.")]
    [InlineData("IV. a\nV. b", "UpperRoman", 4, "IV.")]
    [InlineData("- a\n- b", "Bullet", 1, "•")]
    public void Lists_keep_their_numbering_style_and_start(string markdown, string numbering, int start, string firstMarker)
    {
        var list = Assert.IsType<DocList>(Assert.Single(MarkdownReader.Read(markdown)));

        Assert.Equal(Enum.Parse<ListNumbering>(numbering), list.Numbering);
        Assert.Equal(start, list.Start);
        Assert.Equal(2, list.Items.Count);
        Assert.Equal(firstMarker, ListMarkers.Marker(list.Numbering, list.Start, depth: 0));
    }

    [Fact]
    public void Nested_lists_are_blocks_of_their_item()
    {
        var list = Assert.IsType<DocList>(Assert.Single(MarkdownReader.Read("- outer\n  - inner\n    1. innermost")));

        var item = Assert.Single(list.Items);
        Assert.Equal("outer", Text(Assert.IsType<DocParagraph>(item[0]).Runs));
        var inner = Assert.IsType<DocList>(item[1]);
        Assert.IsType<DocList>(Assert.Single(inner.Items)[1]);
        Assert.Equal("◦", ListMarkers.Marker(inner.Numbering, 1, depth: 1));
    }

    [Fact]
    public void A_table_knows_its_header_its_width_and_its_cells()
    {
        var table = Assert.IsType<DocTable>(Assert.Single(MarkdownReader.Read("| A | B | C |\n| - | - | - |\n| 1 | **2** |")));

        Assert.Equal(3, table.ColumnCount);
        Assert.True(table.Rows[0].IsHeader);
        Assert.Equal(["A", "B", "C"], table.Rows[0].Cells.Select(Text));
        Assert.All(table.Rows[0].Cells.SelectMany(c => c), r => Assert.True(r.Style.HasFlag(TextStyle.Bold)));
        Assert.False(table.Rows[1].IsHeader);
        Assert.Equal("2", Text(table.Rows[1].Cells[1]));
    }

    [Fact]
    public void Code_blocks_keep_their_lines_and_indentation()
    {
        var code = Assert.IsType<DocCode>(Assert.Single(MarkdownReader.Read("```\nif (x)\n\tdo();\n   end\n```")));

        Assert.Equal(["if (x)", "    do();", "   end"], code.Lines);
    }

    [Fact]
    public void Footnotes_definitions_and_task_lists_keep_their_text()
    {
        var blocks = MarkdownReader.Read("- [x] done\n\nTerm\n:   Meaning\n\nSee[^a].\n\n[^a]: Footnote body.");

        var all = Flatten(blocks).ToList();
        Assert.Contains("☑ done", all);
        Assert.Contains("Term", all);
        Assert.Contains("Meaning", all);
        Assert.Contains("See[1].", all);
        Assert.Contains("[1] Footnote body.", all);
    }

    [Fact]
    public void Control_characters_become_visible_replacements()
    {
        Assert.Equal("a\uFFFDb\uFFFDc d 😀", DocText.Clean("a\u0001b\uD800c\td 😀"));
        Assert.Equal("col    x", DocText.Clean("col\tx", tabWidth: 4));
    }

    private static IEnumerable<string> Flatten(IEnumerable<DocBlock> blocks) => blocks.SelectMany(block => block switch
    {
        DocParagraph p => [Text(p.Runs)],
        DocList l => l.Items.SelectMany(Flatten),
        DocQuote q => Flatten(q.Blocks),
        _ => [],
    });
}
