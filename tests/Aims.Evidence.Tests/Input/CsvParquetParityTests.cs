using Aims.Evidence.Documents;
using Aims.Evidence.Fairness;
using Aims.Evidence.Generation;
using Aims.Evidence.Input;

namespace Aims.Evidence.Tests.Input;

/// <summary>The same log as CSV and as Parquet must give the same numbers; the reader must handle the log's quirks.</summary>
public sealed class CsvParquetParityTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string FairnessJson(EvidenceDocument d) =>
        System.Text.Json.JsonSerializer.Serialize(d.Fairness!, EvidenceJsonContext.Default.FairnessReport);

    [Fact]
    public async Task Csv_and_parquet_of_the_same_log_give_identical_results()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new GeneratorOptions { Rows = 20_000, Bias = 0.7, Seed = 3, MissingRate = 0.02, RowGroupSize = 3000 };
        var csv = _dir.File("log.csv");
        var parquet = _dir.File("log.parquet");
        await SyntheticLogGenerator.WriteAsync(csv, options with { Format = "csv" }, ct);
        await SyntheticLogGenerator.WriteAsync(parquet, options with { Format = "parquet" }, ct);

        var map = new FairnessColumnMap { Prediction = "prediction", Label = "label", Weight = "weight", Sensitive = ["sex", "age_band"] };
        var fo = new FairnessOptions { BootstrapIterations = 20 };
        var fromCsv = await FairnessEvidence.RunAsync(csv, map, fo, ct: ct);
        var fromParquet = await FairnessEvidence.RunAsync(parquet, map, fo, ct: ct);

        Assert.Equal("csv", fromCsv.Inputs[0].Format);
        Assert.Equal("parquet", fromParquet.Inputs[0].Format);
        Assert.Equal(20_000, fromCsv.Rows.Read);
        Assert.Equal(fromCsv.Rows, fromParquet.Rows with { DroppedReasons = fromCsv.Rows.DroppedReasons });
        Assert.Equal(FairnessJson(fromCsv), FairnessJson(fromParquet));
        Assert.Contains(fromCsv.Fairness!.Groupings[0].Groups, g => g.Missing);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.03)]
    public async Task One_row_group_without_weights_matches_csv(double missingRate)
    {
        // One row group on a machine with more cores: the group columns are decoded on a second thread, and a nullable
        // column without nulls skips its definition levels. Unweighted rows take the counting loop.
        var ct = TestContext.Current.CancellationToken;
        var options = new GeneratorOptions { Rows = 30_000, Bias = 0.4, Seed = 5, MissingRate = missingRate };
        var csv = _dir.File($"one-{missingRate}.csv");
        var parquet = _dir.File($"one-{missingRate}.parquet");
        await SyntheticLogGenerator.WriteAsync(csv, options with { Format = "csv" }, ct);
        await SyntheticLogGenerator.WriteAsync(parquet, options with { Format = "parquet" }, ct);

        var map = new FairnessColumnMap { Prediction = "prediction", Label = "label", Sensitive = ["sex", "age_band"] };
        var fo = new FairnessOptions { BootstrapIterations = 20 };
        var fromCsv = await FairnessEvidence.RunAsync(csv, map, fo, ct: ct);
        var fromParquet = await FairnessEvidence.RunAsync(parquet, map, fo, ct: ct);

        Assert.Equal(30_000, fromParquet.Rows.Read);
        Assert.Equal(fromCsv.Rows, fromParquet.Rows with { DroppedReasons = fromCsv.Rows.DroppedReasons });
        Assert.Equal(FairnessJson(fromCsv), FairnessJson(fromParquet));
        Assert.Equal(missingRate > 0, fromParquet.Fairness!.Groupings[0].Groups.Any(g => g.Missing));
    }

    [Fact]
    public async Task A_group_column_the_fast_decoder_declines_is_read_after_the_others()
    {
        // A boolean group column is not for the fast decoder: in a single row group it is read by the generic reader once
        // the label and prediction are done, never concurrently with them.
        var ct = TestContext.Current.CancellationToken;
        var parquet = _dir.File("bool-group.parquet");
        var flag = new Parquet.Schema.DataField<bool>("flag");
        var label = new Parquet.Schema.DataField<int>("label");
        var prediction = new Parquet.Schema.DataField<int>("prediction");
        var rng = new Random(3);
        var n = 5000;
        var flags = Enumerable.Range(0, n).Select(_ => rng.Next(3) == 0).ToArray();
        var labels = Enumerable.Range(0, n).Select(_ => rng.Next(2)).ToArray();
        var predictions = labels.Select((y, i) => flags[i] && rng.Next(4) == 0 ? 1 - y : y).ToArray();
        await using (var fs = File.Create(parquet))
        {
            await using var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(flag, label, prediction), fs, cancellationToken: ct);
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync(flag, (ReadOnlyMemory<bool>)flags.AsMemory(), null, null, ct);
            await rg.WriteAsync(label, (ReadOnlyMemory<int>)labels.AsMemory(), null, null, ct);
            await rg.WriteAsync(prediction, (ReadOnlyMemory<int>)predictions.AsMemory(), null, null, ct);
        }

        var csv = _dir.File("bool-group.csv", "flag,label,prediction\n" + string.Concat(flags.Select((f, i) => $"{(f ? "True" : "False")},{labels[i]},{predictions[i]}\n")));
        var map = new FairnessColumnMap { Prediction = "prediction", Label = "label", Sensitive = ["flag"] };
        var fo = new FairnessOptions { BootstrapIterations = 10 };
        var fromParquet = await FairnessEvidence.RunAsync(parquet, map, fo, ct: ct);
        var fromCsv = await FairnessEvidence.RunAsync(csv, map, fo, ct: ct);

        Assert.Equal(["False", "True"], fromParquet.Fairness!.Groupings[0].Groups.Select(g => g.Label).Order());
        Assert.Equal(FairnessJson(fromCsv), FairnessJson(fromParquet));
    }

    [Fact]
    public async Task Many_group_spellings_and_na_spellings_match_parquet()
    {
        // More spellings than the CSV reader's per-column cache holds (16), NA spellings among them, in a file big enough
        // to be read in parts: coded values must not depend on the cache.
        var ct = TestContext.Current.CancellationToken;
        var rng = new Random(17);
        var n = 400_000; // about 6 MB of CSV: read in parts, one per core
        string[] spellings = [.. Enumerable.Range(0, 40).Select(i => $"g{i:00}"), "NA", "", "null", "N/A"];
        var groups = Enumerable.Range(0, n).Select(_ => spellings[rng.Next(spellings.Length)]).ToArray();
        var bands = Enumerable.Range(0, n).Select(_ => rng.Next(5) == 0 ? "NaN" : $"b{rng.Next(3)}").ToArray();
        var labels = Enumerable.Range(0, n).Select(_ => rng.Next(2)).ToArray();
        var predictions = labels.Select(y => rng.Next(5) == 0 ? 1 - y : y).ToArray();

        var csv = _dir.File("many.csv");
        await File.WriteAllTextAsync(csv, "g,band,label,prediction\n" + string.Concat(groups.Select((g, i) => $"{g},{bands[i]},{labels[i]},{predictions[i]}\n")), ct);
        var parquet = _dir.File("many.parquet");
        var g = new Parquet.Schema.DataField<string>("g");
        var band = new Parquet.Schema.DataField<string>("band");
        var label = new Parquet.Schema.DataField<int>("label");
        var prediction = new Parquet.Schema.DataField<int>("prediction");
        await using (var fs = File.Create(parquet))
        {
            await using var writer = await Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(g, band, label, prediction), fs, cancellationToken: ct);
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync(g, groups);
            await rg.WriteAsync(band, bands);
            await rg.WriteAsync(label, (ReadOnlyMemory<int>)labels.AsMemory(), null, null, ct);
            await rg.WriteAsync(prediction, (ReadOnlyMemory<int>)predictions.AsMemory(), null, null, ct);
        }

        var map = new FairnessColumnMap { Prediction = "prediction", Label = "label", Sensitive = ["g", "band"] };
        foreach (var policy in new[] { MissingValuePolicy.Group, MissingValuePolicy.Exclude })
        {
            var fo = new FairnessOptions { BootstrapIterations = 5, MinGroupSize = 0, MissingPolicy = policy };
            var fromCsv = await FairnessEvidence.RunAsync(csv, map, fo, ct: ct);
            var fromParquet = await FairnessEvidence.RunAsync(parquet, map, fo, ct: ct);
            Assert.Equal(fromCsv.Rows, fromParquet.Rows with { DroppedReasons = fromCsv.Rows.DroppedReasons });
            Assert.Equal(fromCsv.Rows.DroppedReasons, fromParquet.Rows.DroppedReasons);
            Assert.Equal(FairnessJson(fromCsv), FairnessJson(fromParquet));
            Assert.Equal(policy == MissingValuePolicy.Group ? 41 : 40, fromCsv.Fairness!.Groupings[0].Groups.Count);
        }
    }

    [Fact]
    public async Task Sha256_is_of_the_file_bytes()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("small.csv", "label,prediction,g\n1,1,a\n0,1,b\n");
        var doc = await FairnessEvidence.RunAsync(path, new FairnessColumnMap { Prediction = "prediction", Label = "label", Sensitive = ["g"] }, new FairnessOptions { BootstrapIterations = 0 }, ct: ct);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(expected, doc.Inputs[0].Sha256);
    }

    [Fact]
    public async Task Quoted_fields_delimiters_and_positive_value_are_honoured()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("semi.csv", "y;p;\"group name\"\nyes;yes;\"a;1\"\nno;yes;\"a;1\"\nyes;no;b\nno;no;b\n");
        var map = new FairnessColumnMap { Prediction = "p", Label = "y", Sensitive = ["group name"], Positive = "yes", Delimiter = ';' };
        var doc = await FairnessEvidence.RunAsync(path, map, new FairnessOptions { BootstrapIterations = 0, MinGroupSize = 0 }, ct: ct);
        var g = doc.Fairness!.Groupings.Single();
        Assert.Equal(["a;1", "b"], g.Groups.Select(x => x.Label));
        Assert.Equal(1.0, g.Groups[0].SelectionRate);
        Assert.Equal(0.0, g.Groups[1].SelectionRate);
    }

    [Fact]
    public async Task Non_finite_and_missing_values_are_dropped_and_counted()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("nan.csv", "y,p,w,g\n1,1,1,a\nNaN,1,1,a\n1,,1,a\ninf,1,1,b\n1,1,inf,b\n0,0,NaN,b\n0,0,-1,b\n1,0,2,b\n");
        var map = new FairnessColumnMap { Prediction = "p", Label = "y", Weight = "w", Sensitive = ["g"] };
        var doc = await FairnessEvidence.RunAsync(path, map, new FairnessOptions { BootstrapIterations = 0 }, ct: ct);
        Assert.Equal(8, doc.Rows.Read);
        Assert.Equal(2, doc.Rows.Used);
        Assert.Equal(1, doc.Rows.DroppedReasons["missingLabel"]);
        Assert.Equal(1, doc.Rows.DroppedReasons["missingPrediction"]);
        Assert.Equal(1, doc.Rows.DroppedReasons["nonFiniteLabel"]);
        Assert.Equal(3, doc.Rows.DroppedReasons["invalidWeight"]);
        Assert.Equal(doc.Rows.Dropped, doc.Rows.DroppedReasons.Values.Sum());
    }

    [Fact]
    public async Task Numeric_spellings_of_the_same_label_are_one_value()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("num.csv", "y,p,g\n1,1.0,a\n0.0,0,a\n1e0,1,b\n0,0,b\n");
        var doc = await FairnessEvidence.RunAsync(path, new FairnessColumnMap { Prediction = "p", Label = "y", Sensitive = ["g"] }, new FairnessOptions { BootstrapIterations = 0 }, ct: ct);
        Assert.Equal(4, doc.Rows.Used);
        Assert.Equal(1.0, doc.Fairness!.Overall.Accuracy);
    }

    [Fact]
    public async Task Score_threshold_can_stand_in_for_the_prediction()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("score.csv", "y,s,g\n1,0.9,a\n0,0.2,a\n1,0.4,b\n0,0.6,b\n");
        var map = new FairnessColumnMap { Score = "s", ScoreThreshold = 0.5, Label = "y", Sensitive = ["g"] };
        var doc = await FairnessEvidence.RunAsync(path, map, new FairnessOptions { BootstrapIterations = 0 }, ct: ct);
        Assert.Equal(1.0, doc.Fairness!.Groupings[0].Groups[0].Accuracy);
        Assert.Equal(0.0, doc.Fairness!.Groupings[0].Groups[1].Accuracy);
    }

    [Fact]
    public async Task Exclude_policy_drops_rows_with_missing_attribute()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("miss.csv", "y,p,g\n1,1,a\n0,0,\n1,1,NA\n0,1,b\n");
        var doc = await FairnessEvidence.RunAsync(path, new FairnessColumnMap { Prediction = "p", Label = "y", Sensitive = ["g"] }, new FairnessOptions { BootstrapIterations = 0, MissingPolicy = MissingValuePolicy.Exclude }, ct: ct);
        Assert.Equal(2, doc.Rows.Used);
        Assert.Equal(2, doc.Rows.DroppedReasons["missingSensitive"]);
        Assert.Equal("exclude", doc.Fairness!.MissingPolicy);
    }
}
