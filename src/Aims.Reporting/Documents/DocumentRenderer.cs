using Aims.Reporting.Documents.Docx;
using Aims.Reporting.Documents.Markdown;
using Aims.Reporting.Documents.Pdf;

namespace Aims.Reporting.Documents;

/// <summary>
/// Renders a controlled document — title, control block, Markdown body — to PDF (A4, embedded DejaVu fonts, "page n of
/// m" footer) or DOCX (Word styles for headings, lists and tables; a footer with page fields).
/// </summary>
/// <example>
/// <code>
/// var document = new DocumentToRender("AI policy", "Version 3 (published)",
///     [new("Version", "3"), new("Status", "Published"), new("SHA-256", version.Sha256)], version.Body);
/// await DocumentRenderer.RenderAsync(document, DocumentExportFormat.Pdf, response.Body, ct);
/// </code>
/// </example>
public static class DocumentRenderer
{
    /// <summary>
    /// Writes the rendered document to <paramref name="output"/>. The file is produced completely in a temporary file and
    /// then copied, so the output receives either the whole document or nothing.
    /// </summary>
    public static Task RenderAsync(DocumentToRender document, DocumentExportFormat format, Stream output,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RenderAsync(document, () => MarkdownReader.Read(document.Markdown), format, output, cancellationToken);
    }

    /// <summary>The document with a body built by <paramref name="readBody"/> (Markdown, or a report's blocks).</summary>
    internal static Task RenderAsync(DocumentToRender document, Func<IReadOnlyList<DocBlock>> readBody, DocumentExportFormat format,
        Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        return SpooledOutput.WriteAsync(output, (spool, ct) =>
        {
            var body = readBody();
            ct.ThrowIfCancellationRequested();
            if (format == DocumentExportFormat.Pdf)
            {
                PdfDocumentWriter.Write(document, body, spool);
            }
            else
            {
                DocxDocumentWriter.Write(document, body, spool);
            }

            return Task.CompletedTask;
        }, cancellationToken);
    }
}
