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
internal static class ParquetFairnessReader
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

    private sealed class Worker(FairnessColumnMap map, Plan plan, bool splitColumns) : IDisposable
    {
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
            _decoder.Reserve(new[] { plan.Label, plan.Prediction ?? plan.Score, plan.Weight }.Select(f => f is null ? null : rg.GetMetadata(f)));
            (_groupDecoder ?? _decoder).Reserve(plan.Sensitive.Select(rg.GetMetadata));
            var groupsDecoded = _groupDecoder is null ? null : Task.Run(() => DecodeGroupColumns(rg, n, _groupDecoder, _groupFile!), ct);
            try
            {
                await NormalizeAsync(rg, plan.Label, Label, _labelIds, isLabel: true, labels, n, ct);
                if (plan.Prediction is not null)
                {
                    await NormalizeAsync(rg, plan.Prediction, Prediction, _predictionIds, isLabel: false, predictions, n, ct);
                }
                else
                {
                    EnsureDoubles(ref _prediction, n);
                    await ReadDoublesAsync(rg, plan.Score!, _prediction, n, ct);
                    var threshold = map.ScoreThreshold ?? 0.5;
                    var codes = predictions.AsSpan(n);
                    for (var i = 0; i < n; i++)
                    {
                        codes[i] = RowSink.PredictionFromScore(_prediction[i], threshold);
                    }
                }

                if (plan.Weight is not null)
                {
                    await ReadDoublesAsync(rg, plan.Weight, _weight, n, ct);
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
            for (var a = 0; a < plan.Sensitive.Length; a++)
            {
                if (decoded[a])
                {
                    continue;
                }

                var field = plan.Sensitive[a];
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
            var decoded = new bool[plan.Sensitive.Length];
            for (var a = 0; a < plan.Sensitive.Length; a++)
            {
                var field = plan.Sensitive[a];
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

        private void Accumulate(ReadOnlySpan<int> labels, ReadOnlySpan<int> predictions)
        {
            var n = labels.Length;
            Stats.Read += n;
            if (plan.Weight is not null || !TryAccumulateUnweighted(labels, predictions, n))
            {
                AccumulateRows(labels, predictions, 0, n);
            }
        }

        /// <summary>The general path, one row at a time: any weights, numeric or generically read groups.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AccumulateRows(ReadOnlySpan<int> labels, ReadOnlySpan<int> predictions, int from, int to)
        {
            var hasWeight = plan.Weight is not null;
            for (var i = from; i < to; i++)
            {
                var w = hasWeight ? _weight[i] : 1.0;
                if (!RowSink.Accept(labels[i], predictions[i], w, Stats))
                {
                    continue;
                }

                var cell = ResolveCell(i);
                if (cell < 0)
                {
                    Stats.Drop(RowSink.MissingSensitive);
                    continue;
                }

                Accumulator.Add(cell, ConfusionCell.Of(labels[i], predictions[i]), w);
                Stats.Used++;
            }
        }

        /// <summary>
        /// The common case (no weights, every group column read as value ids) in one tight pass: the ids of a row form a
        /// key into a small table of cells, and rows are counted per key and confusion cell in plain ints, then added to
        /// the accumulator once per key. A key's cell is resolved at its first row through <see cref="ResolveCell"/>,
        /// exactly as the general path would, so codes and cells appear in the same order. With unit weights the
        /// weight sums are the counts, so the result is identical. Returns false (having done nothing) when the
        /// key space is too large for a table.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool TryAccumulateUnweighted(ReadOnlySpan<int> labels, ReadOnlySpan<int> predictions, int n)
        {
            var attributes = plan.Sensitive.Length;
            long keys = 1;
            for (var a = 0; a < attributes; a++)
            {
                if (!_sensitiveFast[a])
                {
                    return false;
                }

                keys *= _sensitiveIds[a].Table.Count + 1; // id -1 (missing) becomes 0
            }

            if (keys > 1 << 16)
            {
                return false;
            }

            var keyCount = (int)keys;
            if (_keyCells.Length < keyCount)
            {
                _keyCells = new int[keyCount];
                _keyCounts = new int[keyCount * ConfusionCell.Count];
            }

            var cells = _keyCells.AsSpan(0, keyCount);
            var counts = _keyCounts.AsSpan(0, keyCount * ConfusionCell.Count);
            cells.Fill(TextIds.Unmapped);
            counts.Clear();
            var first = _sensitiveId[0].AsSpan(n);
            var second = attributes > 1 ? _sensitiveId[1].AsSpan(n) : first;
            var secondStride = attributes > 1 ? _sensitiveIds[1].Table.Count + 1 : 1;
            long missing = 0;
            for (var i = 0; i < n; i++)
            {
                var label = labels[i];
                var prediction = predictions[i];
                if (((label | prediction) & ~1) != 0)
                {
                    AccumulateRows(labels, predictions, i, i + 1); // missing or non-finite: dropped and counted there
                    continue;
                }

                int key;
                if (attributes == 1)
                {
                    key = first[i] + 1;
                }
                else if (attributes == 2)
                {
                    key = ((first[i] + 1) * secondStride) + second[i] + 1;
                }
                else
                {
                    key = 0;
                    for (var a = 0; a < attributes; a++)
                    {
                        key = (key * (_sensitiveIds[a].Table.Count + 1)) + _sensitiveId[a][i] + 1;
                    }
                }

                ref var cell = ref cells[key];
                if (cell == TextIds.Unmapped)
                {
                    cell = ResolveCell(i);
                }

                if (cell < 0)
                {
                    missing++;
                    continue;
                }

                counts[(key << 2) | (label << 1) | prediction]++;
            }

            if (missing > 0)
            {
                Stats.Drop(RowSink.MissingSensitive, missing);
            }

            for (var key = 0; key < keyCount; key++)
            {
                if (cells[key] < 0)
                {
                    continue;
                }

                for (var c = 0; c < ConfusionCell.Count; c++)
                {
                    var count = counts[(key << 2) | c];
                    if (count > 0)
                    {
                        Accumulator.AddRows(cells[key], c, count);
                        Stats.Used += count;
                    }
                }
            }

            return true;
        }

        /// <summary>The intersection cell of a row's groups, or -1 when a group is missing and the policy drops the row.</summary>
        private int ResolveCell(int row)
        {
            var cell = -1;
            for (var a = 0; a < plan.Sensitive.Length; a++)
            {
                var code = Code(a, row);
                if (code < 0)
                {
                    if (map.MissingPolicy == MissingValuePolicy.Exclude)
                    {
                        return -1;
                    }

                    code = Accumulator.Codebook(a).GetMissingCode();
                }

                cell = Accumulator.Chain(cell, a, code);
            }

            return cell;
        }

        private int Code(int attribute, int row)
        {
            if (_sensitiveFast[attribute])
            {
                var id = _sensitiveId[attribute][row];
                if (id < 0)
                {
                    return -1;
                }

                var ids = _sensitiveIds[attribute];
                var mapped = ids.Mapped[id];
                if (mapped == TextIds.Unmapped)
                {
                    var value = ids.Table[id];
                    mapped = NaValues.IsMissing(value) ? -1 : Accumulator.Codebook(attribute).GetCode(value);
                    ids.Mapped[id] = mapped;
                }

                return mapped;
            }

            if (ParquetColumns.IsText(plan.Sensitive[attribute]))
            {
                var s = _sensitiveText[attribute][row];
                return s is not { } text || NaValues.IsMissing(text.Span) ? -1 : Accumulator.Codebook(attribute).GetCode(text.Span);
            }

            var v = _sensitiveNumber[attribute][row];
            if (double.IsNaN(v))
            {
                return -1;
            }

            if (!_numberCodes[attribute].TryGetValue(v, out var code))
            {
                var text = plan.Sensitive[attribute].ClrType == typeof(bool) ? (v != 0 ? "True" : "False") : v.ToString("R", CultureInfo.InvariantCulture);
                code = Accumulator.Codebook(attribute).GetCode(text);
                _numberCodes[attribute][v] = code;
            }

            return code;
        }

        private async Task NormalizeAsync(
            Parquet.ParquetRowGroupReader rg, DataField field, BinaryColumn column, TextIds textIds, bool isLabel, RowBuffer<int> result, int n, CancellationToken ct)
        {
            if (ParquetColumns.IsText(field))
            {
                if (_decoder.TryReadTextIds(_file, rg.GetMetadata(field), field, textIds.Table, _ids.AsSpan(0, n)))
                {
                    // Normalised once per distinct value, in row order, exactly as the per-row path would first see it.
                    var mapped = textIds.Mapped;
                    var codes = result.AsSpan(n);
                    for (var i = 0; i < n; i++)
                    {
                        var id = _ids[i];
                        if (id < 0)
                        {
                            codes[i] = BinaryColumn.Missing;
                            continue;
                        }

                        if (mapped[id] == TextIds.Unmapped)
                        {
                            mapped[id] = column.Normalize(textIds.Table[id]);
                        }

                        codes[i] = mapped[id];
                    }

                    return;
                }

                // Kept in the field, so a file that needs this path every row group allocates it once.
                var texts = isLabel ? EnsureText(ref _labelText, n) : EnsureText(ref _predictionText, n);
                await rg.ReadAsync<ReadOnlyMemory<char>>(field, texts.AsMemory(0, n), null, ct);
                var textCodes = result.AsSpan(n);
                for (var i = 0; i < n; i++)
                {
                    textCodes[i] = texts[i] is { } s ? column.Normalize(s.Span) : BinaryColumn.Missing;
                }
            }
            else if (_decoder.TryReadBinaryCodes(_file, rg.GetMetadata(field), field, column, result.AsSpan(n)))
            {
                return;
            }
            else
            {
                if (isLabel)
                {
                    EnsureDoubles(ref _label, n);
                }
                else
                {
                    EnsureDoubles(ref _prediction, n);
                }

                var numbers = isLabel ? _label : _prediction;
                await ReadDoublesAsync(rg, field, numbers, n, ct);
                var numberCodes = result.AsSpan(n);
                for (var i = 0; i < n; i++)
                {
                    numberCodes[i] = column.Normalize(numbers[i]);
                }
            }
        }

        private static void EnsureDoubles(ref double[] numbers, int n)
        {
            // Only allocated when a chunk is not whole numbers (or has nulls): fewer fresh pages to fault in.
            if (numbers.Length < n)
            {
                numbers = new double[n];
            }
        }

        private static ReadOnlyMemory<char>?[] EnsureText(ref ReadOnlyMemory<char>?[] texts, int n)
        {
            // Only allocated when a chunk needs the generic reader.
            if (texts.Length < n)
            {
                texts = new ReadOnlyMemory<char>?[n];
            }

            return texts;
        }

        private void Ensure(int n)
        {
            _labelCodes.EnsureCapacity(n);
            _predictionCodes.EnsureCapacity(n);
            for (var a = 0; a < plan.Sensitive.Length; a++)
            {
                if (ParquetColumns.IsText(plan.Sensitive[a]))
                {
                    _sensitiveId[a].EnsureCapacity(n);
                }
            }

            if (n <= _rowsEnsured)
            {
                return;
            }

            // Only the buffers the column types need: row groups can hold millions of rows.
            _rowsEnsured = n;
            static T[] If<T>(bool needed, int size) => needed ? new T[size] : [];
            var labelText = ParquetColumns.IsText(plan.Label);
            var predictionText = plan.Prediction is not null && ParquetColumns.IsText(plan.Prediction);
            _label = [];
            _prediction = [];
            _weight = If<double>(plan.Weight is not null, n);
            _ids = If<int>(labelText || predictionText, n);
            _labelText = [];
            _predictionText = [];
            _sensitiveText = plan.Sensitive.Select(_ => Array.Empty<ReadOnlyMemory<char>?>()).ToArray();
            _sensitiveNumber = plan.Sensitive.Select(f => If<double>(!ParquetColumns.IsText(f), n)).ToArray();
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
