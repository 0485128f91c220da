namespace Aims.Evidence.Input;

/// <summary>Reads a prediction log (CSV or Parquet, detected from the bytes) into fairness counts, hashing it meanwhile.</summary>
internal static class FairnessInput
{
    public static async Task<FairnessReadResult> ReadAsync(string path, FairnessColumnMap map, Action<long>? progress, CancellationToken ct)
    {
        if (map.Sensitive.Count == 0)
        {
            throw new EvidenceInputException("At least one sensitive attribute is required (--sensitive).");
        }

        if (map.Prediction is null && (map.Score is null || map.ScoreThreshold is null))
        {
            throw new EvidenceInputException("Give --prediction, or --score together with --score-threshold.");
        }

        var format = InputFormat.Detect(path);
        var size = new FileInfo(path).Length;
        var stats = new ReadStats();
        var warnings = new List<string>();
        EvidenceTrace.Mark("read started");
        var (acc, sha256) = await FileHasher.BesideReadingAsync(path, () => format == InputFormat.Parquet
            ? ParquetFairnessReader.ReadAsync(path, map, stats, warnings, progress, ct)
            : Task.Run(() => CsvFairnessReader.Read(path, map, stats, warnings, progress, ct), ct), ct);
        EvidenceTrace.Mark("read done");
        return new FairnessReadResult(acc.ToCounts(), stats, format, sha256, size, warnings);
    }
}
