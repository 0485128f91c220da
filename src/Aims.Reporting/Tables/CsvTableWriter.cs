using System.Buffers;
using System.Text;

namespace Aims.Reporting.Tables;

/// <summary>
/// RFC 4180 CSV: comma separated, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes doubled.
/// <para>
/// UTF-8 with a byte order mark: Excel reads a CSV without one in the machine's legacy code page, turning "Müller" into
/// "MÃ¼ller"; with the mark it reads UTF-8. LibreOffice, Python's <c>utf-8-sig</c> and most CSV libraries skip the mark.
/// </para>
/// <para>
/// A text cell that a spreadsheet would evaluate as a formula (first character <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or CR) gets a leading apostrophe, so an AI system named <c>=HYPERLINK(…)</c> stays text. Numbers, dates and
/// booleans are written by us and never altered. Text is never shortened. The one character UTF-8 cannot carry, a lone
/// UTF-16 surrogate (half of a broken emoji), becomes the visible replacement character U+FFFD.
/// </para>
/// </summary>
internal static class CsvTableWriter
{
    private const int FlushThreshold = 32 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public static async Task WriteAsync<TRow>(TableDefinition<TRow> table, IAsyncEnumerable<TRow> rows, Stream output,
        CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(output, Utf8, 1 << 16, leaveOpen: true);
        var line = new StringBuilder();
        AppendRow(line, table.Columns.Select(c => CellValue.Text(c.Header)).ToArray());
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            AppendRow(line, table.Cells(row));
            if (line.Length >= FlushThreshold)
            {
                await writer.WriteAsync(line, cancellationToken);
                line.Clear();
            }
        }

        await writer.WriteAsync(line, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    internal static void AppendRow(StringBuilder line, IReadOnlyList<CellValue> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            AppendField(line, cells[i]);
        }

        line.Append("\r\n");
    }

    private static void AppendField(StringBuilder line, CellValue cell)
    {
        if (cell.Kind != CellKind.Text)
        {
            line.Append(cell.ToString());
            return;
        }

        var text = cell.TextValue;
        var guard = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (text.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            line.Append(guard ? "'" : "").Append(text);
            return;
        }

        line.Append('"');
        if (guard)
        {
            line.Append('\'');
        }

        line.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
