using System.Buffers;
using System.Text;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// Text that opens like an HTML page, an SVG image or an XML document is refused even though it is valid UTF-8: those
/// are the contents a browser (or a viewer that sniffs) would render or run, so a page renamed <c>report.pdf</c> or
/// <c>notes.txt</c> must not get in under a harmless kind. The tags are the ones browsers themselves take as the
/// opening of HTML, plus SVG, MathML and XSL.
/// </summary>
internal static class MarkupStart
{
    private static readonly SearchValues<byte> OpeningEnd = SearchValues.Create(" \t\r\n\f>"u8);

    private static readonly string[] HtmlTags =
    [
        "html", "head", "body", "script", "iframe", "frameset", "frame", "style", "title", "meta", "link", "base",
        "object", "embed", "applet", "form", "img", "div", "span", "table", "font", "a", "b", "p", "br", "h1", "h2",
        "h3", "h4", "h5", "h6", "template", "svg", "math", "xsl:stylesheet", "xsl:transform",
    ];

    /// <summary>"HTML or XML markup (it begins with "&lt;html")" when <paramref name="start"/> opens like markup, else null.</summary>
    public static string? Describe(ReadOnlySpan<byte> start)
    {
        if (start.IsEmpty || start[0] != (byte)'<')
        {
            return null;
        }

        if (StartsWithIgnoringCase(start, "<?xml") || StartsWithIgnoringCase(start, "<!doctype") || start.StartsWith("<!--"u8))
        {
            return Found(start);
        }

        foreach (var tag in HtmlTags)
        {
            if (StartsWithIgnoringCase(start[1..], tag) && (start.Length == tag.Length + 1 || IsTagEnd(start[tag.Length + 1])))
            {
                return Found(start);
            }
        }

        return null;
    }

    private static string Found(ReadOnlySpan<byte> start)
    {
        var end = start.IndexOfAny(OpeningEnd);
        var opening = Encoding.UTF8.GetString(start[..(end < 0 ? Math.Min(start.Length, 20) : Math.Min(end, 20))]);
        return $"HTML or XML markup (it begins with \"{opening}\")";
    }

    private static bool IsTagEnd(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or (byte)'>' or (byte)'/';

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> bytes, string ascii)
    {
        if (bytes.Length < ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (char.ToLowerInvariant((char)bytes[i]) != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
