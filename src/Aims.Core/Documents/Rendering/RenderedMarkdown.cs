namespace Aims.Core.Documents.Rendering;

/// <summary>The result of rendering one Markdown body for reading in the browser.</summary>
/// <param name="Html">Sanitised HTML, safe to insert into a page as markup.</param>
/// <param name="Headings">Every heading in document order, with the anchor it carries in <paramref name="Html"/>.</param>
/// <param name="Warnings">What the reader will see differently from the Markdown; empty for ordinary documents.</param>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<DocumentHeading> Headings,
    IReadOnlyList<MarkdownRenderWarning> Warnings);
