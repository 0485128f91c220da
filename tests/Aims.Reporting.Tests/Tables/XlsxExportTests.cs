using System.Globalization;
using Aims.Reporting.Tables;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Aims.Reporting.Tests.Tables;

public sealed class XlsxExportTests
{
    private static readonly TableDefinition<string> TextTable = new TableDefinition<string>().Column("text", "Text", s => s);

    private static async Task<byte[]> ExportAsync<TRow>(TableDefinition<TRow> table, IEnumerable<TRow> rows, string sheet = "Export")
    {
        var output = new ResponseLikeStream();
        await TableExport.WriteAsync(ExportFormat.Xlsx, table, rows, output, sheet, TestContext.Current.CancellationToken);
        return output.Written.ToArray();
    }

    private static readonly SampleRow[] Samples =
    [
        new("Müller", 12.5m, new DateTimeOffset(2026, 3, 1, 18, 0, 0, TimeSpan.FromHours(6)), new DateOnly(2026, 1, 1), true),
        new(null, null, null, null, false),
        new("=1+1", -3m, null, new DateOnly(2024, 2, 29), null),
    ];

    [Fact]
    public async Task The_header_row_is_bold_frozen_and_carries_the_auto_filter()
    {
        using var xlsx = new XlsxReader(await ExportAsync(SampleRow.Table, Samples));

        Assert.Equal(["Name", "Score", "Updated", "Due", "Active"], new[] { "A1", "B1", "C1", "D1", "E1" }.Select(xlsx.Text));
        Assert.All(xlsx.Rows[0].Elements<Cell>(), c => Assert.True(xlsx.IsBold(c)));
        Assert.False(xlsx.IsBold(xlsx.Cell("A2")));
        var pane = xlsx.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1D, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:E4", xlsx.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        var filterName = xlsx.Workbook.DefinedNames!.Elements<DefinedName>().Single();
        Assert.Equal("_xlnm._FilterDatabase", filterName.Name!.Value);
        Assert.Equal("'Export'!$A$1:$E$4", filterName.Text);
    }

