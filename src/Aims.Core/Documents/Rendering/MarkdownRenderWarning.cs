namespace Aims.Core.Documents.Rendering;

/// <summary>
/// Something in the Markdown that the reader will not see as the author may have meant it: an image shown as a link,
/// or markup the safety filter removed. The editor shows these so nothing disappears without the author knowing.
/// </summary>
/// <param name="Element">The HTML element concerned, e.g. <c>a</c> or <c>iframe</c>.</param>
/// <param name="Item">What was changed or removed: the element itself, an attribute, a style property or a class.</param>
/// <param name="Message">One sentence for the author.</param>
public sealed record MarkdownRenderWarning(string Element, string Item, string Message);
