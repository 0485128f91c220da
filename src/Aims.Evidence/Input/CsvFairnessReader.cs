using System.Globalization;
using System.Runtime.CompilerServices;
using Aims.Evidence.Fairness;
using nietras.SeparatedValues;

namespace Aims.Evidence.Input;

/// <summary>
/// Streams a CSV prediction log into a <see cref="FairnessAccumulator"/>: one pass, no per-row allocation (values are
/// compared and looked up as spans of Sep's buffer).
/// </summary>
internal static class CsvFairnessReader
{
    public static FairnessAccumulator Read(string path, FairnessColumnMap map, ReadStats stats, List<string> warnings, Action<long>? progress, CancellationToken ct, int parallelParts = 0, long parallelThreshold = ParallelThreshold)
    {
        // Large files without quotes before the split points are cut at line boundaries and parsed on all cores; each
        // part has its own accumulator, merged in file order, so codes, cells and counts match the sequential pass.
        var splits = ParallelSplits(path, map.Delimiter, parallelThreshold, parallelParts);
        using var firstRange = splits.Count == 0 ? null : new FileRangeStream(path, 0, splits[0].Offset);
        using var reader = Open(map.Delimiter, hasHeader: true, firstRange, path);

        var header = reader.Header;
        if (header.IsEmpty)
        {
            throw new EvidenceInputException($"'{path}' is empty: no header row.");
        }

        var names = header.ColNames;
        int Index(string role, string column) => header.TryIndexOf(column, out var i) ? i : throw ColumnErrors.Missing(role, column, names, path);

        var labelCol = Index("label", map.Label);
        var predCol = map.Prediction is null ? -1 : Index("prediction", map.Prediction);
        var scoreCol = map.Score is null ? -1 : Index("score", map.Score);
        var weightCol = map.Weight is null ? -1 : Index("weight", map.Weight);
        var sensitiveCols = map.Sensitive.Select(s => Index("sensitive attribute", s)).ToArray();
        if (map.Timestamp is not null)
        {
            Index("timestamp", map.Timestamp);
        }

        foreach (var f in map.Features)
        {
            Index("feature", f);
        }

        var layout = new Layout(path, names.Count, labelCol, predCol, scoreCol, weightCol, sensitiveCols);
        var parts = new Part[splits.Count + 1];
        long progressRows = 0;
        Action<long>? partProgress = progress is null ? null : rows => progress(Interlocked.Add(ref progressRows, rows));
        try
        {
            parts[0] = new Part(map);
            if (splits.Count == 0)
            {
                ReadPart(reader, parts[0], 0, map, layout, partProgress, ct);
            }
            else
            {
                // Dedicated threads: the thread pool (min. one thread per core) is also running the file hash.
                var tasks = new Task[parts.Length - 1];
                for (var k = 1; k < parts.Length; k++)
                {
                    var part = parts[k] = new Part(map);
                    var (from, lineOffset) = splits[k - 1];
                    var to = k < splits.Count ? splits[k].Offset : long.MaxValue;
                    tasks[k - 1] = Task.Factory.StartNew(
                        () =>
                        {
                            using var range = new FileRangeStream(path, from, to);
                            using var partReader = Open(map.Delimiter, hasHeader: false, range, path);
                            ReadPart(partReader, part, lineOffset, map, layout, partProgress, ct);
                        },
                        ct,
                        TaskCreationOptions.LongRunning,
                        TaskScheduler.Default);
                }

                EvidenceInputException? first = null;
                try
                {
                    ReadPart(reader, parts[0], 0, map, layout, partProgress, ct);
                }
                catch (EvidenceInputException ex)
                {
                    first = ex;
                }

                try
                {
                    Task.WaitAll(tasks, CancellationToken.None);
                }
                catch (AggregateException) when (first is not null)
                {
                    // The first part's error comes first in the file.
                }

                if (first is not null)
                {
                    throw first;
                }
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is EvidenceInputException or OperationCanceledException))
        {
            // Report the earliest failing part: that is the error a sequential pass would have met first.
            throw ex.InnerExceptions.OfType<EvidenceInputException>().FirstOrDefault() ?? ex.InnerExceptions[0];
        }

        var acc = parts[0].Accumulator;
        stats.MergeFrom(parts[0].Stats);
        for (var k = 1; k < parts.Length; k++)
        {
            acc.MergeFrom(parts[k].Accumulator);
            stats.MergeFrom(parts[k].Stats);
        }

        if (stats.Read == 0)
        {
            throw new EvidenceInputException($"'{path}' has a header but no data rows.");
        }

        // Binary checks need every part's view of the distinct values.
        var label = parts[0].Label;
        var prediction = parts[0].Prediction;
        for (var k = 1; k < parts.Length; k++)
        {
            foreach (var v in parts[k].Label.Distinct)
            {
                label.Normalize(v.AsSpan());
            }

            foreach (var v in parts[k].Prediction.Distinct)
            {
                prediction.Normalize(v.AsSpan());
            }
        }

        if (predCol >= 0)
        {
            ColumnErrors.CheckPositive(prediction, map.Positive, warnings);
        }

        ColumnErrors.CheckPositive(label, map.Positive, warnings);
        return acc;
    }

