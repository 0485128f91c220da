using Aims.Evidence.Documents;
using Parquet;
using Parquet.Schema;

namespace Aims.Evidence.Tests.Cli;

/// <summary>
/// OPTIONAL (nullable) value-typed Parquet columns, as pandas and Spark write them, through the CLI. Reading their
/// schema makes Parquet.Net build <c>Nullable&lt;T&gt;</c> with <c>MakeGenericType</c>, which the Native AOT build of
/// <c>aims</c> must support (run these with <c>AIMS_EVIDENCE_CLI</c>, see bench/run-evidence-aot.sh).
/// </summary>
public sealed class ParquetOptionalColumnsCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task WriteAsync(string path, int seed, CancellationToken ct)
    {
        var group = new DataField<string>("g", true);
        var prediction = new DataField<int?>("p");
        var label = new DataField<long?>("y");
        var weight = new DataField<double?>("w");
        var x = new DataField<double?>("x");
        var f = new DataField<float?>("f");
        var n = new DataField<int?>("n");
        var b = new DataField<bool?>("b");
        var schema = new ParquetSchema(group, prediction, label, weight, x, f, n, b);
        var rng = new Random(seed);
        await using var fs = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, fs, cancellationToken: ct);
        foreach (var rows in new[] { 700, 300 })
        {
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync(group, Enumerable.Range(0, rows).Select(_ => rng.Next(3) switch { 0 => "a", 1 => "b", _ => "c" }).ToArray());
            await rg.WriteAsync(prediction, (ReadOnlyMemory<int?>)Enumerable.Range(0, rows).Select(_ => (int?)rng.Next(2)).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(label, (ReadOnlyMemory<long?>)Enumerable.Range(0, rows).Select(_ => (long?)rng.Next(2)).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(weight, (ReadOnlyMemory<double?>)Enumerable.Range(0, rows).Select(_ => (double?)(1 + rng.Next(3))).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(x, (ReadOnlyMemory<double?>)Enumerable.Range(0, rows).Select(_ => rng.Next(10) == 0 ? null : (double?)rng.NextDouble()).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(f, (ReadOnlyMemory<float?>)Enumerable.Range(0, rows).Select(_ => rng.Next(10) == 0 ? null : (float?)rng.NextDouble()).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(n, (ReadOnlyMemory<int?>)Enumerable.Range(0, rows).Select(_ => rng.Next(10) == 0 ? null : (int?)rng.Next(100)).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(b, (ReadOnlyMemory<bool?>)Enumerable.Range(0, rows).Select(_ => rng.Next(10) == 0 ? null : (bool?)(rng.Next(2) == 1)).ToArray().AsMemory(), null, null, ct);
        }
    }

    [Fact]
    public async Task Fairness_reads_optional_value_columns()
    {
        var ct = TestContext.Current.CancellationToken;
        var input = _dir.File("opt.parquet");
        await WriteAsync(input, 1, ct);
        var result = await CliHarness.RunAsync("fairness", "--input", input, "--prediction", "p", "--label", "y", "--sensitive", "g", "--weight", "w", "--bootstrap", "20", "--out", _dir.File("f.json"));
        Assert.True(result.Code == 0, result.Err + result.Out);
        var doc = EvidenceWriter.FromJson(await File.ReadAllTextAsync(_dir.File("f.json"), ct))!;
        Assert.Equal(1000, doc.Rows.Read);
    }

    [Fact]
    public async Task Drift_reads_optional_value_columns_with_nulls()
    {
        var ct = TestContext.Current.CancellationToken;
        var reference = _dir.File("ref.parquet");
        var current = _dir.File("cur.parquet");
        await WriteAsync(reference, 2, ct);
        await WriteAsync(current, 3, ct);
        var result = await CliHarness.RunAsync("drift", "--reference", reference, "--current", current, "--columns", "x,f,n,b,g", "--out", _dir.File("d.json"));
        Assert.True(result.Code == 0, result.Err + result.Out);
        var doc = EvidenceWriter.FromJson(await File.ReadAllTextAsync(_dir.File("d.json"), ct))!;
        Assert.Equal(5, doc.Drift!.Columns.Count);
    }
}
