using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Aims.Reporting.Tests.Tables;

/// <summary>Opens an exported workbook with the OpenXML SDK and answers the questions the tests ask of it.</summary>
internal sealed class XlsxReader : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public XlsxReader(byte[] bytes)
    {
        _document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = Workbook.Sheets!.Elements<Sheet>().Single();
        SheetName = sheet.Name!.Value!;
        Worksheet = ((WorksheetPart)WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet!;
    }

    public SpreadsheetDocument Document => _document;

    public WorkbookPart WorkbookPart => _document.WorkbookPart!;

    public Workbook Workbook => WorkbookPart.Workbook!;

    public Worksheet Worksheet { get; }

    public string SheetName { get; }

    public List<Row> Rows => [.. Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()];

    public Cell Cell(string reference) =>
        Rows.SelectMany(r => r.Elements<Cell>()).Single(c => c.CellReference == reference);

    public string? Text(string reference) => Cell(reference).InlineString?.Text?.Text;

    public CellFormat Format(Cell cell) =>
        WorkbookPart.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    public bool IsBold(Cell cell) =>
        WorkbookPart.WorkbookStylesPart!.Stylesheet!.Fonts!.Elements<Font>().ElementAt((int)Format(cell).FontId!.Value).Bold is not null;

    public string? NumberFormatCode(Cell cell) =>
        WorkbookPart.WorkbookStylesPart!.Stylesheet!.NumberingFormats?.Elements<NumberingFormat>()
            .SingleOrDefault(f => f.NumberFormatId!.Value == Format(cell).NumberFormatId!.Value)?.FormatCode?.Value;

    public double ColumnWidth(int column) =>
        Worksheet.GetFirstChild<Columns>()!.Elements<Column>().Single(c => c.Min!.Value == column).Width!.Value;

    public void Dispose() => _document.Dispose();
}
