namespace Aims.Reporting.Tables;

/// <summary>
/// The columns of a table, declared once per register and used by the list page and every export, so the screen, CSV
/// and xlsx always agree. Immutable: <see cref="Column"/> returns a new definition, which makes a
/// <c>static readonly</c> declaration safe to share.
/// </summary>
/// <example>
/// <code>
/// static readonly TableDefinition&lt;AiSystemRow&gt; Table = new TableDefinition&lt;AiSystemRow&gt;()
///     .Column("name", "Name", s =&gt; s.Name)
///     .Column("updatedAt", "Updated", s =&gt; s.UpdatedAt);
/// </code>
/// </example>
public sealed class TableDefinition<TRow>
{
    private readonly TableColumn<TRow>[] _columns;

    public TableDefinition()
        : this([])
    {
    }

    private TableDefinition(TableColumn<TRow>[] columns) => _columns = columns;

    public IReadOnlyList<TableColumn<TRow>> Columns => _columns;

    /// <summary>A definition with one more column at the end; keys are unique (compared ordinally).</summary>
    public TableDefinition<TRow> Column(string key, string header, Func<TRow, CellValue> value, int? width = null) =>
        Column(new TableColumn<TRow>(key, header, value, width));

    public TableDefinition<TRow> Column(TableColumn<TRow> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (_columns.Any(c => c.Key == column.Key))
        {
            throw new ArgumentException($"The table already has a column with key '{column.Key}'.", nameof(column));
        }

        return new TableDefinition<TRow>([.. _columns, column]);
    }

    /// <summary>
    /// The same table with only the named columns, in the order given (for "export the columns I see"). An unknown or
    /// repeated key is an error, never skipped.
    /// </summary>
    public TableDefinition<TRow> Select(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var selected = new List<TableColumn<TRow>>();
        foreach (var key in keys)
        {
            var column = _columns.FirstOrDefault(c => c.Key == key) ?? throw new ArgumentException(
                $"Unknown column '{key}'; the table has: {string.Join(", ", _columns.Select(c => c.Key))}.", nameof(keys));
            if (selected.Contains(column))
            {
                throw new ArgumentException($"Column '{key}' is named twice.", nameof(keys));
            }

            selected.Add(column);
        }

        return new TableDefinition<TRow>([.. selected]);
    }

    /// <summary>Every column's cell for one row, in column order.</summary>
    internal CellValue[] Cells(TRow row)
    {
        var cells = new CellValue[_columns.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = _columns[i].Value(row);
        }

        return cells;
    }
}
