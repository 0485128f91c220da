using System.Buffers.Binary;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// Decides a file's <see cref="StoredFileKind"/> from its bytes. Binary kinds are recognised by their signatures (and,
/// for Office and Parquet, their structure); everything else must be UTF-8 text without NUL bytes that does not open
/// like HTML or XML. Only then does the declared name matter, and only to choose between CSV, Markdown and plain text.
/// </summary>
public static class FileContentSniffer
{
    /// <summary>How many leading bytes <see cref="DetectAsync"/> wants as <c>head</c>.</summary>
    public const int HeadLength = 8192;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> OleCompoundSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> GzipSignature => [0x1F, 0x8B];

    /// <summary>
    /// The kind of the complete file at <paramref name="path"/>, whose first bytes (up to <see cref="HeadLength"/>) are
    /// <paramref name="head"/> and whose size is <paramref name="length"/>.
    /// </summary>
    /// <exception cref="UnsupportedFileContentException">The content is not an accepted kind; the message says what it is.</exception>
    public static async Task<StoredFileKind> DetectAsync(string path, ReadOnlyMemory<byte> head, long length, string? declaredFileName,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (length == 0)
        {
            throw new UnsupportedFileContentException("an empty file");
        }

        if (DetectBinary(path, head.Span, length) is { } binary)
        {
            return binary;
        }

        if (head.Span.StartsWith("PK\u0003\u0004"u8))
        {
            return await OfficeOpenXmlProbe.DetectAsync(path, cancellationToken);
        }

        if (NameOfRefusedFormat(head.Span) is { } refused)
        {
            throw new UnsupportedFileContentException(refused);
        }

        var text = await TextContentProbe.ScanAsync(path, cancellationToken);
        if (text.NotTextReason is { } reason)
        {
            throw new UnsupportedFileContentException(reason);
        }

        if (text.Start.Length == 0)
        {
            throw new UnsupportedFileContentException("a text file holding nothing but white space");
        }

        if (MarkupStart.Describe(text.Start) is { } markup)
        {
            throw new UnsupportedFileContentException(markup);
        }

        return await TextKindAsync(path, text.Start[0], declaredFileName, cancellationToken);
    }

    private static StoredFileKind? DetectBinary(string path, ReadOnlySpan<byte> head, long length)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return head.Length > 5 && char.IsAsciiDigit((char)head[5])
                ? StoredFileKind.Pdf
                : throw new UnsupportedFileContentException("a file that starts like a PDF but has no PDF version number");
        }

        if (head.StartsWith(PngSignature))
        {
            // The first chunk of every PNG is its header chunk; without it no viewer will open the file.
            return head.Length >= 16 && head[12..16].SequenceEqual("IHDR"u8)
                ? StoredFileKind.Png
                : throw new UnsupportedFileContentException("a damaged PNG image (no header chunk after the signature)");
        }

        if (head.Length >= 4 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return StoredFileKind.Jpeg;
        }

        if (head.StartsWith("PAR1"u8))
        {
            return IsCompleteParquet(path, length)
                ? StoredFileKind.Parquet
                : throw new UnsupportedFileContentException("an incomplete Parquet file (its footer is missing: truncated upload?)");
        }

        return null;
    }

    // A Parquet file ends with its footer: the metadata, its 4-byte little-endian length, and "PAR1" again.
    private static bool IsCompleteParquet(string path, long length)
    {
        if (length < 12)
        {
            return false;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Span<byte> tail = stackalloc byte[8];
        file.Seek(-8, SeekOrigin.End);
        file.ReadExactly(tail);
        var metadataLength = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        return tail[4..].SequenceEqual("PAR1"u8) && metadataLength > 0 && metadataLength <= length - 12;
    }

    // Formats people plausibly upload by mistake, named so the refusal tells them what to convert.
    private static string? NameOfRefusedFormat(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "a GIF image (PNG and JPEG images are accepted)";
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "a WebP image (PNG and JPEG images are accepted)";
        }

        if (head.StartsWith(OleCompoundSignature))
        {
            return "a legacy Office file (.doc, .xls, .ppt or .msg; save it as .docx, .xlsx or .pptx)";
        }

        if (head.StartsWith(GzipSignature))
        {
            return "a gzip-compressed file";
        }

        if (head.StartsWith("MZ"u8) || head.StartsWith("\u007FELF"u8))
        {
            return "an executable program";
        }

        return null;
    }

    private static async Task<StoredFileKind> TextKindAsync(string path, byte firstSignificantByte, string? declaredFileName,
        CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(declaredFileName)?.ToLowerInvariant();
        var declaredJson = extension == ".json";
        if (firstSignificantByte is (byte)'{' or (byte)'[')
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var json = await JsonStreamScanner.ScanAsync(file, cancellationToken);
            if (json.Error is null)
            {
                return StoredFileKind.Json;
            }

            if (declaredJson)
            {
                throw new UnsupportedFileContentException("malformed JSON: " + json.Error);
            }
        }
        else if (declaredJson)
        {
            throw new UnsupportedFileContentException("a file named .json whose content is not a JSON object or array");
        }

        return extension switch
        {
            ".csv" => StoredFileKind.Csv,
            ".md" or ".markdown" => StoredFileKind.Markdown,
            _ => StoredFileKind.PlainText,
        };
    }
}
