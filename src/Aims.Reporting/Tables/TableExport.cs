namespace Aims.Reporting.Tables;

/// <summary>
/// Writes a declared table to a stream in CSV or xlsx. Rows are consumed as they come and never held all at once, so a
/// register can pass its database query straight through.
/// </summary>
/// <example>
/// <code>
/// var format = ExportFormat.Parse(query["format"]);
/// await TableExport.WriteAsync(format, AiSystemTable.Definition, rows, response.Body, "AI systems", ct);
/// </code>
/// </example>
public static class TableExport
{
    /// <summary>
    /// Writes the header row and then one row per element of <paramref name="rows"/>.
    /// CSV goes straight to <paramref name="output"/> as rows arrive (a failing row source therefore ends a response that
    /// is already under way); xlsx is assembled in a temporary file first and copied when complete, so an
    /// <see cref="ExportLimitExceededException"/> or a failing source leaves <paramref name="output"/> untouched.
    /// </summary>
    /// <param name="sheetName">The xlsx sheet name, made valid for Excel (31 characters, none of <c>[]:*?/\</c>); CSV ignores it.</param>
    /// <exception cref="ExportLimitExceededException">An xlsx cell or sheet would exceed Excel's limits.</exception>
    public static Task WriteAsync<TRow>(ExportFormat format, TableDefinition<TRow> table, IAsyncEnumerable<TRow> rows, Stream output,
        string sheetName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheetName);
        if (table.Columns.Count == 0)
        {
            throw new ArgumentException("A table to export needs at least one column.", nameof(table));
        }

        return format == ExportFormat.Csv
            ? CsvTableWriter.WriteAsync(table, rows, output, cancellationToken)
            : XlsxTableWriter.WriteAsync(table, rows, output, sheetName, cancellationToken);
    }

    /// <inheritdoc cref="WriteAsync{TRow}(ExportFormat, TableDefinition{TRow}, IAsyncEnumerable{TRow}, Stream, string, CancellationToken)"/>
    public static Task WriteAsync<TRow>(ExportFormat format, TableDefinition<TRow> table, IEnumerable<TRow> rows, Stream output,
        string sheetName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return WriteAsync(format, table, AsAsync(rows), output, sheetName, cancellationToken);
    }

    private static async IAsyncEnumerable<TRow> AsAsync<TRow>(IEnumerable<TRow> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
