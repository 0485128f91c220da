using System.Globalization;
using System.Runtime.CompilerServices;
using Aims.Evidence.Fairness;
using Microsoft.Win32.SafeHandles;
using Parquet.Schema;

namespace Aims.Evidence.Input;

/// <summary>
/// Reads a Parquet prediction log row group by row group. Two workers take alternate row groups, each with its own file
/// handle, buffers and accumulator, so memory is bounded by the row-group size rather than the file size.
/// </summary>
internal static partial class ParquetFairnessReader
{
    public static async Task<FairnessAccumulator> ReadAsync(string path, FairnessColumnMap map, ReadStats stats, List<string> warnings, Action<long>? progress, CancellationToken ct)
    {
        DataField[] fields;
        int rowGroups;
        await using (var probe = await ParquetColumns.OpenAsync(OpenStream(path), path, ct))
        {
            fields = probe.Schema.GetDataFields();
            rowGroups = probe.RowGroupCount;
        }

        var names = fields.Select(f => f.Name).ToArray();
        DataField Field(string role, string column) =>
            fields.FirstOrDefault(f => f.Name == column) ?? throw ColumnErrors.Missing(role, column, names, path);

        var plan = new Plan(
            path,
            Field("label", map.Label),
            map.Prediction is null ? null : Field("prediction", map.Prediction),
            map.Score is null ? null : Field("score", map.Score),
            map.Weight is null ? null : Field("weight", map.Weight),
            map.Sensitive.Select(s => Field("sensitive attribute", s)).ToArray());
        if (map.Timestamp is not null)
        {
            Field("timestamp", map.Timestamp);
        }

        foreach (var f in map.Features)
        {
            Field("feature", f);
        }

        if (rowGroups == 0)
        {
            throw new EvidenceInputException($"'{path}' has no data rows.");
        }

        var cores = Math.Max(1, Environment.ProcessorCount);
        var workers = Math.Min(cores, rowGroups);

        // Fewer row groups than cores (a 1M-row file is often one row group): each worker then decodes its group columns
        // on a second thread, beside the label and prediction.
        var splitColumns = rowGroups < cores;
        var results = new Worker[workers];
        long progressRows = 0;
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(
            async () =>
            {
                using var worker = new Worker(map, plan, splitColumns);
                results[w] = worker;
                await using var reader = await ParquetColumns.OpenAsync(OpenStream(path), path, ct);
                for (var g = w; g < rowGroups; g += workers)
                {
                    ct.ThrowIfCancellationRequested();
                    using var rg = reader.OpenRowGroupReader(g);
                    await worker.ReadRowGroupAsync(rg, ct);
                    var total = Interlocked.Add(ref progressRows, rg.RowCount);
                    progress?.Invoke(total);
                    EvidenceTrace.Mark("row group", g);
                }
            },
            ct)).ToArray();

        try
        {
            await Task.WhenAll(tasks);
        }
        catch (Exception ex) when (ex is not EvidenceInputException and not OperationCanceledException)
        {
            throw new EvidenceInputException($"Could not read '{path}' as Parquet (truncated or corrupt?): {ex.Message}", ex);
        }

        EvidenceTrace.Mark("row groups done");
        var acc = results[0].Accumulator;
        stats.MergeFrom(results[0].Stats);
        for (var w = 1; w < workers; w++)
        {
            acc.MergeFrom(results[w].Accumulator);
            stats.MergeFrom(results[w].Stats);
        }

        if (stats.Read == 0)
        {
            throw new EvidenceInputException($"'{path}' has no data rows.");
        }

        // Binary checks need every worker's view of the distinct values.
        var label = new BinaryColumn(map.Label, map.Positive);
        var prediction = new BinaryColumn(map.Prediction ?? "prediction", map.Positive);
        foreach (var r in results)
        {
            foreach (var v in r.Label.Distinct)
            {
                label.Normalize(v.AsSpan());
            }

            foreach (var v in r.Prediction.Distinct)
            {
                prediction.Normalize(v.AsSpan());
            }
        }

