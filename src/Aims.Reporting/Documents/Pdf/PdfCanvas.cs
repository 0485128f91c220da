using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Aims.Reporting.Documents.Pdf;

/// <summary>
/// The writing position in a growing PDF: the current page, the vertical position <see cref="Y"/>, and what decorates
/// the lines drawn next (quote bars, a code background, a list marker). A line that does not fit starts a new page, so
/// every block breaks across pages line by line.
/// </summary>
internal sealed class PdfCanvas(PdfDocument document, double bottom) : IDisposable
{
    private static readonly XPen RulePen = new(XColor.FromArgb(0xC8, 0xCC, 0xD0), 0.75);
    private static readonly XPen QuotePen = new(XColor.FromArgb(0xB0, 0xB6, 0xBC), 2);
    private XGraphics? _graphics;

    public static XBrush CodeBackground { get; } = new XSolidBrush(XColor.FromArgb(0xF2, 0xF3, 0xF5));

    public static double Top => PdfPageLayout.Margin;

    public double Bottom { get; } = bottom;

    public double Y { get; set; } = PdfPageLayout.Margin;

    public XGraphics Graphics => _graphics ?? NewPage();

    public bool AtTopOfPage => _graphics is null || Y <= Top;

    /// <summary>The x positions of the bars of the block quotes the next lines belong to.</summary>
    public List<double> QuoteBars { get; } = [];

    /// <summary>A background behind the next lines: from x, this wide (code blocks).</summary>
    public (XBrush Brush, double X, double Width)? LineBackground { get; set; }

    /// <summary>A list marker drawn beside the next line, then cleared.</summary>
    public (string Text, XFont Font, double X)? PendingMarker { get; set; }

    /// <summary>Called with each new page (tables repeat their header there).</summary>
    public Action? PageStarted { get; set; }

    public XGraphics NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PdfPageLayout.PageWidth);
        page.Height = XUnit.FromPoint(PdfPageLayout.PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        Y = Top;
        PageStarted?.Invoke();
        return _graphics;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one (or this one is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (_graphics is null || (Y + height > Bottom && !AtTopOfPage))
        {
            NewPage();
        }
    }

    /// <summary>Vertical space between blocks; none at the top of a page.</summary>
    public void AddSpace(double height)
    {
        if (!AtTopOfPage)
        {
            Y = Math.Min(Y + height, Bottom);
        }
    }

    public void DrawLine(PdfLine line, double x)
    {
        EnsureSpace(line.Height);
        var graphics = Graphics;
        if (LineBackground is { } background)
        {
            graphics.DrawRectangle(background.Brush, background.X, Y, background.Width, line.Height);
        }

        foreach (var bar in QuoteBars)
        {
            graphics.DrawLine(QuotePen, bar, Y, bar, Y + line.Height);
        }

        var baseline = Baseline(line);
        if (PendingMarker is { } marker)
        {
            graphics.DrawString(marker.Text, marker.Font, PdfFonts.TextBrush, marker.X, baseline, XStringFormats.BaseLineLeft);
            PendingMarker = null;
        }

        foreach (var fragment in line.Fragments)
        {
            graphics.DrawString(fragment.Text, fragment.Font, fragment.Brush, x + fragment.X, baseline, XStringFormats.BaseLineLeft);
        }

        Y += line.Height;
    }

    public void DrawRule(double x, double width)
    {
        EnsureSpace(12);
        Graphics.DrawLine(RulePen, x, Y + 6, x + width, Y + 6);
        Y += 12;
    }

    /// <summary>Where the baseline of a line drawn at <see cref="Y"/> lies: half the extra leading, then DejaVu's ascent.</summary>
    public double Baseline(PdfLine line) => Y + (line.Height / PdfPageLayout.Leading * (((PdfPageLayout.Leading - 1.164) / 2) + 0.928));

    public void Dispose() => _graphics?.Dispose();
}
