using Aims.Reporting.Documents.Markdown;

namespace Aims.Reporting.Documents.Reports;

/// <summary>Renders a <see cref="ReportToRender"/> to PDF or DOCX with the same page layout as a controlled document.</summary>
public static class ReportRenderer
{
    /// <summary>Writes the whole report to <paramref name="output"/>, or nothing if it fails (see <see cref="DocumentRenderer"/>).</summary>
    public static Task RenderAsync(ReportToRender report, DocumentExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new DocumentToRender(report.Title, report.VersionLabel, report.ControlBlock, "");
        return DocumentRenderer.RenderAsync(document, () => Blocks(report.Body), format, output, cancellationToken);
    }

    internal static IReadOnlyList<DocBlock> Blocks(IReadOnlyList<ReportBlock> body) => [.. body.Select(Block)];

    private static DocBlock Block(ReportBlock block) => block switch
    {
        ReportHeading { Level: >= 1 and <= 6 } heading => new DocHeading(heading.Level, [Run(heading.Text)]),
        ReportParagraph paragraph => new DocParagraph([Run(paragraph.Text)]),
        ReportFacts facts => Pdf.PdfDocumentWriter.ControlTable(facts.Entries),
        ReportTable table => new DocTable(table.Columns.Count,
        [
            new DocTableRow(true, [.. table.Columns.Select(c => (IReadOnlyList<DocRun>)[new DocRun(DocText.Clean(c), TextStyle.Bold)])]),
            .. table.Rows.Select(row => new DocTableRow(false, [.. row.Select(cell => (IReadOnlyList<DocRun>)[Run(cell ?? "")])])),
        ]),
        _ => throw new ArgumentException($"Unknown report block {block.GetType().Name}.", nameof(block)),
    };

    private static DocRun Run(string text) => new(DocText.Clean(text), TextStyle.None);
}
