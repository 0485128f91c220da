using System.Globalization;
using System.Runtime.CompilerServices;
using Aims.Evidence.Fairness;
using Microsoft.Win32.SafeHandles;
using Parquet.Schema;

namespace Aims.Evidence.Input;

internal static partial class ParquetFairnessReader
{
    /// <summary>Accumulating one row group's decoded columns into the confusion counts, and their normalisation to codes.</summary>
    private sealed partial class Worker
    {
        private void Accumulate(ReadOnlySpan<int> labels, ReadOnlySpan<int> predictions)
        {
            var n = labels.Length;
            Stats.Read += n;
            if (_plan.Weight is not null || !TryAccumulateUnweighted(labels, predictions, n))
            {
                AccumulateRows(labels, predictions, 0, n);
            }
        }

        /// <summary>The general path, one row at a time: any weights, numeric or generically read groups.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AccumulateRows(ReadOnlySpan<int> labels, ReadOnlySpan<int> predictions, int from, int to)
        {
            var hasWeight = _plan.Weight is not null;
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
            var attributes = _plan.Sensitive.Length;
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
            for (var a = 0; a < _plan.Sensitive.Length; a++)
            {
                var code = Code(a, row);
                if (code < 0)
                {
                    if (_map.MissingPolicy == MissingValuePolicy.Exclude)
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

            if (ParquetColumns.IsText(_plan.Sensitive[attribute]))
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
                var text = _plan.Sensitive[attribute].ClrType == typeof(bool) ? (v != 0 ? "True" : "False") : v.ToString("R", CultureInfo.InvariantCulture);
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
            for (var a = 0; a < _plan.Sensitive.Length; a++)
            {
                if (ParquetColumns.IsText(_plan.Sensitive[a]))
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
            var labelText = ParquetColumns.IsText(_plan.Label);
            var predictionText = _plan.Prediction is not null && ParquetColumns.IsText(_plan.Prediction);
            _label = [];
            _prediction = [];
            _weight = If<double>(_plan.Weight is not null, n);
            _ids = If<int>(labelText || predictionText, n);
            _labelText = [];
            _predictionText = [];
            _sensitiveText = _plan.Sensitive.Select(_ => Array.Empty<ReadOnlyMemory<char>?>()).ToArray();
            _sensitiveNumber = _plan.Sensitive.Select(f => If<double>(!ParquetColumns.IsText(f), n)).ToArray();
        }
    }
}
