using System.Diagnostics.CodeAnalysis;

namespace Aims.Reporting.Documents;

/// <summary>The formats a document renders to: PDF (for reading and signing off) and DOCX (for editing a copy).</summary>
public sealed class DocumentExportFormat : FileFormat
{
    public static readonly DocumentExportFormat Pdf = new("pdf", "application/pdf", ".pdf");

    public static readonly DocumentExportFormat Docx =
        new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

    private DocumentExportFormat(string name, string contentType, string fileExtension)
        : base(name, contentType, fileExtension)
    {
    }

    public static IReadOnlyList<DocumentExportFormat> All { get; } = [Pdf, Docx];

    /// <inheritdoc cref="Tables.ExportFormat.Parse"/>
    public static DocumentExportFormat Parse(string? value) => Parse(value, All);

    public static bool TryParse(string? value, [NotNullWhen(true)] out DocumentExportFormat? format) => TryParse(value, All, out format);
}
