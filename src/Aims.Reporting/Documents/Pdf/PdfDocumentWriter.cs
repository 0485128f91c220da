using System.Globalization;
using Aims.Reporting.Documents.Markdown;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Aims.Reporting.Documents.Pdf;

/// <summary>
/// Lays out a document as A4 PDF with PDFsharp: the title, the control block as a two-column table, the body, and on
/// every page a footer with the title, the version label and "Page n of m" (drawn once the page count is known).
/// </summary>
internal static class PdfDocumentWriter
{
    private const double FooterBottom = PdfPageLayout.PageHeight - 28;
    private const double FooterGap = 14;

    /// <summary>The widest share of the width a label column may take.</summary>
    internal const double LabelShare = 0.3;

    public static void Write(DocumentToRender document, IReadOnlyList<DocBlock> body, Stream output)
    {
        EmbeddedFontResolver.Install();
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.VersionLabel;
        pdf.Info.Creator = "OpenAIMS";
        pdf.Options.CompressContentStreams = true;
        using var fonts = new PdfFonts();
        var layout = new PdfTextLayout(fonts);

        var footerFont = fonts.Get(PdfPageLayout.FooterSize, TextStyle.None);
        var pageNumberWidth = fonts.Width(footerFont, PageNumber(9999, 9999)) + 12;
        var footer = layout.Layout([new DocRun(document.FooterText, TextStyle.None)], PdfPageLayout.ContentWidth - pageNumberWidth,
            PdfPageLayout.FooterSize);
        var footerTop = FooterBottom - footer.Sum(l => l.Height);

        using (var canvas = new PdfCanvas(pdf, footerTop - FooterGap))
        {
            var tables = new PdfTableWriter(canvas, layout, fonts);
            foreach (var line in layout.Layout([new DocRun(document.Title, TextStyle.None)], PdfPageLayout.ContentWidth, PdfPageLayout.TitleSize,
                         TextStyle.Bold))
            {
                canvas.DrawLine(line, PdfPageLayout.Margin);
            }

            canvas.AddSpace(10);
            if (document.ControlBlock.Count > 0)
            {
                tables.Write(ControlTable(document.ControlBlock), 0, shadeFirstColumn: true, firstColumnShare: LabelShare);
                canvas.AddSpace(18);
            }

            new PdfBlockWriter(canvas, layout, fonts, tables).Write(body);
        }

        DrawFooters(pdf, footer, footerTop, footerFont);
        pdf.Save(output, false);
    }

    /// <summary>The control block as a table: label (bold) and value, one row per entry, value lines kept.</summary>
    internal static DocTable ControlTable(IReadOnlyList<ControlBlockEntry> entries) => new(2,
    [
        .. entries.Select(e => new DocTableRow(false,
        [
            [new DocRun(DocText.Clean(e.Label), TextStyle.Bold)],
            [new DocRun(DocText.Clean(e.Value), TextStyle.None)],
        ])),
    ], LabelColumn: true);

    private static string PageNumber(int page, int pages) =>
        string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages}");

    private static void DrawFooters(PdfDocument pdf, List<PdfLine> footer, double footerTop, XFont footerFont)
    {
        var pen = new XPen(XColor.FromArgb(0xC8, 0xCC, 0xD0), 0.5);
        var right = PdfPageLayout.PageWidth - PdfPageLayout.Margin;
        for (var i = 0; i < pdf.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            graphics.DrawLine(pen, PdfPageLayout.Margin, footerTop - 5, right, footerTop - 5);
            var y = footerTop;
            foreach (var line in footer)
            {
                var baseline = y + (line.Height * 0.8);
                foreach (var fragment in line.Fragments)
                {
                    graphics.DrawString(fragment.Text, fragment.Font, PdfFonts.MutedBrush, PdfPageLayout.Margin + fragment.X, baseline,
                        XStringFormats.BaseLineLeft);
                }

                y += line.Height;
            }

            graphics.DrawString(PageNumber(i + 1, pdf.PageCount), footerFont, PdfFonts.MutedBrush, right,
                footerTop + (footer[0].Height * 0.8), XStringFormats.BaseLineRight);
        }
    }
}
