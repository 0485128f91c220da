using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Aims.Reporting.Tables.Reading;

/// <summary>
/// The first worksheet of an xlsx file as text cells: shared and inline strings as written, booleans as true/false,
/// numbers in the invariant culture, and a number formatted as a date as yyyy-MM-dd (how a spreadsheet stores a date).
/// </summary>
internal static class XlsxTableReader
{
    // The built-in number formats that show a date (ECMA-376 §18.8.30); custom ones are recognised by their pattern.
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47];

    public static TableFile Read(Stream stream, int maxRows)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new TableFileException("The file is not a readable .xlsx workbook. Save it from your spreadsheet as \"Excel Workbook (.xlsx)\", or upload a CSV.");
        }

        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new TableFileException("The workbook has no sheets.");
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new TableFileException("The workbook has no sheets.");
            var sheet = (WorksheetPart)workbook.GetPartById(first.Id!.Value!);
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            var table = new TableFileBuilder(maxRows);
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                var line = (int)(row.RowIndex?.Value ?? (uint)(table.Count + (table.HasHeader ? 2 : 1)));
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }

                    cells.Add(Text(cell, strings, dateStyles));
                }

                table.Add(line, cells);
            }

            return table.Build();
        }
    }

    private static string Text(Cell cell, string[] strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Length ? strings[index] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }

        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) &&
            double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>The cell styles (indexes into cellXfs) whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && LooksLikeDate(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var result = new HashSet<uint>();
        var index = 0u;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && (BuiltInDateFormats.Contains(id) || custom.Contains(id)))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool LooksLikeDate(string? code)
    {
        if (code is null)
        {
            return false;
        }

        // Quoted literals and [colour] sections say nothing about the value's kind.
        var bare = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", "");
        return bare.Contains('y', StringComparison.OrdinalIgnoreCase) || bare.Contains('d', StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"C12" → 2 (zero-based column).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