    [Fact]
    public async Task The_workbook_is_valid_Office_Open_XML()
    {
        using var xlsx = new XlsxReader(await ExportAsync(SampleRow.Table, Samples, "Risks: 2026"));

        var errors = new OpenXmlValidator().Validate(xlsx.Document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Numbers_dates_and_booleans_are_real_Excel_values()
    {
        using var xlsx = new XlsxReader(await ExportAsync(SampleRow.Table, Samples));

        var score = xlsx.Cell("B2");
        Assert.Null(score.DataType);
        Assert.Equal(12.5, double.Parse(score.CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Equal("-3", xlsx.Cell("B4").CellValue!.Text);

        var instant = xlsx.Cell("C2");
        var expected = new DateTime(2026, 3, 1, 12, 0, 0).ToOADate();
        Assert.Equal(expected, double.Parse(instant.CellValue!.Text, CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal("yyyy-mm-dd hh:mm:ss \"UTC\"", xlsx.NumberFormatCode(instant));

        var date = xlsx.Cell("D2");
        Assert.Equal(new DateTime(2026, 1, 1).ToOADate().ToString(CultureInfo.InvariantCulture), date.CellValue!.Text);
        Assert.Equal("yyyy-mm-dd", xlsx.NumberFormatCode(date));
        Assert.Equal(new DateTime(2024, 2, 29).ToOADate().ToString(CultureInfo.InvariantCulture), xlsx.Cell("D4").CellValue!.Text);

        Assert.Equal(CellValues.Boolean, xlsx.Cell("E2").DataType!.Value);
        Assert.Equal("1", xlsx.Cell("E2").CellValue!.Text);
        Assert.Equal("0", xlsx.Cell("E3").CellValue!.Text);
    }

    [Fact]
    public async Task Text_is_an_inline_string_kept_as_typed_and_empty_values_have_no_cell()
    {
        using var xlsx = new XlsxReader(await ExportAsync(SampleRow.Table, Samples));

        Assert.Equal(CellValues.InlineString, xlsx.Cell("A2").DataType!.Value);
        Assert.Equal("Müller", xlsx.Text("A2"));
        Assert.Equal("=1+1", xlsx.Text("A4"));
        Assert.Null(xlsx.Cell("A4").CellFormula);
        Assert.Equal(["E3"], xlsx.Rows[2].Elements<Cell>().Select(c => c.CellReference!.Value!));
    }

    [Fact]
    public async Task Control_characters_and_literal_escapes_are_stored_the_way_Excel_reads_them_back()
    {
        using var xlsx = new XlsxReader(await ExportAsync(TextTable, ["bell\u0007 tab\t nl\n", "_x0041_ stays literal", "emoji 😀"]));

        Assert.Equal("bell_x0007_ tab\t nl\n", xlsx.Text("A2"));
        Assert.Equal("_x005F_x0041_ stays literal", xlsx.Text("A3"));
        Assert.Equal("emoji 😀", xlsx.Text("A4"));
    }

    [Fact]
    public async Task Column_widths_follow_header_and_content_within_bounds_unless_fixed()
    {
        var table = new TableDefinition<string>()
            .Column("short", "Id", _ => "x")
            .Column("long", "Description", s => s)
            .Column("fixed", "Fixed", _ => "y", width: 30)
            .Column("when", "When", _ => DateTimeOffset.UnixEpoch);

        using var xlsx = new XlsxReader(await ExportAsync(table, ["medium length text", new string('w', 500)]));

        Assert.Equal(8.7, xlsx.ColumnWidth(1), 3);
        Assert.Equal(60.7, xlsx.ColumnWidth(2), 3);
        Assert.Equal(30.7, xlsx.ColumnWidth(3), 3);
        Assert.Equal(24.7, xlsx.ColumnWidth(4), 3);
        Assert.Equal(new string('w', 500), xlsx.Text("B3"));
    }

    [Theory]
    [InlineData("AI systems", "AI systems")]
    [InlineData("Risks: 2026/Q1 [draft]*?\\", "Risks- 2026-Q1 -draft----")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("   ", "Sheet1")]
    [InlineData("History", "History (export)")]
    [InlineData("An extremely long register name that Excel refuses", "An extremely long register name")]
    public async Task The_sheet_name_is_made_valid_for_Excel(string requested, string expected)
    {
        using var xlsx = new XlsxReader(await ExportAsync(TextTable, ["a"], requested));

        Assert.Equal(expected, xlsx.SheetName);
        Assert.InRange(xlsx.SheetName.Length, 1, 31);
    }

    [Fact]
    public async Task A_cell_of_exactly_32767_characters_is_kept_whole()
    {
        var text = new string('ä', 32_767);

        using var xlsx = new XlsxReader(await ExportAsync(TextTable, ["a", text]));

        Assert.Equal(text, xlsx.Text("A3"));
    }

    [Fact]
    public async Task A_longer_cell_fails_naming_row_and_column_before_anything_is_written()
    {
        var table = new TableDefinition<string>().Column("name", "Name", _ => "n").Column("description", "Description", s => s);
        var output = new ResponseLikeStream();

        var error = await Assert.ThrowsAsync<ExportLimitExceededException>(() => TableExport.WriteAsync(ExportFormat.Xlsx, table,
            ["fine", new string('x', 32_768)], output, "Export", TestContext.Current.CancellationToken));

        Assert.Equal(2, error.RowNumber);
        Assert.Equal("description", error.ColumnKey);
        Assert.Contains("Row 2, column 'description' holds 32,768 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("CSV", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Written.Length);
    }

    [Fact]
    public async Task Fifty_thousand_rows_stream_into_a_readable_workbook()
    {
        var rows = Enumerable.Range(1, 50_000).Select(i => new SampleRow(
            "System " + i.ToString(CultureInfo.InvariantCulture), i, DateTimeOffset.UnixEpoch.AddMinutes(i), null, i % 2 == 0));

        using var xlsx = new XlsxReader(await ExportAsync(SampleRow.Table, rows));

        Assert.Equal(50_001, xlsx.Rows.Count);
        Assert.Equal("System 50000", xlsx.Text("A50001"));
        Assert.Equal("50000", xlsx.Cell("B50001").CellValue!.Text);
        Assert.Equal("A1:E50001", xlsx.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
    }

    [Fact]
    public async Task Dates_before_Excels_calendar_are_kept_as_ISO_text()
    {
        var table = new TableDefinition<DateOnly>().Column("day", "Day", d => d);

        using var xlsx = new XlsxReader(await ExportAsync(table, [new DateOnly(1899, 6, 1), new DateOnly(1900, 3, 1)]));

        Assert.Equal("1899-06-01", xlsx.Text("A2"));
        Assert.Equal("61", xlsx.Cell("A3").CellValue!.Text);
    }

    [Fact]
    public async Task A_failing_row_source_leaves_the_output_untouched()
    {
        var output = new ResponseLikeStream();

        IEnumerable<string> Rows()
        {
            yield return "fine";
            throw new InvalidOperationException("database gone");
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TableExport.WriteAsync(ExportFormat.Xlsx, TextTable, Rows(), output, "Export", TestContext.Current.CancellationToken));

        Assert.Equal("database gone", error.Message);
        Assert.Equal(0, output.Written.Length);
    }

    [Fact]
    public async Task More_columns_than_a_sheet_holds_are_refused()
    {
        var table = Enumerable.Range(0, 16_385).Aggregate(new TableDefinition<int>(),
            (t, i) => t.Column("c" + i.ToString(CultureInfo.InvariantCulture), "C", _ => 1));

        var error = await Assert.ThrowsAsync<ExportLimitExceededException>(() =>
            TableExport.WriteAsync(ExportFormat.Xlsx, table, [1], new ResponseLikeStream(), "Export", TestContext.Current.CancellationToken));

        Assert.Contains("16385 columns", error.Message, StringComparison.Ordinal);
    }
}
