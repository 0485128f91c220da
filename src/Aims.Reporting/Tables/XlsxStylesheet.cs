using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Aims.Reporting.Tables;

/// <summary>The few cell styles an exported sheet needs, by index into the workbook's cell formats.</summary>
internal static class XlsxStylesheet
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Date = 2;
    public const uint Instant = 3;

    private const uint DateFormatId = 164;
    private const uint InstantFormatId = 165;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" },
            // Instants are stored in UTC; the format says so, since Excel itself has no notion of a time zone.
            new NumberingFormat { NumberFormatId = InstantFormatId, FormatCode = "yyyy-mm-dd hh:mm:ss \"UTC\"" })
        { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()))
        { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = InstantFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>A style index spelled as the <c>s</c> attribute of a cell.</summary>
    public static string Index(uint style) => style.ToString(CultureInfo.InvariantCulture);
}
