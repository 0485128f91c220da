namespace Aims.Reporting.Tables;

/// <summary>
/// One column of an exported table: a stable <see cref="Key"/> (kept across releases so scripts can rely on it), the
/// <see cref="Header"/> people read, and the function that gives each row's cell.
/// </summary>
public sealed class TableColumn<TRow>
{
    public TableColumn(string key, string header, Func<TRow, CellValue> value, int? width = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        ArgumentNullException.ThrowIfNull(value);
        if (width is < 1 or > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A column width is 1 to 255 characters (Excel's range).");
        }

        Key = key;
        Header = header;
        Value = value;
        Width = width;
    }

    public string Key { get; }

    public string Header { get; }

    public Func<TRow, CellValue> Value { get; }

    /// <summary>A fixed xlsx column width in characters; when null the width follows the header and the first rows.</summary>
    public int? Width { get; }
}
