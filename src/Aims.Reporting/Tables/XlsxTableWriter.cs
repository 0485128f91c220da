using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;

namespace Aims.Reporting.Tables;

/// <summary>
/// Writes one worksheet with the SAX-style <see cref="OpenXmlWriter"/>, so memory stays flat however many rows come:
/// header row bold, frozen and under an auto-filter; numbers, dates and booleans as real Excel values; text as inline
/// strings. Column widths follow the header and the first <see cref="WidthSampleRows"/> rows (the widths precede the
/// rows in the file, and only those rows are held back to measure them).
/// <para>
/// Excel's limits are kept by refusing, never by cutting: a text over 32 767 characters, more than 1 048 575 data rows or
/// more than 16 384 columns raise <see cref="ExportLimitExceededException"/> naming the row and column, and CSV, which
/// has no such limits, is the way out.
/// </para>
/// </summary>
internal static class XlsxTableWriter
{
    private const int WidthSampleRows = 100;
    private const long MaxDataRows = 1_048_575;
    private const int MaxColumns = 16_384;
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    // Excel's day 0 is 1899-12-30 for every date from 1900-03-01 on (before that its 1900 leap-year bug shifts days).
    private static readonly DateTime ExcelEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime FirstExactExcelDay = new(1900, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Task WriteAsync<TRow>(TableDefinition<TRow> table, IAsyncEnumerable<TRow> rows, Stream output, string sheetName,
        CancellationToken cancellationToken)
    {
        if (table.Columns.Count > MaxColumns)
        {
            throw new ExportLimitExceededException(
                $"The table has {table.Columns.Count} columns; an xlsx sheet holds at most {MaxColumns}. Export as CSV.");
        }

        var name = XlsxText.SheetName(sheetName);
        return SpooledOutput.WriteAsync(output, (spool, ct) => WriteWorkbookAsync(table, rows, spool, name, ct), cancellationToken);
    }

    private static async Task WriteWorkbookAsync<TRow>(TableDefinition<TRow> table, IAsyncEnumerable<TRow> rows, Stream spool,
        string sheetName, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Create(spool, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStylesheet.Create();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        long dataRows;
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            dataRows = await WriteSheetAsync(writer, table, rows, cancellationToken);
        }

        var filterRange = FilterRange(table.Columns.Count, dataRows);
        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1U, Name = sheetName }),
            // Excel keeps an auto-filter's range in this hidden name as well as on the sheet; without it, it repairs the file.
            new DefinedNames(new DefinedName(XlsxText.QuotedSheetName(sheetName) + "!" + AbsoluteRange(filterRange))
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = 0U,
                Hidden = true,
            }));
    }

    private static async Task<long> WriteSheetAsync<TRow>(OpenXmlWriter writer, TableDefinition<TRow> table, IAsyncEnumerable<TRow> rows,
        CancellationToken cancellationToken)
    {
        await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        var sample = new List<CellValue[]>(WidthSampleRows);
        while (sample.Count < WidthSampleRows && await enumerator.MoveNextAsync())
        {
            sample.Add(table.Cells(enumerator.Current));
        }

        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeaderView());
        writer.WriteElement(ColumnWidths(table, sample));
        writer.WriteStartElement(new SheetData());
        var cells = new XlsxCellWriter(writer, table.Columns.Select(c => c.Key).ToArray());
        cells.WriteRow(1, table.Columns.Select(c => CellValue.Text(c.Header)).ToArray(), XlsxStylesheet.Header);
        long dataRows = 0;
        foreach (var row in sample)
        {
            cells.WriteRow(++dataRows + 1, row, XlsxStylesheet.Default);
        }

        while (await enumerator.MoveNextAsync())
        {
            if (dataRows == MaxDataRows)
            {
                throw new ExportLimitExceededException(
                    $"The table has more than {MaxDataRows:N0} rows, the most an xlsx sheet holds below its header. Export as CSV.",
                    dataRows + 1, null);
            }

            cells.WriteRow(++dataRows + 1, table.Cells(enumerator.Current), XlsxStylesheet.Default);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = FilterRange(table.Columns.Count, dataRows) });
        writer.WriteEndElement();
        return dataRows;
    }

    private static SheetViews FrozenHeaderView() => new(new SheetView(
        new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>(["A2"]) })
    {
        TabSelected = true,
        WorkbookViewId = 0U,
    });

    private static Columns ColumnWidths<TRow>(TableDefinition<TRow> table, List<CellValue[]> sample)
    {
        var columns = new Columns();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            // The header gets room for its filter button; the data's width is capped so one long text doesn't make a
            // column wider than the screen (the full text is still in the cell).
            var width = column.Width ?? Math.Clamp(sample.Select(row => DisplayWidth(row[i])).Append(column.Header.Length + 4).Max(), 8, 60);
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width + 0.7, CustomWidth = true });
        }

        return columns;
    }

    private static int DisplayWidth(CellValue cell) => cell.Kind switch
    {
        CellKind.Text => cell.TextValue.Split('\n').Max(line => line.Length) + 1,
        CellKind.Number => cell.ToString().Length + 2,
        CellKind.Date => 12,
        CellKind.Instant => 24,
        CellKind.Boolean => 7,
        _ => 0,
    };

    private static string FilterRange(int columns, long dataRows) =>
        "A1:" + XlsxText.ColumnName(columns - 1) + (dataRows + 1).ToString(CultureInfo.InvariantCulture);

    private static string AbsoluteRange(string range) =>
        string.Join(':', range.Split(':').Select(cell => "$" + string.Concat(cell.TakeWhile(char.IsLetter)) + "$" +
            string.Concat(cell.SkipWhile(char.IsLetter))));

    /// <summary>The Excel serial day number of an instant, or null before 1900-03-01 (written as ISO text instead).</summary>
    internal static double? ExcelSerial(DateTime utc) =>
        utc < FirstExactExcelDay ? null : (utc - ExcelEpoch).Ticks / (double)TimeSpan.TicksPerDay;

    /// <summary>Writes rows of cells; reuses one element of each kind and writes only the attributes a cell needs.</summary>
    private sealed class XlsxCellWriter(OpenXmlWriter writer, string[] columnKeys)
    {
        private static readonly OpenXmlAttribute PreserveSpace = new("xml", "space", XmlNamespace, "preserve");
        private readonly string[] _columnNames = [.. columnKeys.Select((_, i) => XlsxText.ColumnName(i))];
        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly XCellValue _value = new();
        private readonly InlineString _inline = new();
        private readonly Text _text = new();

        public void WriteRow(long rowNumber, CellValue[] cells, uint style)
        {
            var rowText = rowNumber.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement(_row, [new OpenXmlAttribute("r", "", rowText)]);
            for (var i = 0; i < cells.Length; i++)
            {
                WriteCell(_columnNames[i] + rowText, cells[i], style, rowNumber, i);
            }

            writer.WriteEndElement();
        }

        private void WriteCell(string reference, CellValue cell, uint style, long rowNumber, int column)
        {
            switch (cell.Kind)
            {
                case CellKind.Text:
                    WriteText(reference, cell.TextValue, style, rowNumber, column);
                    break;
                case CellKind.Number:
                    WriteValue(reference, null, style, cell.ToString());
                    break;
                case CellKind.Boolean:
                    WriteValue(reference, "b", style, cell.BooleanValue ? "1" : "0");
                    break;
                case CellKind.Date:
                    WriteDate(reference, cell, cell.DateValue.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), XlsxStylesheet.Date, rowNumber, column);
                    break;
                case CellKind.Instant:
                    WriteDate(reference, cell, cell.UtcInstant, XlsxStylesheet.Instant, rowNumber, column);
                    break;
                default:
                    break;
            }
        }

        private void WriteDate(string reference, CellValue cell, DateTime utc, uint style, long rowNumber, int column)
        {
            if (ExcelSerial(utc) is { } serial)
            {
                WriteValue(reference, null, style, serial.ToString("R", CultureInfo.InvariantCulture));
            }
            else
            {
                WriteText(reference, cell.ToString(), XlsxStylesheet.Default, rowNumber, column);
            }
        }

        private void WriteText(string reference, string text, uint style, long rowNumber, int column)
        {
            if (text.Length > XlsxText.MaxCellLength)
            {
                var row = rowNumber - 1;
                throw new ExportLimitExceededException(
                    $"Row {row:N0}, column '{columnKeys[column]}' holds {text.Length:N0} characters; an xlsx cell holds at most " +
                    $"{XlsxText.MaxCellLength:N0} and nothing is cut. Export as CSV, which keeps every character.", row, columnKeys[column]);
            }

            writer.WriteStartElement(_cell, Attributes(reference, "inlineStr", style));
            writer.WriteStartElement(_inline);
            writer.WriteStartElement(_text, [PreserveSpace]);
            writer.WriteString(XlsxText.EscapeCellText(text));
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        private void WriteValue(string reference, string? type, uint style, string value)
        {
            writer.WriteStartElement(_cell, Attributes(reference, type, style));
            writer.WriteStartElement(_value);
            writer.WriteString(value);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        private static List<OpenXmlAttribute> Attributes(string reference, string? type, uint style)
        {
            var attributes = new List<OpenXmlAttribute>(3) { new("r", "", reference) };
            if (style != XlsxStylesheet.Default)
            {
                attributes.Add(new OpenXmlAttribute("s", "", XlsxStylesheet.Index(style)));
            }

            if (type is not null)
            {
                attributes.Add(new OpenXmlAttribute("t", "", type));
            }

            return attributes;
        }
    }
}
