using System.Globalization;

namespace Aims.Web.Components.Evidence;

/// <summary>A file size as people read it, with the exact byte count kept for anyone comparing files.</summary>
public static class FileSizes
{
    public static string Text(long bytes)
    {
        var exact = bytes.ToString("N0", CultureInfo.InvariantCulture) + (bytes == 1 ? " byte" : " bytes");
        return bytes switch
        {
            < 1_000 => exact,
            < 1_000_000 => (bytes / 1_000d).ToString("0.#", CultureInfo.InvariantCulture) + " kB (" + exact + ")",
            _ => (bytes / 1_000_000d).ToString("0.#", CultureInfo.InvariantCulture) + " MB (" + exact + ")",
        };
    }
}
