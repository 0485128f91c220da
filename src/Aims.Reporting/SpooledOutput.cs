namespace Aims.Reporting;

/// <summary>
/// Writes a file through a temporary file and then copies it to the caller's stream asynchronously.
/// OpenXML packages and PDFsharp write synchronously and need a seekable stream (a zip's directory comes last, a PDF's
/// cross-reference table too), while an HTTP response body is neither seekable nor open to synchronous writes. The
/// temporary file keeps memory flat for large exports, and a failure half-way leaves the caller's stream untouched.
/// </summary>
internal static class SpooledOutput
{
    public static async Task WriteAsync(Stream output, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var path = Path.Combine(Path.GetTempPath(), "aims-export-" + Guid.NewGuid().ToString("N") + ".tmp");
        await using var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose);
        await write(spool, cancellationToken);
        await spool.FlushAsync(cancellationToken);
        spool.Position = 0;
        await spool.CopyToAsync(output, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }
}
