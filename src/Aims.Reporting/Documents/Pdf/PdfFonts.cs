using System.Runtime.InteropServices;
using Aims.Reporting.Documents.Markdown;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Aims.Reporting.Documents.Pdf;

/// <summary>
/// The fonts of one rendering, by size and run style, and their text widths. Widths are summed per character from a
/// cache (PDFsharp does not kern, so this equals its own measurement) — a 1 MB body is measured in well under a second.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly Dictionary<(double Size, TextStyle Style), XFont> _fonts = [];
    private readonly Dictionary<XFont, Dictionary<char, double>> _widths = [];
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(PdfPageLayout.PageWidth, PdfPageLayout.PageHeight),
        XGraphicsUnit.Point, XPageDirection.Downwards);

    public static XBrush TextBrush { get; } = new XSolidBrush(XColor.FromArgb(0x1F, 0x1F, 0x1F));

    public static XBrush LinkBrush { get; } = new XSolidBrush(XColor.FromArgb(0x0B, 0x57, 0xA4));

    public static XBrush MutedBrush { get; } = new XSolidBrush(XColor.FromArgb(0x5F, 0x63, 0x68));

    public XFont Get(double size, TextStyle style)
    {
        var key = (size, style & (TextStyle.Bold | TextStyle.Italic | TextStyle.Code | TextStyle.Strike | TextStyle.Link));
        ref var font = ref CollectionsMarshal.GetValueRefOrAddDefault(_fonts, key, out var exists);
        if (!exists)
        {
            var fontStyle = XFontStyleEx.Regular;
            fontStyle |= style.HasFlag(TextStyle.Bold) ? XFontStyleEx.Bold : 0;
            fontStyle |= style.HasFlag(TextStyle.Italic) ? XFontStyleEx.Italic : 0;
            fontStyle |= style.HasFlag(TextStyle.Strike) ? XFontStyleEx.Strikeout : 0;
            fontStyle |= style.HasFlag(TextStyle.Link) ? XFontStyleEx.Underline : 0;
            var family = style.HasFlag(TextStyle.Code) ? EmbeddedFontResolver.Mono : EmbeddedFontResolver.Sans;
            // Inline code is set a little smaller: a monospaced face looks larger than the sans face at the same size.
            font = new XFont(family, style.HasFlag(TextStyle.Code) ? size * 0.9 : size, fontStyle, Unicode);
        }

        return font!;
    }

    public static XBrush Brush(TextStyle style) => style.HasFlag(TextStyle.Link) ? LinkBrush : TextBrush;

    /// <summary>The advance width of one character (a surrogate pair is measured whole at its high half).</summary>
    public double Width(XFont font, string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length)
        {
            return _measure.MeasureString(text.Substring(index, 2), font).Width;
        }

        if (!_widths.TryGetValue(font, out var widths))
        {
            _widths[font] = widths = [];
        }

        ref var width = ref CollectionsMarshal.GetValueRefOrAddDefault(widths, c, out var known);
        if (!known)
        {
            width = char.IsLowSurrogate(c) ? 0 : _measure.MeasureString(c.ToString(), font).Width;
        }

        return width;
    }

    public double Width(XFont font, string text)
    {
        var total = 0d;
        for (var i = 0; i < text.Length; i++)
        {
            total += Width(font, text, i);
        }

        return total;
    }

    public void Dispose() => _measure.Dispose();
}
