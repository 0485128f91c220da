using Aims.Reporting.Documents;

namespace Aims.Reporting.Tests.Documents;

public sealed class DocumentModelTests
{
    [Fact]
    public void Document_formats_parse_and_carry_content_type_and_extension()
    {
        Assert.Same(DocumentExportFormat.Pdf, DocumentExportFormat.Parse("PDF"));
        Assert.Same(DocumentExportFormat.Docx, DocumentExportFormat.Parse("docx"));
        Assert.Equal("application/pdf", DocumentExportFormat.Pdf.ContentType);
        Assert.Equal("ai-policy-v3.docx", DocumentExportFormat.Docx.FileName("ai-policy-v3"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocumentExportFormat.Docx.ContentType);
        Assert.StartsWith("Unknown format 'csv'; expected one of: pdf, docx.",
            Assert.Throws<ArgumentException>(() => DocumentExportFormat.Parse("csv")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_needs_a_title_and_complete_control_entries()
    {
        Assert.Throws<ArgumentException>(() => new DocumentToRender(" ", "v1", [], ""));
        Assert.Throws<ArgumentNullException>(() => new DocumentToRender("T", "v1", [], null!));
        Assert.Throws<ArgumentException>(() => new ControlBlockEntry("", "value"));
        Assert.Throws<ArgumentNullException>(() => new ControlBlockEntry("Label", null!));
        Assert.Throws<ArgumentException>(() => new DocumentToRender("T", "v1", [null!], ""));
    }

    [Fact]
    public async Task Nothing_reaches_the_output_when_rendering_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var output = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            DocumentRenderer.RenderAsync(SampleDocument.Create(), DocumentExportFormat.Pdf, output, cancelled.Token));

        Assert.Equal(0, output.Length);
    }
}