    private sealed record Layout(string Path, int ColCount, int Label, int Prediction, int Score, int Weight, int[] Sensitive);

    private sealed class Part(FairnessColumnMap map)
    {
        public FairnessAccumulator Accumulator { get; } = new(map.Sensitive, map.MaxGroups);

        public ReadStats Stats { get; } = new();

        public BinaryColumn Label { get; } = new(map.Label, map.Positive);

        public BinaryColumn Prediction { get; } = new(map.Prediction ?? map.Score ?? "prediction", map.Positive);
    }

    /// <summary>Below this size one core parses faster than the set-up of several.</summary>
    internal const long ParallelThreshold = 4L << 20;

    /// <summary>
    /// Split points (byte offset just after a '\n', number of lines before it) for parsing on all cores, or none when the
    /// file is small, there is one core, or a quote appears before the last split point (a quoted field could hold a
    /// newline, so a byte offset would not be a row boundary).
    /// </summary>
    internal static List<(long Offset, long LineOffset)> ParallelSplits(string path, char delimiter, long threshold = ParallelThreshold, int parts = 0)
    {
        var result = new List<(long, long)>();
        var length = new FileInfo(path).Length;
        parts = parts > 0 ? parts : Math.Min(Environment.ProcessorCount, 8);
        if (parts < 2 || length < threshold || delimiter == '"')
        {
            return result;
        }

        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long offset = 0;
        long lines = 0;
        for (var k = 1; k < parts; k++)
        {
            var target = length * k / parts;

            // Scan [offset, target) for quotes and count its newlines, then find the next newline at or after target.
            var found = false;
            while (!found)
            {
                var n = RandomAccess.Read(file, buffer, offset);
                if (n <= 0)
                {
                    return result;
                }

                var span = buffer.AsSpan(0, n);
                var scanTo = (int)Math.Min(n, Math.Max(0, target - offset));
                var head = span[..scanTo];
                if (head.Contains((byte)'"'))
                {
                    result.Clear();
                    return result;
                }

                lines += head.Count((byte)'\n');
                if (scanTo < n)
                {
                    var rest = span[scanTo..];
                    var nl = rest.IndexOfAny((byte)'\n', (byte)'"');
                    if (nl >= 0 && rest[nl] == (byte)'"')
                    {
                        result.Clear();
                        return result;
                    }

                    if (nl >= 0)
                    {
                        lines += 1;
                        offset += scanTo + nl + 1;
                        found = true;
                        if (offset >= length)
                        {
                            return result;
                        }

                        result.Add((offset, lines));
                        continue;
                    }
                }

                offset += n;
            }
        }

        return result;
    }

