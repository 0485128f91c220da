using System.Globalization;
using Aims.Evidence.Fairness;
using nietras.SeparatedValues;

namespace Aims.Evidence.Input;

/// <summary>
/// Streams a CSV prediction log into a <see cref="FairnessAccumulator"/>: one pass, no per-row allocation (values are
/// compared and looked up as spans of Sep's buffer).
/// </summary>
internal static class CsvFairnessReader
{
    public static FairnessAccumulator Read(string path, FairnessColumnMap map, ReadStats stats, List<string> warnings, Action<long>? progress, CancellationToken ct)
    {
        using var reader = Sep.New(map.Delimiter).Reader(o => o with
        {
            HasHeader = true,
            Unescape = true,
            DisableColCountCheck = true,
            CultureInfo = CultureInfo.InvariantCulture,
        }).FromFile(path);

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

        var colCount = names.Count;
        var label = new BinaryColumn(map.Label, map.Positive);
        var prediction = new BinaryColumn(map.Prediction ?? map.Score ?? "prediction", map.Positive);
        var acc = new FairnessAccumulator(map.Sensitive, map.MaxGroups);
        var exclude = map.MissingPolicy == MissingValuePolicy.Exclude;
        var threshold = map.ScoreThreshold ?? 0.5;

        try
        {
            foreach (var row in reader)
            {
                stats.Read++;
                if ((stats.Read & 0xFFFFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke(stats.Read);
                }

                if (row.ColCount != colCount)
                {
                    if (!map.SkipBadRows)
                    {
                        throw new EvidenceInputException(string.Create(CultureInfo.InvariantCulture,
                            $"Malformed CSV row at line {row.LineNumberFrom}: expected {colCount} fields, found {row.ColCount}. Use --skip-bad-rows to skip and count such rows."));
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
                    int code;
                    if (NaValues.IsMissing(span))
                    {
                        if (exclude)
                        {
                            skip = true;
                            break;
                        }

                        code = acc.Codebook(a).GetMissingCode();
                    }
                    else
                    {
                        code = acc.Codebook(a).GetCode(span);
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
        catch (Exception ex) when (ex is not EvidenceInputException and not OperationCanceledException)
        {
            throw new EvidenceInputException(string.Create(CultureInfo.InvariantCulture, $"Could not read '{path}' as CSV after {stats.Read} rows: {ex.Message}"), ex);
        }

        if (stats.Read == 0)
        {
            throw new EvidenceInputException($"'{path}' has a header but no data rows.");
        }

        if (predCol >= 0)
        {
            ColumnErrors.CheckPositive(prediction, map.Positive, warnings);
        }

        ColumnErrors.CheckPositive(label, map.Positive, warnings);
        return acc;
    }

    private static double ParseDouble(ReadOnlySpan<char> span) =>
        NumberText.TryParse(span, out var d) ? d : double.NaN;
}
