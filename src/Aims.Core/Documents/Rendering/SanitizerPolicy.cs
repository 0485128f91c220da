using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Aims.Core.Documents.Rendering;

/// <summary>
/// The HTML allow-list for rendered documents: exactly the tags, attributes, classes and styles Markdig's advanced
/// extensions produce for ordinary Markdown, and nothing else. Anything outside it is removed and reported as a
/// <see cref="MarkdownRenderWarning"/> to the render call running on the current thread.
/// </summary>
internal static partial class SanitizerPolicy
{
    /// <summary>Every id in a rendered document starts with this; same-page links are rewritten to match.</summary>
    /// <remarks>
    /// Author-chosen ids (heading text, <c>{#id}</c> attributes) would otherwise become global names in the page's
    /// JavaScript (DOM clobbering) and could collide with the application's own element ids.
    /// </remarks>
    public const string AnchorPrefix = "doc-";

    public const string LinkRel = "noopener noreferrer nofollow";

    private static readonly string[] Tags =
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code", "div", "span",
        "em", "strong", "del", "ins", "mark", "sub", "sup", "abbr", "cite", "a",
        "ul", "ol", "li", "dl", "dt", "dd", "input",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "figure", "figcaption", "footer",
    ];

    // id: heading anchors and footnotes; title: link and abbreviation tooltips; start/type: ordered lists;
    // colspan/rowspan: grid tables; type/checked/disabled: task-list check boxes; style: table alignment and widths.
    private static readonly string[] Attributes =
    [
        "id", "class", "href", "title", "start", "type", "colspan", "rowspan", "checked", "disabled", "style",
    ];

    private static readonly string[] Classes =
    [
        "contains-task-list", "task-list-item", "footnotes", "footnote-ref", "footnote-back-ref", "math", "mermaid",
        ImagesAsLinks.CssClass,
    ];

    [ThreadStatic]
    private static List<MarkdownRenderWarning>? currentWarnings;

    public static HtmlSanitizer Create()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(Tags);
        options.AllowedAttributes.UnionWith(Attributes);
        options.AllowedClasses.UnionWith(Classes);
        options.AllowedCssProperties.UnionWith(["text-align", "width"]);
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        options.UriAttributes.UnionWith(["href", "src", "action", "formaction", "cite", "background"]);

        // KeepChildNodes: a removed element (say an embedded video frame) loses its markup, never the text inside it.
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.RemovingTag += (_, e) =>
            Warn(e.Tag.LocalName, e.Tag.LocalName, $"the element <{e.Tag.LocalName}>", e.Reason);
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (e.Reason is RemoveReason.ClassAttributeEmpty or RemoveReason.StyleAttributeEmpty)
            {
                return; // the empty leftover of classes or styles already reported one by one
            }

            var what = e.Reason is RemoveReason.NotAllowedUrlValue
                ? $"the link address '{e.Attribute.Value}' of <{e.Tag.LocalName}>"
                : $"the attribute '{e.Attribute.Name}' of <{e.Tag.LocalName}>";
            Warn(e.Tag.LocalName, e.Attribute.Name, what, e.Reason);
        };
        sanitizer.RemovingStyle += (_, e) =>
            Warn(e.Tag.LocalName, e.Style.Name, $"the style '{e.Style.Name}' of <{e.Tag.LocalName}>", e.Reason);
        sanitizer.RemovingAtRule += (_, e) =>
            Warn(e.Tag.LocalName, e.Rule.CssText, $"a style rule of <{e.Tag.LocalName}>", RemoveReason.NotAllowedStyle);
        sanitizer.RemovingComment += (_, e) =>
            Warn("#comment", e.Comment.Data, "an HTML comment", RemoveReason.NotAllowedTag);
        sanitizer.RemovingCssClass += (_, e) =>
        {
            if (e.Reason is RemoveReason.ClassAttributeEmpty)
            {
                return; // the empty leftover of classes already reported one by one
            }

            if (CodeLanguageClass().IsMatch(e.CssClass))
            {
                e.Cancel = true; // fenced code blocks name their language; no fixed list could hold them all
                return;
            }

            Warn(e.Tag.LocalName, e.CssClass, $"the class '{e.CssClass}' of <{e.Tag.LocalName}>", e.Reason);
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                Finish(element);
            }
        };
        return sanitizer;
    }

    /// <summary>Runs <paramref name="sanitize"/> while collecting what it removes into <paramref name="warnings"/>.</summary>
    public static string Collecting(List<MarkdownRenderWarning> warnings, Func<string> sanitize)
    {
        // The sanitizer is shared and raises its events synchronously on the calling thread, so a thread-static
        // list gives each concurrent render its own warnings without a sanitizer per call.
        var previous = currentWarnings;
        currentWarnings = warnings;
        try
        {
            return sanitize();
        }
        finally
        {
            currentWarnings = previous;
        }
    }

    private static void Finish(IElement element)
    {
        if (element.Id is { Length: > 0 } id)
        {
            element.Id = AnchorPrefix + id;
        }

        switch (element.LocalName)
        {
            case "a" when element.GetAttribute("href") is { } href:
                if (href.StartsWith('#'))
                {
                    element.SetAttribute("href", "#" + AnchorPrefix + href[1..]);
                }
                else
                {
                    element.SetAttribute("rel", LinkRel);
                }

                break;
            case "input":
                // Only task-list check boxes are expected; whatever an input claimed to be, it shows as a read-only box.
                element.SetAttribute("type", "checkbox");
                element.SetAttribute("disabled", "disabled");
                break;
        }
    }

    private static void Warn(string element, string item, string what, RemoveReason reason)
    {
        var why = reason switch
        {
            RemoveReason.NotAllowedUrlValue => "its address is not an http, https, mailto or relative link",
            RemoveReason.NotAllowedCssClass => "documents may use only the classes Markdown itself produces",
            RemoveReason.NotAllowedStyle => "documents may set only text alignment and widths",
            RemoveReason.NotAllowedValue => "its value is unsafe",
            _ => "documents cannot contain it",
        };
        currentWarnings?.Add(new MarkdownRenderWarning(
            element,
            item,
            string.Create(CultureInfo.InvariantCulture, $"Removed {what}: {why}.")));
    }

    [GeneratedRegex("^language-[A-Za-z0-9_+#.-]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLanguageClass();
}
