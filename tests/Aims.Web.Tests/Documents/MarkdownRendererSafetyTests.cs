using Aims.Core.Documents.Rendering;

namespace Aims.Web.Tests.Documents;

/// <summary>
/// A document body is written by any member with write access and read by everyone, approvers included: nothing in
/// it may run script, fetch from elsewhere when opened, or restyle the application around it.
/// </summary>
public sealed class MarkdownRendererSafetyTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string, string> Attacks => new()
    {
        { "script block", "Before\n\n<script>alert('x')</script>\n\nAfter" },
        { "inline script", "Text <script>alert(1)</script> more" },
        { "img onerror", "<img src=x onerror=alert(1)>" },
        { "inline img onerror", "Look: <img src=\"x\" onerror=\"alert(1)\"> here" },
        { "raw html block", "<div onclick=\"alert(1)\" style=\"position:fixed\">\n\n**bold inside**\n\n</div>" },
        { "iframe", "<iframe src=\"https://evil.example/\"></iframe>" },
        { "svg onload", "<svg onload=alert(1)><circle r=1 /></svg>" },
        { "javascript link", "[click me](javascript:alert(document.cookie))" },
        { "javascript link, mixed case", "[click](JaVaScRiPt:alert(1))" },
        { "javascript link, entity-encoded colon", "[click](javascript&#58;alert(1))" },
        { "javascript link, encoded tab", "[click](<java&#9;script:alert(1)>)" },
        { "javascript autolink", "<javascript:alert(1)>" },
        { "javascript reference link", "[click][evil]\n\n[evil]: javascript:alert(1)" },
        { "vbscript link", "[click](vbscript:msgbox(1))" },
        { "data html link", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)" },
        { "data image", "![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)" },
        { "generic attribute onclick", "{onclick=\"alert(1)\"}\nParagraph with an attribute block" },
        { "generic attribute on a heading", "# Heading {onmouseover=alert(1)}" },
        { "media link iframe", "![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Nothing_that_runs_script_or_loads_content_survives(string what, string markdown)
    {
        var html = Renderer.Render(markdown).Html;
        Assert.True(RenderedHtml.ActiveContent(html).Count == 0, $"{what}: {string.Join(", ", RenderedHtml.ActiveContent(html))} in {html}");
    }

    [Fact]
    public void Raw_html_is_shown_as_text_so_the_author_sees_what_they_typed()
    {
        var rendered = Renderer.Render("<script>alert('x')</script>\n\nSee <b onclick=\"x()\">this</b>.");
        var body = RenderedHtml.Body(rendered.Html);
        Assert.Empty(body.QuerySelectorAll("script, b"));
        Assert.Contains("<script>alert('x')</script>", body.TextContent, StringComparison.Ordinal);
        Assert.Contains("<b onclick=\"x()\">this</b>", body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[js](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[d](data:text/html,hi)", "data:text/html,hi")]
    public void A_refused_link_keeps_its_text_and_the_author_is_told_why(string markdown, string address)
    {
        var rendered = Renderer.Render(markdown);
        var link = Assert.Single(RenderedHtml.Body(rendered.Html).QuerySelectorAll("a"));
        Assert.False(link.HasAttribute("href"));
        Assert.NotEmpty(link.TextContent);
        var warning = Assert.Single(rendered.Warnings);
        Assert.Equal("a", warning.Element);
        Assert.Contains(address, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_become_links_and_never_load()
    {
        var rendered = Renderer.Render("Logo: ![Company logo](https://tracker.example/pixel.png \"Our logo\")");
        var body = RenderedHtml.Body(rendered.Html);
        Assert.Empty(body.QuerySelectorAll("img"));
        var link = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal("https://tracker.example/pixel.png", link.GetAttribute("href"));
        Assert.Equal("Company logo", link.TextContent);
        Assert.Equal("Our logo", link.GetAttribute("title"));
        Assert.Contains("image-link", link.ClassList);
        var warning = Assert.Single(rendered.Warnings);
        Assert.Equal("img", warning.Element);
        Assert.Equal("https://tracker.example/pixel.png", warning.Item);
    }

    [Fact]
    public void An_image_without_alt_text_shows_its_address_rather_than_an_empty_link()
    {
        var link = Assert.Single(RenderedHtml.Body(Renderer.Render("![](https://example.org/chart.png)").Html).QuerySelectorAll("a"));
        Assert.Equal("https://example.org/chart.png", link.TextContent);
    }

    [Fact]
    public void Allowed_links_keep_their_address_and_external_ones_carry_rel()
    {
        var rendered = Renderer.Render(
            "[web](https://example.org/a) [plain](http://example.org) [mail](mailto:dpo@example.org) "
            + "[relative](../procedures/audit.md) [anchor](#scope)\n\n# Scope");
        Assert.Empty(rendered.Warnings);
        var links = RenderedHtml.Body(rendered.Html).QuerySelectorAll("a").ToDictionary(a => a.TextContent);
        Assert.Equal("https://example.org/a", links["web"].GetAttribute("href"));
        Assert.Equal("http://example.org", links["plain"].GetAttribute("href"));
        Assert.Equal("mailto:dpo@example.org", links["mail"].GetAttribute("href"));
        Assert.Equal("../procedures/audit.md", links["relative"].GetAttribute("href"));
        foreach (var name in new[] { "web", "plain", "mail", "relative" })
        {
            Assert.Equal("noopener noreferrer nofollow", links[name].GetAttribute("rel"));
        }

        Assert.Equal("#doc-scope", links["anchor"].GetAttribute("href"));
        Assert.False(links["anchor"].HasAttribute("rel"));
    }

    [Fact]
    public void Author_classes_styles_and_ids_cannot_restyle_or_clobber_the_page()
    {
        var rendered = Renderer.Render(
            "{#Blazor .mud-overlay style=\"position:fixed;inset:0;text-align:center\"}\nCovering paragraph\n\n::: mud-dialog\ninside\n:::");
        var body = RenderedHtml.Body(rendered.Html);
        var paragraph = body.QuerySelector("p")!;
        Assert.Equal("doc-Blazor", paragraph.Id);
        Assert.Empty(paragraph.ClassList);
        Assert.Equal("text-align: center", paragraph.GetAttribute("style"));
        Assert.Null(body.QuerySelector(".mud-dialog"));
        Assert.Contains("inside", body.TextContent, StringComparison.Ordinal);
        Assert.Contains(rendered.Warnings, w => w.Item == "mud-overlay");
        Assert.Contains(rendered.Warnings, w => w.Item == "position");
        Assert.Contains(rendered.Warnings, w => w.Item == "mud-dialog");
    }

    [Fact]
    public void Markdown_nested_beyond_the_parser_limit_is_refused_with_a_named_error()
    {
        var error = Assert.Throws<Aims.Core.Common.ValidationFailedException>(() => Renderer.Render(new string('>', 50_000) + " deep"));
        Assert.Contains("too deeply", Assert.Single(error.Errors["body"]), StringComparison.Ordinal);
    }
}
