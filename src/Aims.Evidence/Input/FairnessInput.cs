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
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var hash = FileHasher.StartAsync(path, cts.Token);
        var stats = new ReadStats();
        var warnings = new List<string>();
        try
        {
            var acc = format == InputFormat.Parquet
                ? await ParquetFairnessReader.ReadAsync(path, map, stats, warnings, progress, ct)
                : await Task.Run(() => CsvFairnessReader.Read(path, map, stats, warnings, progress, ct), ct);
            return new FairnessReadResult(acc.ToCounts(), stats, format, await hash, size, warnings);
        }
        catch
        {
            await cts.CancelAsync();
            try
            {
                await hash;
            }
            catch (OperationCanceledException)
            {
                // The hash is irrelevant once reading failed.
            }

            throw;
        }
    }
}
