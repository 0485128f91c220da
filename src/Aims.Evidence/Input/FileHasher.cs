using System.Security.Cryptography;

namespace Aims.Evidence.Input;

/// <summary>SHA-256 of an input file, computed on a separate thread while the parser reads the same file.</summary>
internal static class FileHasher
{
    public static Task<string> StartAsync(string path, CancellationToken ct) => Task.Run(
        async () =>
        {
            await using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan | FileOptions.Asynchronous);
            var hash = await SHA256.HashDataAsync(fs, ct);
            return Convert.ToHexStringLower(hash);
        },
        ct);
}
