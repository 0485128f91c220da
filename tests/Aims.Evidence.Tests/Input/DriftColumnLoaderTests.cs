using Aims.Evidence.Drift;
using Aims.Evidence.Generation;
using Aims.Evidence.Input;

namespace Aims.Evidence.Tests.Input;

/// <summary>Loading drift columns: type detection from Parquet schema and pandas-like inference for CSV.</summary>
public sealed class DriftColumnLoaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Csv_types_are_inferred_per_column()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("types.csv", "i,f,b,s,im,e\n1,1.5,true,x,1,\n-2,inf,False,y,,\n3,NaN,TRUE,1,3,\n");
        var input = await DriftColumnLoader.LoadAsync(path, ["i", "f", "b", "s", "im", "e"], ',', false, null, ct);
        var byName = input.Columns.ToDictionary(c => c.Name);
        Assert.Equal(SourceValueType.Integer, byName["i"].ValueType);
        Assert.Equal([1.0, -2, 3], byName["i"].Numbers!);
        Assert.Equal(SourceValueType.Float, byName["f"].ValueType);
        Assert.True(double.IsPositiveInfinity(byName["f"].Numbers![1]));
        Assert.True(double.IsNaN(byName["f"].Numbers![2]));
        Assert.Equal(SourceValueType.Boolean, byName["b"].ValueType);
        Assert.Equal([1.0, 0, 1], byName["b"].Numbers!);
        Assert.Equal(SourceValueType.String, byName["s"].ValueType);
        Assert.Equal(new string?[] { "x", "y", "1" }, byName["s"].Texts!.AsEnumerable());
        Assert.Equal(SourceValueType.Float, byName["im"].ValueType); // integers with a gap are float64 in pandas
        Assert.Equal(SourceValueType.Float, byName["e"].ValueType); // all missing
        Assert.Equal(3, input.Rows);
    }

    [Fact]
    public async Task Parquet_types_come_from_the_schema()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("g.parquet");
        await SyntheticLogGenerator.WriteAsync(path, new GeneratorOptions { Rows = 5000, Format = "parquet", RowGroupSize = 2000, MissingRate = 0.1 }, ct);
        var input = await DriftColumnLoader.LoadAsync(path, ["f1", "prediction", "sex", "timestamp"], ',', false, null, ct);
        var byName = input.Columns.ToDictionary(c => c.Name);
        Assert.Equal(SourceValueType.Float, byName["f1"].ValueType);
        Assert.Equal(5000, byName["f1"].Numbers!.Length);
        Assert.Equal(SourceValueType.Integer, byName["prediction"].ValueType);
        Assert.Equal(SourceValueType.String, byName["sex"].ValueType);
        Assert.Contains(byName["sex"].Texts!, t => t is null);
        Assert.Equal(SourceValueType.Integer, byName["timestamp"].ValueType);
    }

    [Fact]
    public async Task Csv_and_parquet_columns_agree()
    {
        var ct = TestContext.Current.CancellationToken;
        var csv = _dir.File("a.csv");
        var parquet = _dir.File("a.parquet");
        var options = new GeneratorOptions { Rows = 3000, Seed = 5 };
        await SyntheticLogGenerator.WriteAsync(csv, options, ct);
        await SyntheticLogGenerator.WriteAsync(parquet, options with { Format = "parquet" }, ct);
        var a = await DriftColumnLoader.LoadAsync(csv, ["label", "age_band", "weight"], ',', false, null, ct);
        var b = await DriftColumnLoader.LoadAsync(parquet, ["label", "age_band", "weight"], ',', false, null, ct);
        Assert.Equal(a.Columns[0].Numbers!, b.Columns[0].Numbers!);
        Assert.Equal(a.Columns[1].Texts!.AsEnumerable(), b.Columns[1].Texts!.AsEnumerable());
        Assert.Equal(a.Columns[2].Numbers!, b.Columns[2].Numbers!);
    }

    [Fact]
    public async Task Missing_drift_column_names_the_column_and_lists_found_ones()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("m.csv", "a,b\n1,2\n");
        var ex = await Assert.ThrowsAsync<EvidenceInputException>(() => DriftColumnLoader.LoadAsync(path, ["zz"], ',', false, null, ct));
        Assert.Contains("'zz'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'a', 'b'", ex.Message, StringComparison.Ordinal);
    }
}