        if (map.Prediction is not null)
        {
            ColumnErrors.CheckPositive(prediction, map.Positive, warnings);
        }

        ColumnErrors.CheckPositive(label, map.Positive, warnings);
        return acc;
    }

    private static FileStream OpenStream(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess);

    private sealed record Plan(string Path, DataField Label, DataField? Prediction, DataField? Score, DataField? Weight, DataField[] Sensitive);

    private sealed partial class Worker(FairnessColumnMap map, Plan plan, bool splitColumns) : IDisposable
    {
        private readonly Plan _plan = plan;
        private readonly FairnessColumnMap _map = map;

        private readonly ParquetChunkDecoder _decoder = new();
        private readonly SafeFileHandle _file = OpenHandle(plan.Path);

        // The second decoder and handle for the group columns when they are decoded on their own thread.
        private readonly ParquetChunkDecoder? _groupDecoder = splitColumns ? new() : null;
        private readonly SafeFileHandle? _groupFile = splitColumns ? OpenHandle(plan.Path) : null;
        private readonly TextIds _labelIds = new(map.MaxGroups);
        private readonly TextIds _predictionIds = new(map.MaxGroups);
        private readonly TextIds[] _sensitiveIds = plan.Sensitive.Select(_ => new TextIds(map.MaxGroups)).ToArray();
        private readonly bool[] _sensitiveFast = new bool[plan.Sensitive.Length];
        private readonly RowBuffer<int> _labelCodes = new();
        private readonly RowBuffer<int> _predictionCodes = new();
        private double[] _label = [];
        private double[] _prediction = [];
        private double[] _weight = [];
        private int[] _ids = [];
        private int _rowsEnsured;
        private int[] _keyCells = [];
        private int[] _keyCounts = [];
        private ReadOnlyMemory<char>?[] _labelText = [];
        private ReadOnlyMemory<char>?[] _predictionText = [];
        private ReadOnlyMemory<char>?[][] _sensitiveText = [];
        private readonly RowBuffer<int>[] _sensitiveId = plan.Sensitive.Select(_ => new RowBuffer<int>()).ToArray();
        private double[][] _sensitiveNumber = [];
        private readonly Dictionary<double, int>[] _numberCodes = plan.Sensitive.Select(_ => new Dictionary<double, int>()).ToArray();

        public FairnessAccumulator Accumulator { get; } = new(map.Sensitive, map.MaxGroups);

        public ReadStats Stats { get; } = new();

        public BinaryColumn Label { get; } = new(map.Label, map.Positive);

        public BinaryColumn Prediction { get; } = new(map.Prediction ?? "prediction", map.Positive);

        public void Dispose()
        {
            _file.Dispose();
            _groupFile?.Dispose();
            _decoder.Dispose();
            _groupDecoder?.Dispose();
            _labelCodes.Dispose();
            _predictionCodes.Dispose();
            foreach (var ids in _sensitiveId)
            {
                ids.Dispose();
            }
        }

        private static SafeFileHandle OpenHandle(string path) => File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);

        public async Task ReadRowGroupAsync(Parquet.ParquetRowGroupReader rg, CancellationToken ct)
        {
            var n = checked((int)rg.RowCount);
            Ensure(n);
            var labels = _labelCodes;
            var predictions = _predictionCodes;

            // Only the fast decoder runs on the second thread: Parquet.Net's row-group reader shares one stream, so any
            // column the fast path declines is read below, on this thread, after the others.
            _decoder.Reserve(new[] { _plan.Label, _plan.Prediction ?? _plan.Score, _plan.Weight }.Select(f => f is null ? null : rg.GetMetadata(f)));
            (_groupDecoder ?? _decoder).Reserve(_plan.Sensitive.Select(rg.GetMetadata));
            var groupsDecoded = _groupDecoder is null ? null : Task.Run(() => DecodeGroupColumns(rg, n, _groupDecoder, _groupFile!), ct);
            try
            {
                await NormalizeAsync(rg, _plan.Label, Label, _labelIds, isLabel: true, labels, n, ct);
                if (_plan.Prediction is not null)
                {
                    await NormalizeAsync(rg, _plan.Prediction, Prediction, _predictionIds, isLabel: false, predictions, n, ct);
                }
                else
                {
                    EnsureDoubles(ref _prediction, n);
                    await ReadDoublesAsync(rg, _plan.Score!, _prediction, n, ct);
                    var threshold = _map.ScoreThreshold ?? 0.5;
                    var codes = predictions.AsSpan(n);
                    for (var i = 0; i < n; i++)
                    {
                        codes[i] = RowSink.PredictionFromScore(_prediction[i], threshold);
                    }
                }

                if (_plan.Weight is not null)
                {
                    await ReadDoublesAsync(rg, _plan.Weight, _weight, n, ct);
                }
            }
            finally
            {
                if (groupsDecoded is not null)
                {
                    // Never leave the second thread running on this worker's buffers and handles, even when reading failed.
                    await Task.WhenAny(groupsDecoded);
                }
            }

            var decoded = groupsDecoded is null ? DecodeGroupColumns(rg, n, _decoder, _file) : await groupsDecoded;
            for (var a = 0; a < _plan.Sensitive.Length; a++)
            {
                if (decoded[a])
                {
                    continue;
                }

                var field = _plan.Sensitive[a];
                if (ParquetColumns.IsText(field))
                {
                    // Text as ReadOnlyMemory<char>: looked up by span, so no string is created per value.
                    EnsureText(ref _sensitiveText[a], n);
                    await rg.ReadAsync<ReadOnlyMemory<char>>(field, _sensitiveText[a].AsMemory(0, n), null, ct);
                }
                else
                {
                    // The fast decoder already declined this chunk: straight to the generic reader.
                    await ParquetColumns.ReadDoublesAsync(rg, field, _sensitiveNumber[a], n, ct);
                }
            }

            Accumulate(labels.AsSpan(n), predictions.AsSpan(n));
        }

        /// <summary>
        /// The group columns through the fast decoder: text as value ids (mapped to group codes once per distinct value,
        /// lazily, in Accumulate), numbers as doubles. Returns, per attribute, whether it was decoded.
        /// </summary>
        private bool[] DecodeGroupColumns(Parquet.ParquetRowGroupReader rg, int n, ParquetChunkDecoder decoder, SafeFileHandle file)
        {
            var decoded = new bool[_plan.Sensitive.Length];
            for (var a = 0; a < _plan.Sensitive.Length; a++)
            {
                var field = _plan.Sensitive[a];
                var chunk = rg.GetMetadata(field);
                decoded[a] = ParquetColumns.IsText(field)
                    ? _sensitiveFast[a] = decoder.TryReadTextIds(file, chunk, field, _sensitiveIds[a].Table, _sensitiveId[a].AsSpan(n))
                    : decoder.TryReadDoubles(file, chunk, field, _sensitiveNumber[a].AsSpan(0, n));
            }

            return decoded;
        }

        private async Task ReadDoublesAsync(Parquet.ParquetRowGroupReader rg, DataField field, double[] dest, int n, CancellationToken ct)
        {
            if (!_decoder.TryReadDoubles(_file, rg.GetMetadata(field), field, dest.AsSpan(0, n)))
            {
                await ParquetColumns.ReadDoublesAsync(rg, field, dest, n, ct);
            }
        }
    }

    /// <summary>Ids of one text column's distinct values and, per id, the code it was mapped to (lazily).</summary>
    private sealed class TextIds(int maxGroups)
    {
        public const int Unmapped = int.MinValue;

        // NA spellings and label variants ("1", "1.0") come on top of the groups; beyond this the generic reader takes over.
        public Utf8ValueTable Table { get; } = new(maxGroups + 64);

        public int[] Mapped { get; } = Enumerable.Repeat(Unmapped, maxGroups + 64).ToArray();
    }
}
