namespace Aims.Reporting.Tables.Reading;

/// <summary>A table read from an uploaded file: its header and its rows, each with the line an editor shows it on.</summary>
/// <param name="Headers">The first row's cells, trimmed.</param>
/// <param name="Rows">Every later row that holds anything (a row of blank cells carries nothing and is left out).</param>
public sealed record TableFile(IReadOnlyList<string> Headers, IReadOnlyList<TableFileRow> Rows);

/// <summary>One row: <paramref name="Line"/> is the CSV line it starts on or the spreadsheet row number, as people see it.</summary>
public sealed record TableFileRow(int Line, IReadOnlyList<string> Cells);

/// <summary>A file that cannot be read as a table at all; the message says where and why.</summary>
public sealed class TableFileException(string message) : Exception(message);

/// <summary>Collects a file's rows as a reader meets them: the first is the header, blank rows carry nothing, and a file
/// past <c>maxRows</c> is refused rather than cut.</summary>
internal sealed class TableFileBuilder(int maxRows)
{
    private readonly List<TableFileRow> _rows = [];
    private IReadOnlyList<string>? _headers;

    public void Add(int line, IReadOnlyList<string> cells)
    {
        if (_headers is null)
        {
            _headers = [.. cells.Select(c => c.Trim())];
            return;
        }

        if (cells.All(string.IsNullOrWhiteSpace))
        {
            return;
        }

        if (_rows.Count == maxRows)
        {
            throw new TableFileException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The file has more than {maxRows:N0} rows; split it into files of at most {maxRows:N0} rows each."));
        }

        _rows.Add(new TableFileRow(line, cells));
    }

    public bool HasHeader => _headers is not null;

    public int Count => _rows.Count;

    public TableFile Build() => new(_headers ?? [], _rows);
}
