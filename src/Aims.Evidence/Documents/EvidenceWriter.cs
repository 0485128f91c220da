using System.Text.Json;

namespace Aims.Evidence.Documents;

/// <summary>Serialises documents and writes them atomically, so a failed run never leaves a partial result file.</summary>
public static class EvidenceWriter
{
    /// <summary>The document as indented JSON.</summary>
    public static string ToJson(EvidenceDocument document) => JsonSerializer.Serialize(document, EvidenceJsonContext.Default.EvidenceDocument);

    /// <summary>Parses a document written by this engine.</summary>
    public static EvidenceDocument? FromJson(string json) => JsonSerializer.Deserialize(json, EvidenceJsonContext.Default.EvidenceDocument);

    /// <summary>Writes to a temporary file next to <paramref name="path"/>, flushes it to disk, then renames it over the target.</summary>
    public static async Task WriteAtomicAsync(EvidenceDocument document, string path, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            await using (var fs = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await JsonSerializer.SerializeAsync(fs, document, EvidenceJsonContext.Default.EvidenceDocument, ct);
                await fs.FlushAsync(ct);
                fs.Flush(flushToDisk: true);
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
}
