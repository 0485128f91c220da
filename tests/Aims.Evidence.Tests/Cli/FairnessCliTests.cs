using Aims.Evidence.Documents;
using Aims.Evidence.Generation;

namespace Aims.Evidence.Tests.Cli;

/// <summary>Each bad input gives a clear message, a non-zero exit code, no stack trace and no result file.</summary>
public sealed class FairnessCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string GoodCsv = "y,p,g\n1,1,a\n0,1,a\n1,0,b\n0,0,b\n";

    private Task<(int Code, string Out, string Err)> Fairness(string input, params string[] extra) =>
        CliHarness.RunAsync(["fairness", "--input", input, "--prediction", "p", "--label", "y", "--sensitive", "g", "--out", _dir.File("out.json"), .. extra]);

    private void AssertCleanFailure((int Code, string Out, string Err) result, params string[] fragments)
    {
        Assert.Equal(2, result.Code);
        Assert.StartsWith("error: ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        foreach (var f in fragments)
        {
            Assert.Contains(f, result.Err, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(_dir.File("out.json")), "no result file on failure");
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    [Fact]
    public async Task Good_input_writes_the_document_and_a_summary()
    {
        var result = await Fairness(_dir.File("ok.csv", GoodCsv), "--min-group-size", "1");
        Assert.Equal(0, result.Code);
        Assert.Contains("demographicParityDifference", result.Out, StringComparison.Ordinal);
        var json = await File.ReadAllTextAsync(_dir.File("out.json"), TestContext.Current.CancellationToken);
        var doc = EvidenceWriter.FromJson(json)!;
        Assert.Equal("fairness", doc.Kind);
        Assert.Equal(EngineInfo.Schema, doc.Schema);
        Assert.Equal(4, doc.Rows.Read);
        Assert.Contains("\"demographicParityRatio\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sha256\"", json, StringComparison.Ordinal);
        Assert.Contains("\"breach\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breach_with_fail_on_breach_exits_3_and_still_writes_the_file()
    {
        var result = await Fairness(_dir.File("ok.csv", GoodCsv), "--min-group-size", "1", "--fail-on-breach");
        Assert.Equal(3, result.Code);
        Assert.True(File.Exists(_dir.File("out.json")));
    }

    [Fact]
    public async Task No_breach_with_fail_on_breach_exits_0()
    {
        var result = await Fairness(_dir.File("fair.csv", "y,p,g\n1,1,a\n0,0,a\n1,1,b\n0,0,b\n"), "--min-group-size", "1", "--fail-on-breach");
        Assert.Equal(0, result.Code);
    }

    [Fact]
    public async Task Missing_column_names_it_and_lists_the_columns_found()
    {
        var result = await CliHarness.RunAsync("fairness", "--input", _dir.File("ok.csv", GoodCsv), "--prediction", "p", "--label", "truth", "--sensitive", "g", "--out", _dir.File("out.json"));
        AssertCleanFailure(result, "'truth'", "'y', 'p', 'g'");
    }

    [Fact]
    public async Task Non_binary_label_is_refused()
    {
        var result = await Fairness(_dir.File("multi.csv", "y,p,g\n1,1,a\n2,1,a\n0,0,b\n"));
        AssertCleanFailure(result, "not binary", "'2'");
    }

    [Fact]
    public async Task Positive_value_absent_from_a_binary_column_is_refused()
    {
        var result = await Fairness(_dir.File("yn.csv", "y,p,g\nyes,yes,a\nno,no,b\n"));
        AssertCleanFailure(result, "--positive");
    }

    [Fact]
    public async Task Empty_file_is_refused()
    {
        AssertCleanFailure(await Fairness(_dir.File("empty.csv", string.Empty)), "empty");
    }

    [Fact]
    public async Task Header_only_file_is_refused()
    {
        AssertCleanFailure(await Fairness(_dir.File("header.csv", "y,p,g\n")), "no data rows");
    }

    [Fact]
    public async Task Malformed_row_reports_the_line_number()
    {
        AssertCleanFailure(await Fairness(_dir.File("bad.csv", "y,p,g\n1,1,a\n0,1\n1,0,b\n")), "line 3", "--skip-bad-rows");
    }

    [Fact]
    public async Task Skip_bad_rows_continues_and_counts()
    {
        var result = await Fairness(_dir.File("bad.csv", "y,p,g\n1,1,a\n0,1\n1,0,b,extra\n0,0,b\n"), "--skip-bad-rows");
        Assert.Equal(0, result.Code);
        var doc = EvidenceWriter.FromJson(await File.ReadAllTextAsync(_dir.File("out.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal(2, doc.Rows.DroppedReasons["malformedRow"]);
        Assert.Equal(2, doc.Rows.Used);
        Assert.Contains("malformedRow", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_distinct_sensitive_values_is_refused_unless_raised()
    {
        var rows = string.Concat(Enumerable.Range(0, 1200).Select(i => $"{i % 2},{i % 2},id{i}\n"));
        var path = _dir.File("ids.csv", "y,p,g\n" + rows);
        AssertCleanFailure(await Fairness(path), "more than 1000 distinct", "--max-groups");
        var raised = await Fairness(path, "--max-groups", "5000", "--bootstrap", "0");
        Assert.Equal(0, raised.Code);
    }

    [Fact]
    public async Task Truncated_parquet_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var good = _dir.File("log.parquet");
        await SyntheticLogGenerator.WriteAsync(good, new GeneratorOptions { Rows = 2000, Format = "parquet" }, ct);
        var bytes = await File.ReadAllBytesAsync(good, ct);
        var truncated = _dir.File("truncated.parquet");
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)], ct);
        var result = await CliHarness.RunAsync("fairness", "--input", truncated, "--prediction", "prediction", "--label", "label", "--sensitive", "sex", "--out", _dir.File("out.json"));
        AssertCleanFailure(result, "Parquet");
    }

    [Fact]
    public async Task Corrupt_parquet_body_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var good = _dir.File("log.parquet");
        await SyntheticLogGenerator.WriteAsync(good, new GeneratorOptions { Rows = 2000, Format = "parquet" }, ct);
        var bytes = await File.ReadAllBytesAsync(good, ct);
        // Keep magic and footer, scramble the column chunks.
        for (var i = 8; i < bytes.Length / 2; i++)
        {
            bytes[i] = (byte)(i * 31);
        }

        var corrupt = _dir.File("corrupt.parquet");
        await File.WriteAllBytesAsync(corrupt, bytes, ct);
        var result = await CliHarness.RunAsync("fairness", "--input", corrupt, "--prediction", "prediction", "--label", "label", "--sensitive", "sex", "--out", _dir.File("out.json"));
        Assert.NotEqual(0, result.Code);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("out.json")));
    }

    [Fact]
    public async Task Non_parquet_file_with_parquet_extension_is_refused()
    {
        AssertCleanFailure(await Fairness(_dir.File("fake.parquet", GoodCsv)), "not a Parquet file");
    }

    [Fact]
    public async Task Missing_input_file_is_refused()
    {
        AssertCleanFailure(await Fairness(_dir.File("nope.csv")), "not found");
    }

    [Fact]
    public async Task Failed_run_leaves_an_existing_result_untouched()
    {
        var ct = TestContext.Current.CancellationToken;
        var outPath = _dir.File("previous.json", "{\"old\":true}");
        var result = await CliHarness.RunAsync("fairness", "--input", _dir.File("bad.csv", "y,p,g\n1,1,a\n0,1\n"), "--prediction", "p", "--label", "y", "--sensitive", "g", "--out", outPath);
        Assert.Equal(2, result.Code);
        Assert.Equal("{\"old\":true}", await File.ReadAllTextAsync(outPath, ct));
    }

    [Fact]
    public async Task Usage_errors_exit_1()
    {
        var result = await CliHarness.RunAsync("fairness", "--input", "x.csv");
        Assert.Equal(1, result.Code);
    }

    [Fact]
    public async Task Unknown_reference_group_is_an_input_error()
    {
        AssertCleanFailure(await Fairness(_dir.File("ok.csv", GoodCsv), "--reference-group", "zzz"), "'zzz'");
    }

    [Fact]
    public async Task Threshold_and_reference_options_reach_the_document()
    {
        var result = await Fairness(_dir.File("ok.csv", GoodCsv), "--min-group-size", "1", "--reference-group", "g=b", "--threshold", "aif360.disparateImpact=0.8", "--threshold", "demographicParityRatio=0.5", "--bootstrap", "0");
        Assert.Equal(0, result.Code);
        var doc = EvidenceWriter.FromJson(await File.ReadAllTextAsync(_dir.File("out.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal(2, doc.Verdicts.Count);
        Assert.Equal("b", doc.Fairness!.Groupings[0].ReferenceGroup);
        Assert.All(doc.Fairness.Groupings[0].Disparities, d => Assert.Null(d.Ci));
    }

    [Fact]
    public async Task Nan_values_are_written_as_named_literals()
    {
        var result = await Fairness(_dir.File("zero.csv", "y,p,g\n1,0,a\n0,0,a\n1,0,b\n0,0,b\n"), "--min-group-size", "1", "--bootstrap", "0");
        Assert.Equal(0, result.Code);
        var json = await File.ReadAllTextAsync(_dir.File("out.json"), TestContext.Current.CancellationToken);
        Assert.Contains("\"NaN\"", json, StringComparison.Ordinal);
        var doc = EvidenceWriter.FromJson(json)!;
        Assert.Equal("undefined", doc.Verdicts.Single(v => v.Metric == "demographicParityRatio").Status);
    }
}
