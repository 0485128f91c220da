using Aims.Evidence.Documents;

namespace Aims.Evidence.Tests.Cli;

/// <summary>The generator and the drift command through the CLI.</summary>
public sealed class GenerateAndDriftCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public async Task Generate_then_fairness_detects_the_bias(string format)
    {
        var log = _dir.File("log." + format);
        var gen = await CliHarness.RunAsync("generate", "--rows", "20000", "--format", format, "--bias", "1.5", "--seed", "4", "--out", log);
        Assert.Equal(0, gen.Code);
        var result = await CliHarness.RunAsync("fairness", "--input", log, "--prediction", "prediction", "--label", "label", "--sensitive", "sex", "--out", _dir.File("f.json"), "--fail-on-breach", "--bootstrap", "20");
        Assert.Equal(3, result.Code);
        var unbiasedLog = _dir.File("fair." + format);
        await CliHarness.RunAsync("generate", "--rows", "20000", "--format", format, "--bias", "0", "--seed", "4", "--out", unbiasedLog);
        var unbiased = await CliHarness.RunAsync("fairness", "--input", unbiasedLog, "--prediction", "prediction", "--label", "label", "--sensitive", "sex", "--out", _dir.File("g.json"), "--fail-on-breach", "--bootstrap", "20");
        Assert.Equal(0, unbiased.Code);
    }

    [Fact]
    public async Task Generator_is_deterministic_for_a_seed()
    {
        var ct = TestContext.Current.CancellationToken;
        var a = _dir.File("a.csv");
        var b = _dir.File("b.csv");
        await CliHarness.RunAsync("generate", "--rows", "1000", "--seed", "9", "--out", a);
        await CliHarness.RunAsync("generate", "--rows", "1000", "--seed", "9", "--out", b);
        Assert.Equal(await File.ReadAllBytesAsync(a, ct), await File.ReadAllBytesAsync(b, ct));
    }

    [Fact]
    public async Task Drift_missing_column_is_an_input_error()
    {
        var a = _dir.File("a.csv", "x,y\n1,2\n3,4\n");
        var b = _dir.File("b.csv", "x,z\n1,2\n3,4\n");
        var result = await CliHarness.RunAsync("drift", "--reference", a, "--current", b, "--columns", "y", "--out", _dir.File("d.json"));
        Assert.Equal(2, result.Code);
        Assert.Contains("'y'", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("d.json")));
    }

    [Fact]
    public async Task Drift_integer_column_with_a_gap_in_reference_follows_the_current_dtype()
    {
        // pandas reads the reference as float64 (gap) and the current as int64; Evidently's _get_column_type uses the
        // current dtype, so 3 integer values make the column categorical (categorical Hellinger, chi-square allowed).
        var reference = _dir.File("gap_ref.csv", "x\n1\n2\n\n3\n1\n2\n");
        var current = _dir.File("gap_cur.csv", "x\n1\n1\n3\n3\n2\n");
        var result = await CliHarness.RunAsync("drift", "--reference", reference, "--current", current, "--column-stattest", "x=chisquare", "--out", _dir.File("gap.json"));
        Assert.True(result.Code == 0, result.Err);
        var doc = EvidenceWriter.FromJson(await File.ReadAllTextAsync(_dir.File("gap.json"), TestContext.Current.CancellationToken))!;
        var column = doc.Drift!.Columns.Single();
        Assert.Equal(Aims.Evidence.Drift.DriftColumnKind.Categorical, column.Kind);
        Assert.Equal(5, column.ReferenceUsed);
        Assert.Contains(doc.Warnings, w => w.Contains("follows current", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Drift_detects_shifted_features_and_gates_with_exit_3()
    {
        var reference = _dir.File("ref.parquet");
        var current = _dir.File("cur.parquet");
        Assert.Equal(0, (await CliHarness.RunAsync("generate", "--rows", "5000", "--format", "parquet", "--seed", "1", "--out", reference)).Code);
        Assert.Equal(0, (await CliHarness.RunAsync("generate", "--rows", "5000", "--format", "parquet", "--seed", "2", "--drift", "0.8", "--out", current)).Code);
        var result = await CliHarness.RunAsync("drift", "--reference", reference, "--current", current, "--columns", "f1,f2,f3,age_band", "--out", _dir.File("d.json"), "--fail-on-breach");
        Assert.True(result.Code == 3, result.Err + result.Out);
        var doc = EvidenceWriter.FromJson(await File.ReadAllTextAsync(_dir.File("d.json"), TestContext.Current.CancellationToken))!;
        Assert.Equal("drift", doc.Kind);
        Assert.Equal(2, doc.Inputs.Count);
        Assert.True(doc.Drift!.DatasetDrift);
        Assert.Equal(4, doc.Drift.Columns.Count);

        var same = await CliHarness.RunAsync("drift", "--reference", reference, "--current", reference, "--columns", "f1,f2,age_band", "--out", _dir.File("s.json"), "--fail-on-breach");
        Assert.Equal(0, same.Code);
    }
}
