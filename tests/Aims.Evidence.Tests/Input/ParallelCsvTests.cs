using Aims.Evidence.Fairness;
using Aims.Evidence.Generation;
using Aims.Evidence.Input;

namespace Aims.Evidence.Tests.Input;

/// <summary>Parsing a CSV in parts on several cores must give the sequential pass's counts, codes and line numbers.</summary>
public sealed class ParallelCsvTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly FairnessColumnMap Map = new() { Prediction = "prediction", Label = "label", Weight = "weight", Sensitive = ["sex", "age_band"] };

    private static (FairnessCounts Counts, ReadStats Stats) Read(string path, int parts, FairnessColumnMap? map = null)
    {
        var stats = new ReadStats();
        var acc = CsvFairnessReader.Read(path, map ?? Map, stats, [], null, CancellationToken.None, parallelParts: parts, parallelThreshold: 0);
        return (acc.ToCounts(), stats);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task Parts_give_the_sequential_counts(int parts)
    {
        var path = _dir.File("log.csv");
        await SyntheticLogGenerator.WriteAsync(path, new GeneratorOptions { Rows = 30_000, Bias = 0.5, Seed = 5, MissingRate = 0.03, Format = "csv" }, TestContext.Current.CancellationToken);
        Assert.Equal(parts - 1, CsvFairnessReader.ParallelSplits(path, ',', 0, parts).Count);

        var (seqCounts, seqStats) = Read(path, 1);
        var (parCounts, parStats) = Read(path, parts);
        Assert.Equal(seqStats.Read, parStats.Read);
        Assert.Equal(seqStats.Used, parStats.Used);
        Assert.Equal(seqStats.Dropped, parStats.Dropped);
        Assert.Equal(seqCounts.Values, parCounts.Values);
        Assert.Equal(seqCounts.Cells.Select(c => (string.Join('|', c.Codes), c.Counts)), parCounts.Cells.Select(c => (string.Join('|', c.Codes), c.Counts)));
    }

    [Fact]
    public void Split_points_are_line_starts_with_their_line_counts()
    {
        var text = string.Concat(Enumerable.Range(0, 100).Select(i => $"row{i},{i}\r\n"));
        var path = _dir.File("lines.csv", "h,v\r\n" + text);
        var bytes = File.ReadAllBytes(path);
        foreach (var (offset, lines) in CsvFairnessReader.ParallelSplits(path, ',', 0, 4))
        {
            Assert.Equal((byte)'\n', bytes[offset - 1]);
            Assert.Equal(lines, bytes.AsSpan(0, (int)offset).Count((byte)'\n'));
        }
    }

    [Fact]
    public void A_quote_before_a_split_point_keeps_the_file_sequential()
    {
        var rows = string.Concat(Enumerable.Range(0, 200).Select(i => $"1,1,g{i % 3}\n"));
        var path = _dir.File("quoted.csv", "label,prediction,g\n1,1,\"multi\nline\"\n" + rows);
        Assert.Empty(CsvFairnessReader.ParallelSplits(path, ',', 0, 4));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Malformed_rows_report_the_same_line_number_and_count(int parts)
    {
        var lines = new List<string> { "label,prediction,g" };
        for (var i = 0; i < 400; i++)
        {
            lines.Add(i is 150 or 333 ? "1,1" : $"{i % 2},1,g{i % 3}");
        }

        var path = _dir.File($"bad{parts}.csv", string.Join('\n', lines) + "\n");
        var map = new FairnessColumnMap { Prediction = "prediction", Label = "label", Sensitive = ["g"] };

        // Row 150 is line 152 (header is line 1).
        var ex = Assert.Throws<EvidenceInputException>(() => Read(path, parts, map));
        Assert.Contains("at line 152:", ex.Message, StringComparison.Ordinal);

        var (_, stats) = Read(path, parts, map with { SkipBadRows = true });
        Assert.Equal(400, stats.Read);
        Assert.Equal(2, stats.Dropped[RowSink.MalformedRow]);
    }

    [Fact]
    public void A_malformed_row_in_a_later_part_reports_its_file_line()
    {
        var lines = new List<string> { "label,prediction,g" };
        for (var i = 0; i < 400; i++)
        {
            lines.Add(i == 390 ? "1,1,g,extra" : $"{i % 2},1,g{i % 3}");
        }

        var path = _dir.File("late.csv", string.Join('\n', lines) + "\n");
        var map = new FairnessColumnMap { Prediction = "prediction", Label = "label", Sensitive = ["g"] };
        var ex = Assert.Throws<EvidenceInputException>(() => Read(path, 4, map));
        Assert.Contains("at line 392:", ex.Message, StringComparison.Ordinal);
    }
}
