namespace Aims.Core.Documents.Rendering;

/// <summary>A heading of a rendered document, in document order, for a table of contents.</summary>
/// <param name="Level">1 for <c>#</c> through 6 for <c>######</c>.</param>
/// <param name="Text">The heading's text without Markdown markup.</param>
/// <param name="Anchor">The <c>id</c> the heading carries in the rendered HTML; link to it with <c>#</c> + anchor.</param>
public sealed record DocumentHeading(int Level, string Text, string Anchor);
