using System.Text.Json;
using Aims.Evidence.Documents;
using Aims.Evidence.Fairness;
using Aims.Evidence.Input;
using Parquet;
using Parquet.Schema;

namespace Aims.Evidence.Tests.Input;

/// <summary>
/// The fast Parquet column-chunk decoder must give exactly what Parquet.Net's generic reader gives, for every shape it
/// accepts (plain and dictionary encoding, nulls, codecs, several row groups), and decline what it does not handle.
/// </summary>
public sealed class ParquetChunkDecoderTests : IDisposable
{
    private static readonly string[] Groups = ["F", "M", "18-29", "a much longer group label, beyond seven bytes", "ünïcødé", ""];

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<CompressionMethod, bool> Shapes() => new()
    {
        { CompressionMethod.Snappy, false },
        { CompressionMethod.Snappy, true },
        { CompressionMethod.Zstd, true },
        { CompressionMethod.Gzip, false },
        { CompressionMethod.None, true },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Decoded_columns_equal_the_generic_reader(CompressionMethod compression, bool dictionary)
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File($"shapes-{compression}-{dictionary}.parquet");
        await WriteAsync(path, compression, dictionary, ct);

        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: ct);
        using var file = File.OpenHandle(path);
        using var decoder = new ParquetChunkDecoder();
        var fields = reader.Schema.GetDataFields();
        var sawDictionary = false;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            var n = (int)rg.RowCount;
            foreach (var field in fields)
            {
                var chunk = rg.GetMetadata(field)!;
                sawDictionary |= chunk.MetaData!.Encodings.Any(e => e is Parquet.Meta.Encoding.RLE_DICTIONARY or Parquet.Meta.Encoding.PLAIN_DICTIONARY);
                if (ParquetColumns.IsText(field))
                {
                    var table = new Utf8ValueTable(100);
                    var ids = new int[n];
                    Assert.True(decoder.TryReadTextIds(file, chunk, field, table, ids), field.Name);
                    var expected = new string?[n];
                    await rg.ReadAsync(field, expected.AsMemory(), null, ct);
                    Assert.Equal(expected, ids.Select(i => i < 0 ? null : table[i]));
                }
                else
                {
                    var fast = new double[n];
                    Assert.True(decoder.TryReadDoubles(file, chunk, field, fast), field.Name);
                    var expected = new double[n];
                    await ParquetColumns.ReadDoublesAsync(rg, field, expected, n, ct);
                    Assert.Equal(expected, fast);
                }
            }
        }

        Assert.Equal(dictionary, sawDictionary);
    }

    [Fact]
    public async Task Fairness_results_are_identical_with_dictionary_encoding_and_without()
    {
        var ct = TestContext.Current.CancellationToken;
        var plain = _dir.File("plain.parquet");
        var dict = _dir.File("dict.parquet");
        await WriteAsync(plain, CompressionMethod.Snappy, dictionary: false, ct);
        await WriteAsync(dict, CompressionMethod.Snappy, dictionary: true, ct);
        var csv = _dir.File("same.csv");
        await WriteCsvAsync(plain, csv, ct);

        var map = new Aims.Evidence.Input.FairnessColumnMap { Prediction = "prediction", Label = "label", Weight = "weight", Sensitive = ["group", "code"] };
        var options = new Aims.Evidence.Fairness.FairnessOptions { BootstrapIterations = 10, MinGroupSize = 0 };
        var a = await FairnessEvidence.RunAsync(plain, map, options, ct: ct);
        var b = await FairnessEvidence.RunAsync(dict, map, options, ct: ct);
        var c = await FairnessEvidence.RunAsync(csv, map, options, ct: ct);
        var json = (Aims.Evidence.Documents.EvidenceDocument d) =>
            System.Text.Json.JsonSerializer.Serialize(d.Fairness!, Aims.Evidence.Documents.EvidenceJsonContext.Default.FairnessReport);
        Assert.Equal(json(a), json(b));
        Assert.Equal(json(a), json(c));
        Assert.Equal(a.Rows, b.Rows with { DroppedReasons = a.Rows.DroppedReasons });
        Assert.Equal(a.Rows.DroppedReasons, b.Rows.DroppedReasons);
    }

    [Theory]
    [InlineData(MissingValuePolicy.Group)]
    [InlineData(MissingValuePolicy.Drop)]
    [InlineData(MissingValuePolicy.Exclude)]
    public async Task Unweighted_counting_is_identical_across_encodings_and_csv(MissingValuePolicy policy)
    {
        // Without weights the Parquet reader counts rows per key of group ids in one tight loop; the CSV reader and the
        // weighted path count row by row. Nulls in "group" exercise the missing-value policies on the fast path.
        var ct = TestContext.Current.CancellationToken;
        var plain = _dir.File($"u-plain-{policy}.parquet");
        var dict = _dir.File($"u-dict-{policy}.parquet");
        var csv = _dir.File($"u-{policy}.csv");
        await WriteAsync(plain, CompressionMethod.Snappy, dictionary: false, ct);
        await WriteAsync(dict, CompressionMethod.Zstd, dictionary: true, ct);
        await WriteCsvAsync(plain, csv, ct);

        var map = new FairnessColumnMap { Prediction = "prediction", Label = "label", Sensitive = ["group", "code"] };
        var options = new FairnessOptions { BootstrapIterations = 10, MinGroupSize = 0, MissingPolicy = policy };
        var documents = new List<EvidenceDocument>();
        foreach (var path in new[] { plain, dict, csv })
        {
            documents.Add(await FairnessEvidence.RunAsync(path, map, options, ct: ct));
        }

        var json = (EvidenceDocument d) => JsonSerializer.Serialize(d.Fairness!, EvidenceJsonContext.Default.FairnessReport);
        Assert.All(documents, d => Assert.Equal(json(documents[0]), json(d)));
        Assert.All(documents, d => Assert.Equal(documents[0].Rows.Used, d.Rows.Used));
        Assert.All(documents, d => Assert.Equal(documents[0].Rows.DroppedReasons, d.Rows.DroppedReasons));
        Assert.Equal(3501, documents[0].Rows.Read);
        if (policy == MissingValuePolicy.Exclude)
        {
            Assert.True(documents[0].Rows.DroppedReasons["missingSensitive"] > 0);
        }
    }

    [Fact]
    public async Task Whole_number_columns_decode_to_ints_and_decline_nulls_and_overflow()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("ints.parquet");
        var small = new DataField<int>("small");
        var large = new DataField<long>("large");
        var huge = new DataField<long>("huge");
        var holes = new DataField<int?>("holes");
        var full = new DataField<int?>("full");
        int[] values = [3, -7, 0, 1, int.MaxValue, int.MinValue];
        await using (var fs = File.Create(path))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(small, large, huge, holes, full), fs, cancellationToken: ct);
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync(small, (ReadOnlyMemory<int>)values.AsMemory(), null, null, ct);
            await rg.WriteAsync(large, (ReadOnlyMemory<long>)values.Select(v => (long)v).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(huge, (ReadOnlyMemory<long>)new long[] { 1, 2, 3, 4, 5, 1L << 40 }.AsMemory(), null, null, ct);
            await rg.WriteAsync(holes, (ReadOnlyMemory<int?>)new int?[] { 1, null, 0, 1, 0, 1 }.AsMemory(), null, null, ct);
            await rg.WriteAsync(full, (ReadOnlyMemory<int?>)new int?[] { 1, 0, 0, 1, 0, 1 }.AsMemory(), null, null, ct);
        }

        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: ct);
        using var file = File.OpenHandle(path);
        using var group = reader.OpenRowGroupReader(0);
        using var decoder = new ParquetChunkDecoder();
        var ints = new int[6];
        Assert.True(decoder.TryReadInts(file, group.GetMetadata(small), small, ints));
        Assert.Equal(values, ints);
        Assert.True(decoder.TryReadInts(file, group.GetMetadata(large), large, ints));
        Assert.Equal(values, ints);
        Assert.True(decoder.TryReadInts(file, group.GetMetadata(full), full, ints));
        Assert.Equal([1, 0, 0, 1, 0, 1], ints);

        // An int cannot hold a null or a value beyond its range: those chunks go to the double path.
        Assert.False(decoder.TryReadInts(file, group.GetMetadata(huge), huge, ints));
        Assert.False(decoder.TryReadInts(file, group.GetMetadata(holes), holes, ints));
    }

    [Fact]
    public async Task Unsupported_columns_are_declined_for_the_generic_reader()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = _dir.File("other.parquet");
        var flag = new DataField<bool>("flag");
        var small = new DataField<short>("small");
        await using (var fs = File.Create(path))
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(flag, small), fs, cancellationToken: ct);
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync(flag, (ReadOnlyMemory<bool>)new[] { true, false }.AsMemory(), null, null, ct);
            await rg.WriteAsync(small, (ReadOnlyMemory<short>)new short[] { 1, 2 }.AsMemory(), null, null, ct);
        }

        await using var reader = await ParquetReader.CreateAsync(path, cancellationToken: ct);
        using var file = File.OpenHandle(path);
        using var group = reader.OpenRowGroupReader(0);
        using var decoder = new ParquetChunkDecoder();
        Assert.False(decoder.TryReadDoubles(file, group.GetMetadata(flag), flag, new double[2]));
        Assert.False(decoder.TryReadDoubles(file, group.GetMetadata(small), small, new double[2]));
    }

    [Fact]
    public void Rle_bit_packed_hybrid_decodes_the_specification_examples()
    {
        // Bit-packed, width 3, values 0..7: one group → header (1 << 1) | 1 = 3, then 0x88 0xC6 0xFA (parquet-format spec).
        var values = new int[8];
        RleBitPackedHybrid.Decode([0x03, 0x88, 0xC6, 0xFA], 3, values);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], values);

        // RLE run of 5 × value 300 at width 9 (two value bytes), then a bit-packed group of width 1.
        var mixed = new int[13];
        RleBitPackedHybrid.Decode([0x0A, 0x2C, 0x01, 0x03, 0b1010_0101], 9, mixed.AsSpan(0, 5));
        Assert.Equal([300, 300, 300, 300, 300], mixed[..5]);
        RleBitPackedHybrid.Decode([0x03, 0b1010_0101], 1, mixed.AsSpan(5, 8));
        Assert.Equal([1, 0, 1, 0, 0, 1, 0, 1], mixed[5..]);

        Assert.ThrowsAny<Exception>(() => RleBitPackedHybrid.Decode([0x03, 0x88], 3, new int[8]));
    }

    private static async Task WriteAsync(string path, CompressionMethod compression, bool dictionary, CancellationToken ct)
    {
        var group = new DataField<string>("group", true);
        var code = new DataField<string>("code", false);
        var label = new DataField<int>("label");
        var prediction = new DataField<long>("prediction");
        var weight = new DataField<double?>("weight");
        var score = new DataField<float>("score");
        var schema = new ParquetSchema(group, code, label, prediction, weight, score);
        var options = new ParquetOptions { CompressionMethod = compression };
        if (dictionary)
        {
            options.ColumnEncodingHints["group"] = EncodingHint.Dictionary;
            options.ColumnEncodingHints["code"] = EncodingHint.Dictionary;
        }
        else
        {
            options.DictionaryEncodingThreshold = 0;
        }

        var rng = new Random(7);
        await using var fs = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, fs, options, cancellationToken: ct);
        foreach (var n in new[] { 1000, 1, 2500 })
        {
            var groups = Enumerable.Range(0, n).Select(_ => rng.Next(8) switch { 7 => null, var k => Groups[k % Groups.Length] }).ToArray();
            var codes = Enumerable.Range(0, n).Select(_ => Groups[rng.Next(3)]).ToArray();
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync(group, groups);
            await rg.WriteAsync(code, codes);
            await rg.WriteAsync(label, (ReadOnlyMemory<int>)Enumerable.Range(0, n).Select(_ => rng.Next(2)).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(prediction, (ReadOnlyMemory<long>)Enumerable.Range(0, n).Select(_ => (long)rng.Next(2)).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(weight, (ReadOnlyMemory<double?>)Enumerable.Range(0, n).Select(_ => rng.Next(10) == 0 ? (double?)null : rng.Next(1, 5) / 2.0).ToArray().AsMemory(), null, null, ct);
            await rg.WriteAsync(score, (ReadOnlyMemory<float>)Enumerable.Range(0, n).Select(_ => (float)rng.NextDouble()).ToArray().AsMemory(), null, null, ct);
        }
    }

    private static async Task WriteCsvAsync(string parquet, string csv, CancellationToken ct)
    {
        await using var reader = await ParquetReader.CreateAsync(parquet, cancellationToken: ct);
        await using var w = new StreamWriter(csv);
        await w.WriteLineAsync("group,code,label,prediction,weight");
        var fields = reader.Schema.GetDataFields();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            var n = (int)rg.RowCount;
            var groups = new string?[n];
            var codes = new string?[n];
            var label = new double[n];
            var prediction = new double[n];
            var weight = new double[n];
            await rg.ReadAsync(fields[0], groups.AsMemory(), null, ct);
            await rg.ReadAsync(fields[1], codes.AsMemory(), null, ct);
            await ParquetColumns.ReadDoublesAsync(rg, fields[2], label, n, ct);
            await ParquetColumns.ReadDoublesAsync(rg, fields[3], prediction, n, ct);
            await ParquetColumns.ReadDoublesAsync(rg, fields[4], weight, n, ct);
            for (var i = 0; i < n; i++)
            {
                var quote = (string? s) => s is null ? string.Empty : s.Contains(',', StringComparison.Ordinal) ? $"\"{s}\"" : s;
                await w.WriteLineAsync(FormattableString.Invariant($"{quote(groups[i])},{quote(codes[i])},{label[i]},{prediction[i]},{(double.IsNaN(weight[i]) ? "" : weight[i])}"));
            }
        }
    }
}
