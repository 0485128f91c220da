using Aims.Reporting.Tables;

namespace Aims.Reporting.Tests.Tables;

public sealed class TableModelTests
{
    [Theory]
    [InlineData("csv", "csv")]
    [InlineData(" XLSX ", "xlsx")]
    public void Export_formats_parse_from_a_query_value(string value, string expected)
    {
        var format = ExportFormat.Parse(value);

        Assert.Equal(expected, format.Name);
        Assert.Same(format, ExportFormat.All.Single(f => f.Name == expected));
    }

    [Fact]
    public void Export_formats_carry_content_type_and_extension()
    {
        Assert.Equal("text/csv; charset=utf-8", ExportFormat.Csv.ContentType);
        Assert.Equal("ai-systems.csv", ExportFormat.Csv.FileName("ai-systems"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ExportFormat.Xlsx.ContentType);
        Assert.Equal(".xlsx", ExportFormat.Xlsx.FileExtension);
    }

    [Theory]
    [InlineData("pdf", "Unknown format 'pdf'; expected one of: csv, xlsx.")]
    [InlineData("", "No format given; expected one of: csv, xlsx.")]
    [InlineData(null, "No format given; expected one of: csv, xlsx.")]
    public void An_unknown_export_format_is_a_clear_error(string? value, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ExportFormat.Parse(value));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.False(ExportFormat.TryParse(value, out _));
    }

    [Fact]
    public void Column_keys_are_unique()
    {
        var table = new TableDefinition<string>().Column("name", "Name", s => s);

        var error = Assert.Throws<ArgumentException>(() => table.Column("name", "Other", s => s));

        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Selecting_columns_keeps_the_requested_order_and_refuses_unknown_or_repeated_keys()
    {
        var table = new TableDefinition<string>().Column("a", "A", s => s).Column("b", "B", s => s).Column("c", "C", s => s);

        Assert.Equal(["c", "a"], table.Select(["c", "a"]).Columns.Select(c => c.Key));
        Assert.Contains("Unknown column 'd'; the table has: a, b, c.",
            Assert.Throws<ArgumentException>(() => table.Select(["a", "d"])).Message, StringComparison.Ordinal);
        Assert.Contains("named twice", Assert.Throws<ArgumentException>(() => table.Select(["a", "a"])).Message, StringComparison.Ordinal);
        Assert.Equal(3, table.Columns.Count);
    }

    [Fact]
    public void Cell_values_convert_from_the_types_registers_hold()
    {
        var id = Guid.Parse("0b9f2a6e-9a43-4f8e-9f59-2f2b8f4c1d11");
        var at = new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.FromHours(-5));

        Assert.Equal(CellKind.Null, ((CellValue)(string?)null).Kind);
        Assert.Equal(CellKind.Null, ((CellValue)(int?)null).Kind);
        Assert.Equal(42m, ((CellValue)42).Value);
        Assert.Equal(0.25, ((CellValue)0.25).Value);
        Assert.Equal("0b9f2a6e-9a43-4f8e-9f59-2f2b8f4c1d11", ((CellValue)id).Value);
        Assert.Equal(at, ((CellValue)at).Value);
        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)((CellValue)at).Value!).Offset);
        Assert.Equal("2026-05-04T08:02:01Z", ((CellValue)at).ToString());
        Assert.Equal(new DateOnly(2026, 5, 4), ((CellValue)new DateOnly(2026, 5, 4)).Value);
        Assert.Equal(true, ((CellValue)true).Value);
    }

    [Fact]
    public void Numbers_without_a_spelling_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CellValue.Number(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => CellValue.Number(double.PositiveInfinity));
    }
}
