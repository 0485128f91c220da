using System.Globalization;

namespace Aims.Core.Evidence.Files;

/// <summary>An upload went over the size limit; nothing was stored. The host answers 413.</summary>
public sealed class FileTooLargeException(long limitBytes)
    : Exception(string.Create(CultureInfo.InvariantCulture,
        $"The file is larger than the upload limit of {limitBytes:N0} bytes ({limitBytes / (1024.0 * 1024.0):0.#} MB); nothing was stored."))
{
    /// <summary>The limit the upload exceeded, in bytes.</summary>
    public long LimitBytes { get; } = limitBytes;
}
