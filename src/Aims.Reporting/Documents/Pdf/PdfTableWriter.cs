using Aims.Reporting.Documents.Markdown;
using PdfSharp.Drawing;

namespace Aims.Reporting.Documents.Pdf;

/// <summary>
/// Draws a table with wrapped cell text and ruled cells. Column widths share the width by the content's natural width
/// (never less than its longest word while that fits). A row that does not fit on the rest of the page moves to the next
/// one; a row taller than a whole page is split between lines; header rows are repeated on every page the table spans.
/// </summary>
internal sealed class PdfTableWriter(PdfCanvas canvas, PdfTextLayout layout, PdfFonts fonts)
{
    private const double Padding = 4;
    private const double MinimumColumn = 2 * Padding + 12;
    private static readonly XPen GridPen = new(XColor.FromArgb(0xB8, 0xBE, 0xC4), 0.5);
    private static readonly XBrush HeaderShade = new XSolidBrush(XColor.FromArgb(0xEC, 0xEE, 0xF1));

    /// <param name="shadeFirstColumn">Shade the first column like a header (the control block's labels).</param>
    /// <param name="firstColumnShare">Give the first column at most this share of the width (null: by content).</param>
    public void Write(DocTable table, double indent, bool shadeFirstColumn = false, double? firstColumnShare = null)
    {
        var width = PdfPageLayout.ContentWidth - indent;
        var widths = ColumnWidths(table, width, firstColumnShare);
        var x = PdfPageLayout.Margin + indent;
        var laidOut = table.Rows.Select(row => (row.IsHeader, Cells: Layout(row, widths))).ToList();
        var headers = laidOut.TakeWhile(r => r.IsHeader).Select(r => r.Cells).ToList();
        if (headers.Count > 0 && laidOut.Count > headers.Count)
        {
            // Keep the header with (the start of) the first row: a header alone at the foot of a page says nothing. Done
            // before the page-start hook is set, so the new page does not draw the header twice.
            var firstRow = Math.Min(RowHeight(laidOut[headers.Count].Cells), (3 * PdfPageLayout.BodySize * PdfPageLayout.Leading) + (2 * Padding));
            canvas.EnsureSpace(headers.Sum(RowHeight) + firstRow);
        }

        var previous = canvas.PageStarted;
        var repeating = false;
        canvas.PageStarted = () =>
        {
            if (repeating)
            {
                return;
            }

            repeating = true;
            headers.ForEach(h => DrawRow(h, widths, x, header: true, shadeFirstColumn));
            repeating = false;
        };
        try
        {
            foreach (var (isHeader, cells) in laidOut)
            {
                DrawRow(cells, widths, x, isHeader, shadeFirstColumn);
            }
        }
        finally
        {
            canvas.PageStarted = previous;
        }
    }

    private static double RowHeight(List<PdfLine>[] cells) => cells.Max(c => c.Sum(l => l.Height)) + (2 * Padding);

    private List<PdfLine>[] Layout(DocTableRow row, double[] widths) =>
        [.. widths.Select((w, i) => layout.Layout(i < row.Cells.Count ? row.Cells[i] : [], w - (2 * Padding), PdfPageLayout.BodySize))];

    private void DrawRow(List<PdfLine>[] cells, double[] widths, double x, bool header, bool shadeFirstColumn)
    {
        var next = new int[cells.Length];
        var rowHeight = cells.Max(c => c.Sum(l => l.Height));
        if (canvas.Y + rowHeight + (2 * Padding) > canvas.Bottom && rowHeight + (2 * Padding) <= canvas.Bottom - PdfCanvas.Top)
        {
            canvas.NewPage();
        }

        while (true)
        {
            canvas.EnsureSpace(PdfPageLayout.BodySize * PdfPageLayout.Leading + (2 * Padding));
            var available = canvas.Bottom - canvas.Y - (2 * Padding);
            var take = new int[cells.Length];
            var segment = 0d;
            for (var i = 0; i < cells.Length; i++)
            {
                var height = 0d;
                while (next[i] + take[i] < cells[i].Count && height + cells[i][next[i] + take[i]].Height <= available)
                {
                    height += cells[i][next[i] + take[i]].Height;
                    take[i]++;
                }

                segment = Math.Max(segment, height);
            }

            if (take.All(t => t == 0))
            {
                // Not even one line fits below the repeated header: draw a line of each cell anyway, so the table advances.
                for (var i = 0; i < cells.Length; i++)
                {
                    take[i] = next[i] < cells[i].Count ? 1 : 0;
                    segment = Math.Max(segment, take[i] == 1 ? cells[i][next[i]].Height : 0);
                }
            }

            DrawSegment(cells, widths, x, next, take, segment + (2 * Padding), header, shadeFirstColumn);
            for (var i = 0; i < cells.Length; i++)
            {
                next[i] += take[i];
            }

            if (Enumerable.Range(0, cells.Length).All(i => next[i] >= cells[i].Count))
            {
                return;
            }

            canvas.NewPage();
        }
    }

