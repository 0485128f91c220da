using System.Text;
using Aims.Reporting.Tables;

namespace Aims.Reporting.Tests.Tables;

public sealed class CsvExportTests
{
    private static readonly TableDefinition<string> TextTable = new TableDefinition<string>().Column("text", "Text", s => s);

    private static async Task<byte[]> ExportAsync<TRow>(TableDefinition<TRow> table, IEnumerable<TRow> rows)
    {
        var output = new ResponseLikeStream();
        await TableExport.WriteAsync(ExportFormat.Csv, table, rows, output, "ignored", TestContext.Current.CancellationToken);
        return output.Written.ToArray();
    }

    private static async Task<string> ExportTextAsync<TRow>(TableDefinition<TRow> table, IEnumerable<TRow> rows)
    {
        var bytes = await ExportAsync(table, rows);
        return new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public async Task Starts_with_a_UTF8_byte_order_mark_and_writes_umlauts_as_UTF8()
    {
        var bytes = await ExportAsync(TextTable, ["Müller ß €"]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("Text\r\nMüller ß €\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public async Task Quotes_fields_with_comma_quote_or_line_break_and_doubles_quotes()
    {
        var csv = await ExportTextAsync(TextTable, ["plain", "a,b", "say \"hi\"", "line\nbreak", "cr\rhere", "crlf\r\nend"]);

        Assert.Equal(
            "Text\r\nplain\r\n\"a,b\"\r\n\"say \"\"hi\"\"\"\r\n\"line\nbreak\"\r\n\"cr\rhere\"\r\n\"crlf\r\nend\"\r\n", csv);
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+49 30 123", "'+49 30 123")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tindent", "'\tindent")]
    [InlineData("\rstart", "\"'\rstart\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("a=b", "a=b")]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe(string text, string field)
    {
        var csv = await ExportTextAsync(TextTable, [text]);

        Assert.Equal("Text\r\n" + field + "\r\n", csv);
    }

    [Fact]
    public async Task Numbers_dates_and_booleans_are_written_invariantly_and_never_prefixed()
    {
        var rows = new[]
        {
            new SampleRow("-x", -5.50m, new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.FromHours(2)), new DateOnly(2026, 12, 31), true),
            new SampleRow(null, null, new DateTimeOffset(2026, 3, 1, 8, 0, 0, 123, TimeSpan.Zero), null, false),
            new SampleRow("", 0m, null, null, null),
        };

        var csv = await ExportTextAsync(SampleRow.Table, rows);

        Assert.Equal(
            "Name,Score,Updated,Due,Active\r\n" +
            "'-x,-5.50,2026-03-01T08:30:00Z,2026-12-31,true\r\n" +
            ",,2026-03-01T08:00:00.123Z,,false\r\n" +
            ",0,,,\r\n", csv);
    }

    [Fact]
    public async Task Floating_point_numbers_round_trip()
    {
        var table = new TableDefinition<double>().Column("x", "X", d => d);

        var csv = await ExportTextAsync(table, [0.1, 1e-30, 12345678.9, double.MaxValue]);

        Assert.Equal("X\r\n0.1\r\n1E-30\r\n12345678.9\r\n1.7976931348623157E+308\r\n", csv);
    }

    [Fact]
    public async Task A_one_megabyte_cell_with_quotes_and_line_breaks_round_trips_exactly()
    {
        var chunk = "Zeile \"ä\", ö; ü\r\nnext\n";
        var huge = string.Concat(Enumerable.Repeat(chunk, 1024 * 1024 / chunk.Length + 1));
        var table = new TableDefinition<(string A, string B)>().Column("a", "A", r => r.A).Column("b", "B", r => r.B);

        var records = Rfc4180.Parse(await ExportTextAsync(table, [(huge, "after"), ("x", huge)]));

        Assert.True(huge.Length > 1024 * 1024);
        Assert.Equal(3, records.Count);
        Assert.Equal(huge, records[1][0]);
        Assert.Equal("after", records[1][1]);
        Assert.Equal(huge, records[2][1]);
    }

    [Fact]
    public async Task Awkward_text_round_trips_through_an_RFC_4180_reader()
    {
        var random = new Random(4180);
        string[] alphabet = ["a", "b", " ", ",", "\"", "\r", "\n", "\t", "'", "=", "+", "-", "@", "ä", "ß", "€", "😀", "_x0041_", ";"];
        var texts = Enumerable.Range(0, 500).Select(_ =>
            string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]))).ToList();

        var records = Rfc4180.Parse(await ExportTextAsync(TextTable, texts));

        Assert.Equal(texts.Count + 1, records.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var expected = texts[i].Length > 0 && texts[i][0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + texts[i] : texts[i];
            Assert.Equal(expected, Assert.Single(records[i + 1]));
        }
    }

    [Fact]
    public async Task Rows_reach_the_stream_while_the_table_is_still_being_read()
    {
        var output = new ResponseLikeStream();
        var lengthWhenLastRowWasAsked = -1L;

        async IAsyncEnumerable<string> Rows()
        {
            for (var i = 0; i < 1000; i++)
            {
                await Task.Yield();
                yield return new string('r', 1000);
            }

            lengthWhenLastRowWasAsked = output.Written.Length;
        }

        await TableExport.WriteAsync(ExportFormat.Csv, TextTable, Rows(), output, "", TestContext.Current.CancellationToken);

        var total = 3 + 6 + (1000 * 1002);
        Assert.Equal(total, output.Written.Length);
        // All but the last buffer's worth was already written when the enumeration ended.
        Assert.InRange(lengthWhenLastRowWasAsked, total - 200_000, total - 1);
    }

    [Fact]
    public async Task A_lone_surrogate_which_UTF8_cannot_carry_becomes_the_replacement_character()
    {
        Assert.Equal("Text\r\nbroken \uFFFD emoji\r\n", await ExportTextAsync(TextTable, ["broken \uD83D emoji"]));
    }

    [Fact]
    public async Task An_empty_table_is_its_header_row()
    {
        Assert.Equal("Text\r\n", await ExportTextAsync(TextTable, []));
    }
}
