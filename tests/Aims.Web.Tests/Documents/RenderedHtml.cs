using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Aims.Web.Tests.Documents;

/// <summary>Parses rendered document HTML the way a browser would, so assertions look at elements, not at strings.</summary>
internal static class RenderedHtml
{
    private static readonly HtmlParser Parser = new();

    public static IElement Body(string html) => Parser.ParseDocument("<!doctype html><body>" + html).Body!;

    /// <summary>Every attribute in the fragment that could run script or fetch something when the page loads.</summary>
    public static List<string> ActiveContent(string html)
    {
        var found = new List<string>();
        foreach (var element in Body(html).QuerySelectorAll("*"))
        {
            if (element.LocalName is "script" or "iframe" or "img" or "object" or "embed" or "style" or "link" or "svg" or "form")
            {
                found.Add("<" + element.LocalName + ">");
            }

            foreach (var attribute in element.Attributes)
            {
                // Browsers ignore tabs, line breaks and leading control characters in a URL's scheme.
                var value = new string([.. attribute.Value.Where(c => c > ' ')]).ToLowerInvariant();
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || attribute.Name is "src" or "srcset" or "formaction" or "action" or "srcdoc"
                    || value.StartsWith("javascript:", StringComparison.Ordinal)
                    || value.StartsWith("vbscript:", StringComparison.Ordinal)
                    || value.StartsWith("data:", StringComparison.Ordinal))
                {
                    found.Add(element.LocalName + "@" + attribute.Name + "=" + attribute.Value);
                }
            }
        }

        return found;
    }
}
