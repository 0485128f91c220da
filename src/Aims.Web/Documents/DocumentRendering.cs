using Aims.Core.Common;
using Aims.Core.Documents.Export;
using Aims.Reporting.Documents;

namespace Aims.Web.Documents;

/// <summary>
/// Writes one version as PDF or DOCX with its control block. The format is checked and the model built before the
/// first byte, and the renderer produces the whole file before copying it, so a refusal is a problem response, never
/// a half-written file. Downloads are attachments with <c>nosniff</c>.
/// </summary>
internal static class DocumentRendering
{
    public static async Task WriteAsync(HttpContext http, Guid documentId, int? number)
    {
        var format = Format(http);
        var exports = http.RequestServices.GetRequiredService<DocumentExportService>();
        var model = await exports.ModelAsync(DocumentsApi.Caller(http), documentId, number, http.RequestAborted);
        var document = new DocumentToRender(model.Title, model.VersionLabel,
            [.. model.ControlBlock.Select(l => new ControlBlockEntry(l.Label, l.Value))], model.Body);
        Attach(http, format, model.FileStem);
        await DocumentRenderer.RenderAsync(document, format, http.Response.Body, http.RequestAborted);
    }

    /// <summary>The format named by <c>format</c> (pdf when absent); an unknown one is a 400 naming the field.</summary>
    public static DocumentExportFormat Format(HttpContext http)
    {
        var text = http.Request.Query["format"].ToString();
        DocumentExportFormat? format = DocumentExportFormat.Pdf;
        return text.Length == 0 || DocumentExportFormat.TryParse(text, out format)
            ? format!
            : throw new ValidationFailedException("format", $"Unknown format '{text}'. Use pdf or docx.");
    }

    /// <summary>Marks the response as a download of <paramref name="stem"/> in <paramref name="format"/>.</summary>
    public static void Attach(HttpContext http, DocumentExportFormat format, string stem)
    {
        http.Response.ContentType = format.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{format.FileName(stem)}\"";
        http.Response.Headers.XContentTypeOptions = "nosniff";
    }
}
