namespace Aims.Evidence.Input;

/// <summary>Detects the file format from its first bytes, falling back to the extension.</summary>
internal static class InputFormat
{
    public const string Csv = "csv";
    public const string Parquet = "parquet";

    public static string Detect(string path)
    {
        if (!File.Exists(path))
        {
            throw new EvidenceInputException($"Input file not found: {path}");
        }

        Span<byte> magic = stackalloc byte[4];
        using (var fs = File.OpenRead(path))
        {
            if (fs.Length == 0)
            {
                throw new EvidenceInputException($"Input file is empty: {path}");
            }

            if (fs.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("PAR1"u8))
            {
                return Parquet;
            }
        }

        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pq", StringComparison.OrdinalIgnoreCase))
        {
            throw new EvidenceInputException($"'{path}' is not a Parquet file (it does not start with the PAR1 magic bytes).");
        }

        return Csv;
    }
}
