using System.Text;
using Aims.Core.Documents.Rendering;

namespace Aims.Web.Tests.Documents;

/// <summary>What a reader relies on when a version is shown in the browser: all of it, structured, with anchors.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Ordinary_document_markup_renders_as_structure_without_warnings()
    {
        const string markdown = """
            # AI policy

            Intro with **bold**, *italic*, ~~struck~~, `code` and a footnote[^1].

            | Role | Duty |
            |:-----|-----:|
            | Owner | Keeps it current |

            - [ ] open action
            - [x] done action

            3. third
            4. fourth

            > A quoted requirement.

            ```csharp
            var x = 1;
            ```

            Term
            :   Its definition

            ---

            [^1]: The footnote text.
            """;
        var rendered = Renderer.Render(markdown);
        Assert.Empty(rendered.Warnings);
        var body = RenderedHtml.Body(rendered.Html);
        Assert.Equal("AI policy", body.QuerySelector("h1")!.TextContent);
        Assert.NotNull(body.QuerySelector("p strong"));
        Assert.NotNull(body.QuerySelector("p em"));
        Assert.NotNull(body.QuerySelector("p del"));
        Assert.Equal("text-align: right", body.QuerySelector("table td:last-child")!.GetAttribute("style"));
        Assert.Equal("Keeps it current", body.QuerySelector("table tbody td:last-child")!.TextContent);
        var boxes = body.QuerySelectorAll("li.task-list-item input");
        Assert.Equal(2, boxes.Length);
        Assert.All(boxes, b => Assert.True(b.HasAttribute("disabled")));
        Assert.True(boxes[1].HasAttribute("checked"));
        Assert.Equal("3", body.QuerySelector("ol[start]")!.GetAttribute("start"));
        Assert.Equal("A quoted requirement.", body.QuerySelector("blockquote")!.TextContent.Trim());
        Assert.Contains("language-csharp", body.QuerySelector("pre code")!.ClassList);
        Assert.Equal("Its definition", body.QuerySelector("dd")!.TextContent.Trim());
        Assert.NotNull(body.QuerySelector("hr"));
        var footnoteRef = body.QuerySelector("a.footnote-ref")!;
        Assert.Equal("#doc-fn:1", footnoteRef.GetAttribute("href"));
        Assert.NotNull(body.QuerySelector("[id='doc-fn:1']"));
    }

    [Fact]
    public void Headings_get_prefixed_anchors_that_same_page_links_reach()
    {
        var rendered = Renderer.Render("# Purpose\n\n## Roles & *responsibilities*\n\n## Roles & responsibilities\n\nSee [roles](#roles-responsibilities).");
        Assert.Equal(
            [
                new DocumentHeading(1, "Purpose", "doc-purpose"),
                new DocumentHeading(2, "Roles & responsibilities", "doc-roles-responsibilities"),
                new DocumentHeading(2, "Roles & responsibilities", "doc-roles-responsibilities-1"),
            ],
            rendered.Headings);
        var body = RenderedHtml.Body(rendered.Html);
        Assert.Equal(["doc-purpose", "doc-roles-responsibilities", "doc-roles-responsibilities-1"],
            body.QuerySelectorAll("h1, h2").Select(h => h.Id));
        var target = body.QuerySelector("a")!.GetAttribute("href")![1..];
        Assert.NotNull(body.QuerySelector("[id='" + target + "']"));
    }

    [Fact]
    public void Empty_markdown_renders_to_nothing()
    {
        var rendered = Renderer.Render("");
        Assert.Equal("", rendered.Html.Trim());
        Assert.Empty(rendered.Headings);
        Assert.Empty(rendered.Warnings);
    }

    [Fact]
    public void A_one_megabyte_document_renders_every_paragraph_intact()
    {
        // Unique text per paragraph, with characters HTML must escape, so a dropped, cut or mangled paragraph shows.
        var markdown = new StringBuilder();
        var expected = new List<string>();
        for (var i = 0; markdown.Length < 1024 * 1024; i++)
        {
            var text = $"Paragraph {i}: risk <{i}> & control \"A.{i % 10}\" keeps 'owner-{i}' accountable for item {i * 7}.";
            expected.Add(text);
            markdown.Append(i % 50 == 0 ? $"## Section {i}\n\n" : "").Append(text).Append("\n\n");
        }

        var rendered = Renderer.Render(markdown.ToString());
        Assert.Empty(rendered.Warnings);
        var paragraphs = RenderedHtml.Body(rendered.Html).QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.Equal(expected, paragraphs);
        Assert.Equal(expected.Count / 50 + (expected.Count % 50 == 0 ? 0 : 1), rendered.Headings.Count);
    }

    [Fact]
    public void One_renderer_serves_concurrent_renders_each_with_its_own_result()
    {
        var clean = "# Clean\n\nNothing to warn about.";
        var dirty = "# Dirty\n\n![img](https://example.org/i.png) [x](javascript:alert(1))";
        var expectedClean = Renderer.Render(clean);
        var expectedDirty = Renderer.Render(dirty);
        var results = new (string Input, RenderedMarkdown Output)[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var input = i % 2 == 0 ? clean : dirty;
            results[i] = (input, Renderer.Render(input));
        });

        foreach (var (input, output) in results)
        {
            var expected = input == clean ? expectedClean : expectedDirty;
            Assert.Equal(expected.Html, output.Html);
            Assert.Equal(expected.Headings, output.Headings);
            Assert.Equal(expected.Warnings, output.Warnings);
        }

        Assert.Empty(expectedClean.Warnings);
        Assert.Equal(2, expectedDirty.Warnings.Count);
    }
}
