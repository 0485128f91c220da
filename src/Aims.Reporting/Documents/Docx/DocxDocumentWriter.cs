using Aims.Reporting.Documents.Markdown;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Aims.Reporting.Documents.Docx;

/// <summary>
/// Writes a document as DOCX: the title, the control block as a two-column table, the body, and a footer with the title,
/// the version label and "Page n of m" as Word fields (Word fills in the numbers when it lays the pages out).
/// </summary>
internal static class DocxDocumentWriter
{
    public static void Write(DocumentToRender document, IReadOnlyList<DocBlock> blocks, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        word.PackageProperties.Title = DocText.Clean(document.Title);
        word.PackageProperties.Subject = DocText.Clean(document.VersionLabel);
        word.PackageProperties.Creator = "OpenAIMS";
        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
        var numbering = new DocxNumbering();
        var runs = new DocxRuns(main);
        var writer = new DocxBlockWriter(runs, numbering);

        var body = new Body();
        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Title }),
            DocxRuns.Run(DocText.Clean(document.Title), TextStyle.None)));
        if (document.ControlBlock.Count > 0)
        {
            body.Append(writer.Table(Pdf.PdfDocumentWriter.ControlTable(document.ControlBlock), 0, shadeFirstColumn: true, firstColumnShare: Pdf.PdfDocumentWriter.LabelShare));
            body.Append(new Paragraph());
        }

        body.Append(writer.Write(blocks));
        if (!numbering.IsEmpty)
        {
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Build();
        }

        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = Footer(DocText.Clean(document.FooterText));
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        main.Document = new Document(body);
    }

    private static Footer Footer(string text) => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.FooterStyle },
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = DocxBlockWriter.TextWidth })),
        DocxRuns.Run(text, TextStyle.None),
        new Run(new TabChar(), new Text("Page ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
        new Run(new Text(" of ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));
}
