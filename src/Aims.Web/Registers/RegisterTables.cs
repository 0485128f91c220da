using System.Runtime.CompilerServices;
using Aims.Core.Registers;
using Aims.Reporting.Tables;

namespace Aims.Web.Registers;

/// <summary>A register's declared columns as an export table, built once per column list.</summary>
public static class RegisterTables
{
    private static readonly ConditionalWeakTable<object, object> Built = new();

    public static TableDefinition<TView> For<TView>(IReadOnlyList<RegisterColumn<TView>> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return (TableDefinition<TView>)Built.GetValue(columns, _ => columns.Aggregate(new TableDefinition<TView>(),
            (table, column) => table.Column(column.Key, column.Header, row => Cell(column.Value(row)))));
    }

    /// <summary>What a column returned, as a typed cell (numbers stay numbers, instants stay instants).</summary>
    public static CellValue Cell(object? value) => value switch
    {
        null => CellValue.Null,
        string text => CellValue.Text(text),
        bool flag => CellValue.Boolean(flag),
        int number => CellValue.Number((decimal)number),
        long number => CellValue.Number((decimal)number),
        decimal number => CellValue.Number(number),
        double number => CellValue.Number(number),
        DateTimeOffset instant => CellValue.Instant(instant),
        DateOnly date => CellValue.Date(date),
        Guid id => CellValue.Text(id.ToString("D")),
        _ => CellValue.Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
