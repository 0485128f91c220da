using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// Reads a whole file once to decide whether it is text we accept: valid UTF-8 (a byte-order mark allowed) with no NUL
/// byte. Keeps its first significant bytes (after the mark and any leading white space) for the markup and JSON checks.
/// </summary>
internal static class TextContentProbe
{
    private const int StartLength = 64;
    private const int ChunkBytes = 65536;

    /// <param name="NotTextReason">Why the file is not accepted text (null when it is).</param>
    /// <param name="Start">Up to 64 bytes from the first byte that is not white space; empty when there is none.</param>
    internal sealed record Result(string? NotTextReason, byte[] Start);

    public static async Task<Result> ScanAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes + 4);
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var start = new List<byte>(StartLength);
            var pending = 0; // bytes of a sequence split across two reads, kept at the front of the buffer
            long offset = 0; // file offset of bytes[0]
            var first = true;
            while (true)
            {
                var read = await file.ReadAsync(bytes.AsMemory(pending, ChunkBytes), cancellationToken);
                var final = read == 0;
                var available = pending + read;
                var from = 0;
                if (first)
                {
                    if (available < 3 && !final)
                    {
                        pending = available; // too few bytes yet to tell whether the file opens with a byte-order mark
                        continue;
                    }

                    from = available >= 3 && bytes.AsSpan(0, 3).SequenceEqual("\uFEFF"u8) ? 3 : 0;
                    first = false;
                }

                var span = bytes.AsSpan(from, available - from);
                if (span.IndexOf((byte)0) is var nul and >= 0)
                {
                    return NotText(string.Create(CultureInfo.InvariantCulture,
                        $"binary data (it contains a NUL byte at offset {offset + from + nul:N0})"));
                }

                var status = Utf8.ToUtf16(span, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    return NotText(string.Create(CultureInfo.InvariantCulture,
                        $"binary data or text that is not UTF-8 (invalid UTF-8 at offset {offset + from + consumed:N0}; save text as UTF-8)"));
                }

                CollectStart(span[..consumed], start);
                if (final)
                {
                    return new Result(null, [.. start]);
                }

                // NeedMoreData: the tail is the beginning of a sequence the next read completes.
                pending = span.Length - consumed;
                span[consumed..].CopyTo(bytes);
                offset += from + consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static Result NotText(string reason) => new(reason, []);

    private static void CollectStart(ReadOnlySpan<byte> chunk, List<byte> start)
    {
        if (start.Count == StartLength)
        {
            return;
        }

        if (start.Count == 0)
        {
            var firstSignificant = chunk.IndexOfAnyExcept(" \t\r\n\f"u8);
            if (firstSignificant < 0)
            {
                return;
            }

            chunk = chunk[firstSignificant..];
        }

        foreach (var b in chunk[..Math.Min(chunk.Length, StartLength - start.Count)])
        {
            start.Add(b);
        }
    }
}
