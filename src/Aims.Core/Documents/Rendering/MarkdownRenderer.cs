using System.Net;
using Aims.Core.Common;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Aims.Core.Documents.Rendering;

/// <summary>
/// Renders a document version's Markdown body to HTML that is safe to show in the browser: Markdig with its advanced
/// extensions and raw HTML disabled, then an HTML allow-list (see <see cref="SanitizerPolicy"/>) as a second, independent
/// line of defence. Images become links (<see cref="ImagesAsLinks"/>); every id is prefixed with <c>doc-</c> and
/// same-page links follow; external links carry <c>rel="noopener noreferrer nofollow"</c>.
/// </summary>
/// <remarks>
/// Configure once and share: one instance is safe for any number of concurrent renders (register it as a singleton).
/// A megabyte of Markdown takes from well under a second (prose) to about three seconds (thousands of tables and lists)
/// on a busy two-core machine, and some malformed inputs cost Markdig far more (tens of thousands of unclosed
/// <c>[a](</c> run quadratically), so render an immutable version once and keep the result keyed by its SHA-256
/// rather than on every page view.
/// </remarks>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer sanitizer = SanitizerPolicy.Create();

    /// <summary>Renders <paramref name="markdown"/>; an empty body renders to empty HTML.</summary>
    /// <exception cref="ValidationFailedException">
    /// Keyed <c>body</c>: the Markdown nests blocks or inlines more deeply than the parser accepts (thousands of
    /// nested quotes, lists or brackets), which no real document does.
    /// </exception>
    public RenderedMarkdown Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's guard against stack exhaustion; the input is not wrong, only unreadably deep, so say so.
            throw new ValidationFailedException(
                "body",
                "The Markdown is nested too deeply to display (for example thousands of nested quotes, lists or brackets); flatten it.");
        }

        var warnings = new List<MarkdownRenderWarning>();
        ImagesAsLinks.Rewrite(document, warnings);
        var headings = Headings(document);
        var html = document.ToHtml(pipeline);
        var safe = SanitizerPolicy.Collecting(warnings, () => sanitizer.Sanitize(html));
        return new RenderedMarkdown(safe, headings, warnings);
    }

    private List<DocumentHeading> Headings(MarkdownDocument document)
    {
        var headings = new List<DocumentHeading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (string.IsNullOrEmpty(id))
            {
                continue; // headings inside tables and the like get no id, so nothing could link to them
            }

            headings.Add(new DocumentHeading(heading.Level, PlainText(heading), SanitizerPolicy.AnchorPrefix + id));
        }

        return headings;
    }

    private string PlainText(HeadingBlock heading)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false };
        pipeline.Setup(renderer);
        renderer.WriteLeafInline(heading);
        writer.Flush();
        return WebUtility.HtmlDecode(writer.ToString()).Trim();
    }
}