    // Not precompiled (ReadyToRun code cannot inline Sep's row accessors across assemblies): jitted once, fully optimised.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadPart(SepReader reader, Part part, long lineOffset, FairnessColumnMap map, Layout layout, Action<long>? progress, CancellationToken ct)
    {
        var stats = part.Stats;
        var acc = part.Accumulator;
        var label = part.Label;
        var prediction = part.Prediction;
        var exclude = map.MissingPolicy == MissingValuePolicy.Exclude;
        var threshold = map.ScoreThreshold ?? 0.5;
        var colCount = layout.ColCount;
        var labelCol = layout.Label;
        var predCol = layout.Prediction;
        var scoreCol = layout.Score;
        var weightCol = layout.Weight;
        var sensitiveCols = layout.Sensitive;
        var seen = sensitiveCols.Select(_ => new GroupValueCache()).ToArray();
        try
        {
            foreach (var row in reader)
            {
                stats.Read++;
                if ((stats.Read & 0xFFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke(0x100000);
                }

                if (row.ColCount != colCount)
                {
                    if (!map.SkipBadRows)
                    {
                        throw new EvidenceInputException(string.Create(CultureInfo.InvariantCulture,
                            $"Malformed CSV row at line {lineOffset + row.LineNumberFrom}: expected {colCount} fields, found {row.ColCount}. Use --skip-bad-rows to skip and count such rows."));
                    }

                    stats.Drop(RowSink.MalformedRow);
                    continue;
                }

                var y = label.Normalize(row[labelCol].Span);
                var p = predCol >= 0 ? prediction.Normalize(row[predCol].Span) : RowSink.PredictionFromScore(ParseDouble(row[scoreCol].Span), threshold);
                var w = weightCol >= 0 ? ParseDouble(row[weightCol].Span) : 1.0;
                if (!RowSink.Accept(y, p, w, stats))
                {
                    continue;
                }

                var cell = -1;
                var skip = false;
                for (var a = 0; a < sensitiveCols.Length; a++)
                {
                    var span = row[sensitiveCols[a]].Span;
                    if (!seen[a].TryGet(span, out var code))
                    {
                        // First sight of this spelling in this part: classified and coded in row order, as always.
                        code = NaValues.IsMissing(span) ? GroupValueCache.Missing : acc.Codebook(a).GetCode(span);
                        seen[a].Add(span, code);
                    }

                    if (code == GroupValueCache.Missing)
                    {
                        if (exclude)
                        {
                            skip = true;
                            break;
                        }

                        code = acc.Codebook(a).GetMissingCode();
                    }

                    cell = acc.Chain(cell, a, code);
                }

                if (skip)
                {
                    stats.Drop(RowSink.MissingSensitive);
                    continue;
                }

                acc.Add(cell, ConfusionCell.Of(y, p), w);
                stats.Used++;
            }
        }
        catch (EvidenceInputException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new EvidenceInputException(string.Create(CultureInfo.InvariantCulture, $"Could not read '{layout.Path}' as CSV after {stats.Read} rows: {ex.Message}"), ex);
        }
    }

    private static SepReader Open(char delimiter, bool hasHeader, Stream? range, string path)
    {
        var options = Sep.New(delimiter).Reader(o => o with
        {
            HasHeader = hasHeader,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        });
        return range is null ? options.FromFile(path) : options.From(range);
    }

    private static double ParseDouble(ReadOnlySpan<char> span) =>
        NumberText.TryParse(span, out var d) ? d : double.NaN;

    /// <summary>
    /// The codes of a group column's first few spellings (missing ones included), so most rows skip both the NA check
    /// and the codebook's hash lookup: a group column has a handful of values. Past its capacity it simply misses.
    /// </summary>
    private sealed class GroupValueCache
    {
        public const int Missing = -1;
        private const int Capacity = 16;
        private readonly string[] _values = new string[Capacity];
        private readonly int[] _codes = new int[Capacity];
        private int _count;

        public bool TryGet(ReadOnlySpan<char> value, out int code)
        {
            for (var i = 0; i < _count; i++)
            {
                var known = _values[i];
                if (known.Length == value.Length && value.SequenceEqual(known))
                {
                    code = _codes[i];
                    return true;
                }
            }

            code = 0;
            return false;
        }

        public void Add(ReadOnlySpan<char> value, int code)
        {
            if (_count < Capacity)
            {
                _values[_count] = value.ToString();
                _codes[_count++] = code;
            }
        }
    }
}
