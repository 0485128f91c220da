using Aims.Reporting.Documents.Markdown;

namespace Aims.Reporting.Documents.Pdf;

/// <summary>Draws the body's blocks onto the canvas: headings, paragraphs, lists, quotes, code, tables and rules.</summary>
internal sealed class PdfBlockWriter(PdfCanvas canvas, PdfTextLayout layout, PdfFonts fonts, PdfTableWriter tables)
{
    private const double QuoteIndent = 12;
    private const double CodePadding = 4;

    public void Write(IReadOnlyList<DocBlock> blocks, double indent = 0, int listDepth = 0)
    {
        foreach (var block in blocks)
        {
            Write(block, indent, listDepth);
        }
    }

    private static double Width(double indent) => PdfPageLayout.ContentWidth - indent;

    private void Write(DocBlock block, double indent, int listDepth)
    {
        switch (block)
        {
            case DocHeading heading:
                var size = PdfPageLayout.HeadingSize(heading.Level);
                var lines = layout.Layout(heading.Runs, Width(indent), size, TextStyle.Bold);
                canvas.AddSpace(size * 0.8);
                // Keep a heading with the start of what follows it: never the last thing on a page.
                canvas.EnsureSpace(lines.Sum(l => l.Height) + (3 * PdfPageLayout.BodySize * PdfPageLayout.Leading));
                DrawLines(lines, indent);
                canvas.AddSpace(size * 0.3);
                break;
            case DocParagraph paragraph:
                DrawLines(layout.Layout(paragraph.Runs, Width(indent), PdfPageLayout.BodySize), indent);
                canvas.AddSpace(PdfPageLayout.BodySize * 0.6);
                break;
            case DocList list:
                WriteList(list, indent, listDepth);
                break;
            case DocQuote quote:
                canvas.QuoteBars.Add(PdfPageLayout.Margin + indent + 2);
                Write(quote.Blocks, indent + QuoteIndent, listDepth);
                canvas.QuoteBars.RemoveAt(canvas.QuoteBars.Count - 1);
                break;
            case DocCode code:
                WriteCode(code, indent);
                break;
            case DocTable table:
                tables.Write(table, indent, table.LabelColumn, table.LabelColumn ? PdfDocumentWriter.LabelShare : null);
                canvas.AddSpace(PdfPageLayout.BodySize * 0.6);
                break;
            case DocRule:
                canvas.DrawRule(PdfPageLayout.Margin + indent, Width(indent));
                break;
            default:
                break;
        }
    }

    private void WriteList(DocList list, double indent, int listDepth)
    {
        var markerFont = fonts.Get(PdfPageLayout.BodySize, TextStyle.None);
        var markers = Enumerable.Range(0, list.Items.Count).Select(i => ListMarkers.Marker(list.Numbering, list.Start + i, listDepth)).ToList();
        var hang = Math.Max(14, markers.Count == 0 ? 0 : markers.Max(m => fonts.Width(markerFont, m)) + 6);
        for (var i = 0; i < list.Items.Count; i++)
        {
            canvas.PendingMarker = (markers[i], markerFont, PdfPageLayout.Margin + indent);
            if (list.Items[i].Count == 0)
            {
                canvas.DrawLine(new PdfLine(PdfPageLayout.BodySize * PdfPageLayout.Leading), PdfPageLayout.Margin + indent + hang);
            }

            Write(list.Items[i], indent + hang, listDepth + 1);
            canvas.PendingMarker = null;
        }
    }

    private void WriteCode(DocCode code, double indent)
    {
        var lines = layout.LayoutPreformatted(code.Lines, Width(indent) - (2 * CodePadding), PdfPageLayout.BodySize);
        canvas.LineBackground = (PdfCanvas.CodeBackground, PdfPageLayout.Margin + indent, Width(indent));
        DrawLines(lines, indent + CodePadding);
        canvas.LineBackground = null;
        canvas.AddSpace(PdfPageLayout.BodySize * 0.6);
    }

    private void DrawLines(List<PdfLine> lines, double indent)
    {
        foreach (var line in lines)
        {
            canvas.DrawLine(line, PdfPageLayout.Margin + indent);
        }
    }
}
