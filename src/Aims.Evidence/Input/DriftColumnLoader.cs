using System.Globalization;
using System.Runtime.CompilerServices;
using Aims.Evidence.Drift;
using Microsoft.Win32.SafeHandles;
using Parquet.Schema;
using nietras.SeparatedValues;

namespace Aims.Evidence.Input;

/// <summary>
/// Loads named columns of a CSV or Parquet file as <see cref="DriftColumnData"/>. Parquet columns keep their schema type;
/// CSV columns are inferred like pandas.read_csv would: all values integers (and none missing) → Integer, all numbers
/// (NaN/inf/missing allowed) → Float, all true/false → Boolean, otherwise String.
/// </summary>
internal static class DriftColumnLoader
{
    public static async Task<IReadOnlyList<string>> ColumnNamesAsync(string path, char delimiter, CancellationToken ct)
    {
        var format = InputFormat.Detect(path);
        if (format == InputFormat.Parquet)
        {
            await using var reader = await ParquetColumns.OpenAsync(File.OpenRead(path), path, ct);
            return reader.Schema.GetDataFields().Select(f => f.Name).ToArray();
        }

        using var csv = OpenCsv(path, delimiter);
        if (csv.Header.IsEmpty)
        {
            throw new EvidenceInputException($"'{path}' is empty: no header row.");
        }

        return csv.Header.ColNames.ToArray();
    }

    public static async Task<DriftInput> LoadAsync(string path, IReadOnlyList<string> columns, char delimiter, bool skipBadRows, Action<long>? progress, CancellationToken ct)
    {
        var format = InputFormat.Detect(path);
        var size = new FileInfo(path).Length;
        var ((data, rows), sha256) = await FileHasher.WhileReadingAsync(path, () => format == InputFormat.Parquet
            ? LoadParquetAsync(path, columns, ct)
            : Task.Run(() => LoadCsv(path, columns, delimiter, skipBadRows, progress, ct), ct), ct);
        return new DriftInput(data, format, rows, size, sha256);
    }

    private static SepReader OpenCsv(string path, char delimiter) =>
        Sep.New(delimiter).Reader(o => o with
        {
            HasHeader = true,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).FromFile(path);

    private static async Task<(IReadOnlyList<DriftColumnData>, long)> LoadParquetAsync(string path, IReadOnlyList<string> columns, CancellationToken ct)
    {
        DataField[] fields;
        long[] groupRows;
        await using (var probe = await ParquetColumns.OpenAsync(File.OpenRead(path), path, ct))
        {
            fields = probe.Schema.GetDataFields();
            groupRows = new long[probe.RowGroupCount];
            for (var g = 0; g < groupRows.Length; g++)
            {
                using var rg = probe.OpenRowGroupReader(g);
                groupRows[g] = rg.RowCount;
            }
        }

        var selected = columns.Select(c => fields.FirstOrDefault(f => f.Name == c)
            ?? throw ColumnErrors.Missing("drift column", c, fields.Select(f => f.Name), path)).ToArray();
        var total = checked((int)groupRows.Sum());
        if (total == 0)
        {
            throw new EvidenceInputException($"'{path}' has no data rows.");
        }

        var result = new DriftColumnData[selected.Length];

        // Columns are independent: spread them over the cores, each worker with its own reader.
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(Environment.ProcessorCount, selected.Length)).Select(_ => Task.Run(
            async () =>
            {
                await using var reader = await ParquetColumns.OpenAsync(
                    new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess), path, ct);
                using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
                using var decoder = new ParquetChunkDecoder();
                int c;
                while ((c = Interlocked.Increment(ref next)) < selected.Length)
                {
                    result[c] = await ReadParquetColumnAsync(reader, decoder, file, selected[c], groupRows, total, ct);
                }
            },
            ct)).ToArray();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (Exception ex) when (ex is not EvidenceInputException and not OperationCanceledException)
        {
            throw new EvidenceInputException($"Could not read '{path}' as Parquet (truncated or corrupt?): {ex.Message}", ex);
        }

