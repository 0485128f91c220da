using PdfSharp.Drawing;

namespace Aims.Reporting.Documents.Pdf;

/// <summary>Text in one font and colour, placed at <see cref="X"/> points from the start of its line.</summary>
internal sealed record PdfFragment(string Text, XFont Font, XBrush Brush, double X);

/// <summary>One laid-out line: its fragments and its height (the tallest font times the leading).</summary>
internal sealed class PdfLine(double height)
{
    public List<PdfFragment> Fragments { get; } = [];

    public double Height { get; private set; } = height;

    public double Width { get; set; }

    public bool IsEmpty => Fragments.Count == 0;

    public void Add(string text, XFont font, XBrush brush, double width)
    {
        if (Fragments.Count > 0 && Fragments[^1] is var last && ReferenceEquals(last.Font, font) && ReferenceEquals(last.Brush, brush))
        {
            Fragments[^1] = last with { Text = last.Text + text };
        }
        else
        {
            Fragments.Add(new PdfFragment(text, font, brush, Width));
        }

        Width += width;
        Height = Math.Max(Height, font.Size * PdfPageLayout.Leading);
    }
}
