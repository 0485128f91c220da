using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace Aims.Reporting.Tables.Reading;

/// <summary>
/// Reads an uploaded CSV or xlsx file into a <see cref="TableFile"/> for an import: the whole table, because an import
/// is all or nothing and reports every bad row at once. The size is bounded by <paramref name="maxRows"/>: a longer file is
/// refused, never cut.
/// </summary>
public static class TableFileReader
{
    public const int DefaultMaxRows = 50_000;

    /// <summary>Whether the name or content type says xlsx (anything else is read as CSV).</summary>
    public static bool IsXlsx(string? fileName, string? contentType) =>
        (fileName ?? "").EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ||
        (contentType ?? "").Contains("spreadsheetml", StringComparison.OrdinalIgnoreCase);

    public static async Task<TableFile> ReadAsync(Stream input, bool xlsx, int maxRows = DefaultMaxRows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Both formats need the whole file (Sep to sniff the separator, Open XML to seek in the zip); imports are small.
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        if (buffer.Length == 0)
        {
            throw new TableFileException("The file is empty: it needs a header row naming the columns, then one row per record.");
        }

        return xlsx ? XlsxTableReader.Read(buffer, maxRows) : ReadCsv(buffer, maxRows);
    }

    private static TableFile ReadCsv(MemoryStream buffer, int maxRows)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new TableFileException("The file is not UTF-8 text. Save it from your spreadsheet as \"CSV UTF-8\", or upload the .xlsx itself.");
        }

        text = text.TrimStart('\uFEFF');
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new TableFileException("The file holds binary data, not CSV text. Upload a .csv or an .xlsx file.");
        }

        // The separator is taken from the header row (comma, semicolon, tab or pipe), as spreadsheets in some locales write ';'.
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
            .FromText(text);
        var table = new TableFileBuilder(maxRows);
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            table.Add(row.LineNumberFrom, cells);
        }

        return table.Build();
    }
}