        return (result, total);
    }

    private static async Task<DriftColumnData> ReadParquetColumnAsync(
        Parquet.ParquetReader reader, ParquetChunkDecoder decoder, SafeFileHandle file, DataField field, long[] groupRows, int total, CancellationToken ct)
    {
        var type = field.ClrType;
        var valueType =
            ParquetColumns.IsText(field) ? SourceValueType.String
            : type == typeof(bool) ? SourceValueType.Boolean
            : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? SourceValueType.Float
            : type.IsPrimitive ? SourceValueType.Integer
            : throw new EvidenceInputException($"Column '{field.Name}' has Parquet type {type.Name}, which drift analysis does not support.");
        var offset = 0;
        if (valueType == SourceValueType.String)
        {
            var texts = new string?[total];
            for (var g = 0; g < groupRows.Length; g++)
            {
                using var rg = reader.OpenRowGroupReader(g);
                await rg.ReadAsync(field, texts.AsMemory(offset, (int)groupRows[g]), null, ct);
                offset += (int)groupRows[g];
            }

            return new DriftColumnData { Name = field.Name, ValueType = valueType, Texts = texts };
        }

        var numbers = new double[total];
        for (var g = 0; g < groupRows.Length; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            var n = (int)groupRows[g];
            if (decoder.TryReadDoubles(file, rg.GetMetadata(field), field, numbers.AsSpan(offset, n)))
            {
                // Fast path: the column chunk decoded straight into place (see ParquetChunkDecoder).
            }
            else if (type == typeof(double) && !field.IsNullable)
            {
                await rg.ReadAsync(field, numbers.AsMemory(offset, n), null, ct);
            }
            else
            {
                var buffer = new double[n];
                await ParquetColumns.ReadDoublesAsync(rg, field, buffer, n, ct);
                buffer.CopyTo(numbers, offset);
            }

            offset += n;
        }

        return new DriftColumnData { Name = field.Name, ValueType = valueType, Numbers = numbers };
    }

    private static (IReadOnlyList<DriftColumnData>, long) LoadCsv(string path, IReadOnlyList<string> columns, char delimiter, bool skipBadRows, Action<long>? progress, CancellationToken ct)
    {
        var states = ReadCsvPass(path, columns, delimiter, skipBadRows, textColumns: null, progress, ct, out var rows);
        var needText = states.Where(s => s.Type == SourceValueType.String).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        if (needText.Count > 0)
        {
            // Text columns are rare in drift inputs; re-reading them keeps the numeric pass lean and allocation-free.
            var textStates = ReadCsvPass(path, columns, delimiter, skipBadRows, needText, progress: null, ct, out _);
            for (var i = 0; i < states.Length; i++)
            {
                if (needText.Contains(states[i].Name))
                {
                    states[i] = textStates[i];
                }
            }
        }

        return (states.Select(s => s.ToData()).ToArray(), rows);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CsvColumnState[] ReadCsvPass(
        string path,
        IReadOnlyList<string> columns,
        char delimiter,
        bool skipBadRows,
        HashSet<string>? textColumns,
        Action<long>? progress,
        CancellationToken ct,
        out long rows)
    {
        using var reader = OpenCsv(path, delimiter);
        if (reader.Header.IsEmpty)
        {
            throw new EvidenceInputException($"'{path}' is empty: no header row.");
        }

        var names = reader.Header.ColNames;
        var states = columns.Select(c => new CsvColumnState(
            c,
            reader.Header.TryIndexOf(c, out var i) ? i : throw ColumnErrors.Missing("drift column", c, names, path),
            textColumns?.Contains(c) == true)).ToArray();
        var active = textColumns is null ? states : states.Where(s => s.TextMode).ToArray();
        var colCount = names.Count;
        rows = 0;
        try
        {
            foreach (var row in reader)
            {
                if (row.ColCount != colCount)
                {
                    if (!skipBadRows)
                    {
                        throw new EvidenceInputException(string.Create(CultureInfo.InvariantCulture,
                            $"Malformed CSV row at line {row.LineNumberFrom} of '{path}': expected {colCount} fields, found {row.ColCount}. Use --skip-bad-rows to skip such rows."));
                    }

                    continue;
                }

                rows++;
                if ((rows & 0xFFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke(rows);
                }

                foreach (var s in active)
                {
                    s.Add(row[s.Index].Span);
                }
            }
        }
        catch (Exception ex) when (ex is not EvidenceInputException and not OperationCanceledException)
        {
            throw new EvidenceInputException(string.Create(CultureInfo.InvariantCulture, $"Could not read '{path}' as CSV after {rows} rows: {ex.Message}"), ex);
        }

        if (rows == 0)
        {
            throw new EvidenceInputException($"'{path}' has a header but no data rows.");
        }

        return states;
    }
}
