using System.Globalization;
using System.Text;
using MathNet.Numerics.Random;
using Parquet;
using Parquet.Schema;

namespace Aims.Evidence.Generation;

/// <summary>
/// Writes synthetic prediction logs: columns timestamp, sex, age_band, f1..fN, score, prediction, label, weight. The
/// label comes from a latent linear model; the prediction from the same model minus a bias for chosen groups.
/// </summary>
public static class SyntheticLogGenerator
{
    private static readonly string[] AgeBands = ["18-29", "30-44", "45-59", "60+"];
    private static readonly double[] Weights = [0.5, 1, 2];

    /// <summary>Writes the log to <paramref name="path"/> (atomically: temp file, then rename).</summary>
    public static async Task WriteAsync(string path, GeneratorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Rows < 0 || options.Features < 1 || options.RowGroupSize < 1)
        {
            throw new EvidenceInputException("--rows must be ≥ 0 and --features ≥ 1.");
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            if (options.Format == "parquet")
            {
                await WriteParquetAsync(temp, options, ct);
            }
            else if (options.Format == "csv")
            {
                await Task.Run(() => WriteCsv(temp, options, ct), ct);
            }
            else
            {
                throw new EvidenceInputException($"Unknown format '{options.Format}': use csv or parquet.");
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private sealed class Batch(int size, int features)
    {
        public long[] Timestamp { get; } = new long[size];
        public string?[] Sex { get; } = new string?[size];
        public string[] Age { get; } = new string[size];
        public double[][] Features { get; } = Enumerable.Range(0, features).Select(_ => new double[size]).ToArray();
        public double[] Score { get; } = new double[size];
        public int[] Prediction { get; } = new int[size];
        public int[] Label { get; } = new int[size];
        public double[] Weight { get; } = new double[size];
    }

    private static void Fill(Batch b, int n, long start, GeneratorOptions o, Random rng)
    {
        var epoch = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        // Drift moves the age mix towards the older bands.
        var shift = Math.Clamp(o.Drift, 0, 1) * 0.15;
        double[] ageCdf = [0.25 - shift, 0.5 - shift, 0.75, 1];
        for (var i = 0; i < n; i++)
        {
            b.Timestamp[i] = epoch + start + i;
            var female = rng.NextDouble() < 0.5;
            b.Sex[i] = o.MissingRate > 0 && rng.NextDouble() < o.MissingRate ? null : female ? "F" : "M";
            var u = rng.NextDouble();
            var age = u < ageCdf[0] ? 0 : u < ageCdf[1] ? 1 : u < ageCdf[2] ? 2 : 3;
            b.Age[i] = AgeBands[age];
            double z = 0;
            for (var f = 0; f < b.Features.Length; f++)
            {
                var x = o.Drift + Normal(rng);
                b.Features[f][i] = x;
                z += (f % 2 == 0 ? 0.8 : -0.5) * x / Math.Sqrt(1 + f);
            }

            var latent = z + (0.3 * Normal(rng));
            b.Label[i] = latent > 0.1 ? 1 : 0;
            var logit = (1.5 * latent) - (female ? o.Bias : 0) - (age == 3 ? o.Bias / 2 : 0);
            b.Score[i] = 1 / (1 + Math.Exp(-logit));
            b.Prediction[i] = b.Score[i] >= 0.5 ? 1 : 0;
            b.Weight[i] = Weights[rng.Next(Weights.Length)];
        }
    }

    private static double Normal(Random rng)
    {
        // Box–Muller; one value per call keeps the stream simple and reproducible.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static string[] Header(int features) =>
        ["timestamp", "sex", "age_band", .. Enumerable.Range(1, features).Select(i => "f" + i.ToString(CultureInfo.InvariantCulture)), "score", "prediction", "label", "weight"];

    private static void WriteCsv(string path, GeneratorOptions o, CancellationToken ct)
    {
        var rng = new Xoshiro256StarStar(o.Seed, threadSafe: false);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(string.Join(',', Header(o.Features)));
        writer.Write('\n');
        var size = (int)Math.Min(o.RowGroupSize, Math.Max(1, o.Rows));
        var batch = new Batch(size, o.Features);
        Span<char> buf = stackalloc char[64];
        for (long start = 0; start < o.Rows; start += size)
        {
            ct.ThrowIfCancellationRequested();
            var n = (int)Math.Min(size, o.Rows - start);
            Fill(batch, n, start, o, rng);
            for (var i = 0; i < n; i++)
            {
                WriteNumber(writer, batch.Timestamp[i], buf);
                writer.Write(',');
                writer.Write(batch.Sex[i] ?? string.Empty);
                writer.Write(',');
                writer.Write(batch.Age[i]);
                foreach (var f in batch.Features)
                {
                    writer.Write(',');
                    WriteNumber(writer, f[i], buf);
                }

                writer.Write(',');
                WriteNumber(writer, batch.Score[i], buf);
                writer.Write(batch.Prediction[i] == 1 ? ",1," : ",0,");
                writer.Write(batch.Label[i] == 1 ? '1' : '0');
                writer.Write(',');
                WriteNumber(writer, batch.Weight[i], buf);
                writer.Write('\n');
            }
        }
    }

    private static void WriteNumber(StreamWriter writer, double value, Span<char> buf)
    {
        value.TryFormat(buf, out var written, "0.######", CultureInfo.InvariantCulture);
        writer.Write(buf[..written]);
    }

    private static void WriteNumber(StreamWriter writer, long value, Span<char> buf)
    {
        value.TryFormat(buf, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(buf[..written]);
    }

    private static async Task WriteParquetAsync(string path, GeneratorOptions o, CancellationToken ct)
    {
        var header = Header(o.Features);
        var timestamp = new DataField<long>(header[0]);
        var sex = new DataField<string>(header[1], true);
        var age = new DataField<string>(header[2]);
        var features = Enumerable.Range(0, o.Features).Select(i => new DataField<double>(header[3 + i])).ToArray();
        var score = new DataField<double>("score");
        var prediction = new DataField<int>("prediction");
        var label = new DataField<int>("label");
        var weight = new DataField<double>("weight");
        var schema = new ParquetSchema([timestamp, sex, age, .. features, score, prediction, label, weight]);

        var rng = new Xoshiro256StarStar(o.Seed, threadSafe: false);
        await using var fs = File.Create(path);
        // Group columns dictionary-encoded, as pyarrow, Spark and DuckDB write low-cardinality text by default (Parquet.Net
        // does it only when asked); numbers stay PLAIN.
        var parquetOptions = new ParquetOptions();
        parquetOptions.ColumnEncodingHints[sex.Name] = EncodingHint.Dictionary;
        parquetOptions.ColumnEncodingHints[age.Name] = EncodingHint.Dictionary;
        await using var writer = await ParquetWriter.CreateAsync(schema, fs, parquetOptions, cancellationToken: ct);
        var size = (int)Math.Min(o.RowGroupSize, Math.Max(1, o.Rows));
        var batch = new Batch(size, o.Features);
        for (long start = 0; start < o.Rows; start += size)
        {
            ct.ThrowIfCancellationRequested();
            var n = (int)Math.Min(size, o.Rows - start);
            Fill(batch, n, start, o, rng);
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync(timestamp, (ReadOnlyMemory<long>)batch.Timestamp.AsMemory(0, n), null, null, ct);
            await rg.WriteAsync(sex, batch.Sex.Take(n).ToArray(), null);
            await rg.WriteAsync(age, batch.Age.Take(n).ToArray(), null);
            for (var f = 0; f < features.Length; f++)
            {
                await rg.WriteAsync(features[f], (ReadOnlyMemory<double>)batch.Features[f].AsMemory(0, n), null, null, ct);
            }

            await rg.WriteAsync(score, (ReadOnlyMemory<double>)batch.Score.AsMemory(0, n), null, null, ct);
            await rg.WriteAsync(prediction, (ReadOnlyMemory<int>)batch.Prediction.AsMemory(0, n), null, null, ct);
            await rg.WriteAsync(label, (ReadOnlyMemory<int>)batch.Label.AsMemory(0, n), null, null, ct);
            await rg.WriteAsync(weight, (ReadOnlyMemory<double>)batch.Weight.AsMemory(0, n), null, null, ct);
        }
    }
}
