using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Aims.Core.Documents.Rendering;

/// <summary>
/// Turns every Markdown image into an ordinary link to the image before rendering.
/// </summary>
/// <remarks>
/// An <c>&lt;img&gt;</c> is fetched the moment a reader opens the page. Pointing at any URL, it would tell that server
/// who read the controlled document and when (a tracking pixel), and the picture behind the URL can change after the
/// version was approved, so readers would see content the approval's SHA-256 never covered. A link keeps the
/// reference visible and is fetched only when someone chooses to follow it.
/// </remarks>
internal static class ImagesAsLinks
{
    /// <summary>The class image links carry, so the UI can style them (e.g. with an image icon).</summary>
    public const string CssClass = "image-link";

    public static void Rewrite(MarkdownDocument document, List<MarkdownRenderWarning> warnings)
    {
        // Materialise first: the loop edits the inline tree it would otherwise be walking.
        var images = document.Descendants<LinkInline>().Where(link => link.IsImage).ToList();
        foreach (var image in images)
        {
            image.IsImage = false;
            image.GetAttributes().AddClass(CssClass);
            var url = image.GetDynamicUrl?.Invoke() ?? image.Url ?? "";
            if (image.FirstChild is null)
            {
                // An image without alt text would become an empty, invisible link; show where it points instead.
                image.AppendChild(new LiteralInline(url.Length > 0 ? url : "image"));
            }

            warnings.Add(new MarkdownRenderWarning(
                "img",
                url,
                $"The image {Quote(url)} is shown as a link: documents never load pictures from other addresses, so "
                + "opening one tells no other server who read it, and readers see only what was approved."));
        }
    }

    private static string Quote(string url) => url.Length == 0 ? "without an address" : "'" + url + "'";
}