    private void DrawSegment(List<PdfLine>[] cells, double[] widths, double x, int[] first, int[] count, double height, bool header,
        bool shadeFirstColumn)
    {
        var graphics = canvas.Graphics;
        var top = canvas.Y;
        var cellX = x;
        for (var i = 0; i < cells.Length; i++)
        {
            if (header || (shadeFirstColumn && i == 0))
            {
                graphics.DrawRectangle(HeaderShade, cellX, top, widths[i], height);
            }

            graphics.DrawRectangle(GridPen, cellX, top, widths[i], height);
            canvas.Y = top + Padding;
            for (var line = first[i]; line < first[i] + count[i]; line++)
            {
                canvas.DrawLine(cells[i][line], cellX + Padding);
            }

            cellX += widths[i];
        }

        canvas.Y = top + height;
    }

    private double[] ColumnWidths(DocTable table, double width, double? firstColumnShare)
    {
        var natural = new double[table.ColumnCount];
        var minimum = new double[table.ColumnCount];
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Cells.Count && i < natural.Length; i++)
            {
                var (longestLine, longestWord) = Measure(row.Cells[i]);
                natural[i] = Math.Max(natural[i], longestLine + (2 * Padding));
                minimum[i] = Math.Max(minimum[i], longestWord + (2 * Padding));
            }
        }

        for (var i = 0; i < natural.Length; i++)
        {
            minimum[i] = Math.Max(minimum[i], MinimumColumn);
            natural[i] = Math.Max(natural[i], minimum[i]);
        }

        if (firstColumnShare is { } share && natural.Length > 1)
        {
            // A label column: as wide as its longest label up to the share; the other columns take the rest.
            var first = Math.Min(natural[0], width * share);
            return [first, .. Distribute(natural[1..], minimum[1..], width - first)];
        }

        return Distribute(natural, minimum, width);
    }

    private static double[] Distribute(double[] natural, double[] minimum, double width)
    {
        var naturalSum = natural.Sum();
        var minimumSum = minimum.Sum();
        if (naturalSum <= width)
        {
            return [.. natural.Select(n => n * width / naturalSum)];
        }

        if (minimumSum <= width)
        {
            var share = (width - minimumSum) / (naturalSum - minimumSum);
            return [.. natural.Select((n, i) => minimum[i] + ((n - minimum[i]) * share))];
        }

        // Even the longest words do not fit side by side: share by them, and let the layout break words.
        return [.. minimum.Select(m => m * width / minimumSum)];
    }

    private (double Line, double Word) Measure(IReadOnlyList<DocRun> runs)
    {
        double longestLine = 0, line = 0, longestWord = 0, word = 0;
        foreach (var run in runs)
        {
            var font = fonts.Get(PdfPageLayout.BodySize, run.Style);
            for (var i = 0; i < run.Text.Length; i++)
            {
                var c = run.Text[i];
                var w = c == '\n' ? 0 : fonts.Width(font, run.Text, i);
                line = c == '\n' ? 0 : line + w;
                word = c is ' ' or '\n' ? 0 : word + w;
                longestLine = Math.Max(longestLine, line);
                longestWord = Math.Max(longestWord, word);
            }
        }

        return (longestLine, longestWord);
    }
}
