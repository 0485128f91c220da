using Aims.Core.Documents.Rendering;

namespace Aims.Core.Documents.Views;

/// <summary>A version rendered for reading: sanitised HTML, its headings for a table of contents, and what the reader
/// sees differently from the Markdown (images shown as links, removed markup).</summary>
public sealed record DocumentHtmlView(int Number, string Sha256, string Html, IReadOnlyList<DocumentHeading> Headings,
    IReadOnlyList<MarkdownRenderWarning> Warnings);
