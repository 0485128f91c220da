using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// Where uploaded files live and how big one may be, read alike by the host and the CLI: <c>Aims:Files:Root</c>
/// (default <c>&lt;data folder&gt;/files</c>) and <c>Aims:Files:MaxUploadBytes</c> (default 52 428 800, 50 MB).
/// The files belong with the database in backups: records name them by SHA-256 only.
/// </summary>
public sealed record FileStoreSettings(string Root, long MaxUploadBytes)
{
    public const long DefaultMaxUploadBytes = 50L * 1024 * 1024;

    public static FileStoreSettings From(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var root = configuration["Aims:Files:Root"];
        var limitText = configuration["Aims:Files:MaxUploadBytes"];
        long limit = DefaultMaxUploadBytes;
        if (!string.IsNullOrWhiteSpace(limitText)
            && (!long.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit <= 0))
        {
            throw new InvalidOperationException(
                $"Aims:Files:MaxUploadBytes must be a whole number of bytes greater than 0 (it is '{limitText}').");
        }

        return new FileStoreSettings(
            Path.GetFullPath(string.IsNullOrWhiteSpace(root) ? Path.Combine(dataDirectory, "files") : root),
            limit);
    }
}
