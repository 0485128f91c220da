using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;
using Parquet.Schema;

namespace Aims.Evidence.Input;

/// <summary>
/// Fast path for the common shape of Parquet column chunks: a flat column (no repetition, at most one definition
/// level), uncompressed / Snappy / Zstd / Gzip, PLAIN or dictionary-encoded (PLAIN_DICTIONARY, RLE_DICTIONARY) values
/// in v1 or v2 data pages. It reads the chunk's bytes with one positioned read into a reusable buffer and decodes
/// straight into the caller's arrays:
/// <list type="bullet">
/// <item>numbers (DOUBLE, FLOAT, INT32, INT64) as doubles, null → NaN, exactly as the generic path converts them;</item>
/// <item>text (BYTE_ARRAY) as dense value ids of a <see cref="Utf8ValueTable"/>, null → -1, so no string is
/// materialised per row; a dictionary page is looked up once per entry, then indices map to ids.</item>
/// </list>
/// Anything else (other encodings or codecs, nested or encrypted columns, inconsistent bytes) returns false before the
/// caller has used any output, and the caller reads the chunk with Parquet.Net instead, which also reports corrupt files.
/// </summary>
internal sealed partial class ParquetChunkDecoder : IDisposable
{
    private const int EncodingPlain = 0;
    private const int EncodingPlainDictionary = 2;
    private const int EncodingRle = 3;
    private const int EncodingRleDictionary = 8;

    // The column chunk as read and a decompressed page: the two largest buffers, so huge-page backed (RowBuffer).
    private readonly RowBuffer<byte> _chunk = new();
    private readonly RowBuffer<byte> _page = new();
    private int[] _levels = [];
    private double[] _dictNumbers = [];
    private int[] _dictIds = [];
    private int[] _dictOffsets = [];
    private int _dictCount;
    private bool _hasDictionary;

    /// <summary>Whether the fast path applies to this column at all (the per-chunk checks come on reading).</summary>
    public static bool Supports(DataField field, bool text)
    {
        if (field.MaxRepetitionLevel != 0 || field.MaxDefinitionLevel > 1)
        {
            return false;
        }

        var t = field.ClrType;
        return text
            ? t == typeof(string) || t == typeof(ReadOnlyMemory<char>)
            : t == typeof(double) || t == typeof(float) || t == typeof(int) || t == typeof(long);
    }

    /// <summary>Numbers as doubles (null → NaN). Returns false when the chunk needs the generic reader.</summary>
    public bool TryReadDoubles(SafeFileHandle file, ColumnChunk? chunk, DataField field, Span<double> dest)
    {
        if (chunk is null || !Supports(field, text: false))
        {
            return false;
        }

        var physical = chunk.MetaData?.Type;
        var expected = field.ClrType == typeof(double) ? Parquet.Meta.Type.DOUBLE
            : field.ClrType == typeof(float) ? Parquet.Meta.Type.FLOAT
            : field.ClrType == typeof(int) ? Parquet.Meta.Type.INT32
            : Parquet.Meta.Type.INT64;
        if (physical != expected)
        {
            return false;
        }

        var sink = new NumberSink(this, expected, dest);
        return TryDecode(file, chunk, field, dest.Length, ref sink);
    }

    /// <summary>
    /// Whole numbers (INT32, or INT64 within the range of int) as ints, for label and prediction columns: they skip the
    /// detour through doubles. Returns false when the chunk needs another path, including when it holds a null, which
    /// an int cannot carry (the double path reads it as NaN, i.e. missing).
    /// </summary>
    public bool TryReadInts(SafeFileHandle file, ColumnChunk? chunk, DataField field, Span<int> dest) =>
        TryReadWholeNumbers(file, chunk, field, null, dest);

    /// <summary>
    /// A whole-number label or prediction column normalised by <paramref name="column"/> straight from the decoded page
    /// into <paramref name="codes"/>, without an intermediate array. Returns false as <see cref="TryReadInts"/> does; the
    /// values normalised before a decline were registered in row order, exactly as the fallback will register them.
    /// </summary>
    public bool TryReadBinaryCodes(SafeFileHandle file, ColumnChunk? chunk, DataField field, BinaryColumn column, Span<int> codes) =>
        TryReadWholeNumbers(file, chunk, field, column, codes);

    /// <summary>
    /// Sizes the buffers for the largest of <paramref name="chunks"/> at once, so a row group's columns do not grow
    /// them step by step: every step is a fresh array whose pages the kernel must fault in and zero.
    /// </summary>
    public void Reserve(IEnumerable<ColumnChunk?> chunks)
    {
        long compressed = 0, uncompressed = 0;
        foreach (var chunk in chunks)
        {
            compressed = Math.Max(compressed, chunk?.MetaData?.TotalCompressedSize ?? 0);
            uncompressed = Math.Max(uncompressed, chunk?.MetaData?.TotalUncompressedSize ?? 0);
        }

        if (compressed <= Array.MaxLength)
        {
            _chunk.EnsureCapacity((int)compressed);
        }

        if (uncompressed <= Array.MaxLength)
        {
            _page.EnsureCapacity((int)uncompressed);
        }
    }

    private bool TryReadWholeNumbers(SafeFileHandle file, ColumnChunk? chunk, DataField field, BinaryColumn? column, Span<int> dest)
    {
        if (chunk is null || !Supports(field, text: false) || (field.ClrType != typeof(int) && field.ClrType != typeof(long)))
        {
            return false;
        }

        var physical = chunk.MetaData?.Type;
        if (physical != (field.ClrType == typeof(int) ? Parquet.Meta.Type.INT32 : Parquet.Meta.Type.INT64))
        {
            return false;
        }

        _sawNull = false;
        var sink = new IntSink(this, physical.Value, column, dest);
        return TryDecode(file, chunk, field, dest.Length, ref sink) && !_sawNull;
    }

    /// <summary>Text as ids of <paramref name="table"/> (null → -1). Returns false when the generic reader is needed.</summary>
    public bool TryReadTextIds(SafeFileHandle file, ColumnChunk? chunk, DataField field, Utf8ValueTable table, Span<int> dest)
    {
        if (chunk is null || !Supports(field, text: true) || chunk.MetaData?.Type != Parquet.Meta.Type.BYTE_ARRAY)
        {
            return false;
        }

        var sink = new TextSink(this, table, dest);
        return TryDecode(file, chunk, field, dest.Length, ref sink);
    }

    private bool TryDecode<TSink>(SafeFileHandle file, ColumnChunk chunk, DataField field, int rows, ref TSink sink)
        where TSink : struct, ISink, allows ref struct
    {
        var meta = chunk.MetaData;
        if (meta is null || chunk.CryptoMetadata is not null || chunk.EncryptedColumnMetadata is not null || meta.NumValues != rows
            || meta.Codec is not (CompressionCodec.UNCOMPRESSED or CompressionCodec.SNAPPY or CompressionCodec.ZSTD or CompressionCodec.GZIP))
        {
            return false;
        }

        try
        {
            var start = meta.DictionaryPageOffset is > 0 and var d && d < meta.DataPageOffset ? d : meta.DataPageOffset;
            var length = checked((int)meta.TotalCompressedSize);
            _chunk.Grow(length);
            var chunkBytes = _chunk.AsSpan(length);
            var read = 0;
            while (read < length)
            {
                var r = RandomAccess.Read(file, chunkBytes[read..], start + read);
                if (r <= 0)
                {
                    return false;
                }

                read += r;
            }

            _hasDictionary = false;
            var nullable = field.MaxDefinitionLevel == 1;
            var done = 0;
            var pos = 0;
            while (done < rows)
            {
                pos += ParquetPageHeader.Read(chunkBytes[pos..], out var header);
                var body = _chunk.AsMemory(pos, header.CompressedSize);
                pos += header.CompressedSize;
                switch (header.Type)
                {
                    case ParquetPageHeader.DictionaryPage:
                        if (header.Encoding is not (EncodingPlain or EncodingPlainDictionary))
                        {
                            return false;
                        }

                        var dict = Decompress(meta.Codec, body, header.UncompressedSize);
                        _dictCount = header.NumValues;
                        _hasDictionary = true;
                        sink.LoadDictionary(dict, header.NumValues);
                        break;
                    case ParquetPageHeader.DataPage or ParquetPageHeader.DataPageV2:
                        if (header.NumValues < 0 || header.NumValues > rows - done || !DecodeDataPage(meta.Codec, header, body, nullable, done, ref sink))
                        {
                            return false;
                        }

                        done += header.NumValues;
                        break;
                    default:
                        break; // index pages carry no values
                }
            }

            return true;
        }
#pragma warning disable CA1031 // Any surprise in the bytes sends the chunk to the generic reader, which reports it properly.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private bool DecodeDataPage<TSink>(CompressionCodec codec, in ParquetPageHeader header, ReadOnlyMemory<byte> body, bool nullable, int offset, ref TSink sink)
        where TSink : struct, ISink, allows ref struct
    {
        var n = header.NumValues;
        ReadOnlySpan<byte> values;
        ReadOnlySpan<byte> levels = default;
        if (header.Type == ParquetPageHeader.DataPageV2)
        {
            if (header.RepetitionLevelsByteLength != 0)
            {
                return false;
            }

            levels = body.Span[..header.DefinitionLevelsByteLength];
            var compressed = body[header.DefinitionLevelsByteLength..];
            var valuesSize = header.UncompressedSize - header.DefinitionLevelsByteLength;
            values = header.IsCompressed ? Decompress(codec, compressed, valuesSize) : compressed.Span;
        }
        else
        {
            var page = Decompress(codec, body, header.UncompressedSize);
            if (nullable)
            {
                if (header.DefinitionLevelEncoding != EncodingRle)
                {
                    return false;
                }

                var len = BinaryPrimitives.ReadInt32LittleEndian(page);
                levels = page.Slice(4, len);
                values = page[(4 + len)..];
            }
            else
            {
                values = page;
            }
        }

        // Definition levels → the number of non-null values; they are scattered to their rows afterwards.
        var nonNull = n;
        if (nullable && RleBitPackedHybrid.StartsWithRun(levels, 1, 1, n))
        {
            nullable = false; // every value is present: no levels to expand, nothing to scatter
        }

        if (nullable)
        {
            Ensure(ref _levels, n);
            RleBitPackedHybrid.Decode(levels, 1, _levels.AsSpan(0, n));
            nonNull = 0;
            foreach (var l in _levels.AsSpan(0, n))
            {
                nonNull += l;
            }
        }

        var dense = sink.Slice(offset, n);
        switch (header.Encoding)
        {
            case EncodingPlain:
                if (!sink.DecodePlain(values, dense[..nonNull]))
                {
                    return false;
                }

                break;
            case EncodingPlainDictionary or EncodingRleDictionary:
                if (!_hasDictionary || values.IsEmpty)
                {
                    return false;
                }

                // The indices are decoded into the sink's own int span and mapped in place (every sink reads an index
                // before it writes that row): no separate index array, which for a large row group is megabytes of
                // fresh pages.
                var indices = dense[..nonNull];
                RleBitPackedHybrid.Decode(values[1..], values[0], indices);
                if (!sink.FromDictionary(indices, dense[..nonNull]))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (nullable && nonNull < n)
        {
            // Scatter back to front so the dense values are never overwritten before they move.
            var src = nonNull - 1;
            var lv = _levels.AsSpan(0, n);
            for (var i = n - 1; i >= 0; i--)
            {
                if (lv[i] == 1)
                {
                    sink.Move(offset + src--, offset + i);
                }
                else
                {
                    sink.SetNull(offset + i);
                }
            }
        }

        return true;
    }

    private ReadOnlySpan<byte> Decompress(CompressionCodec codec, ReadOnlyMemory<byte> compressed, int size)
    {
        var input = compressed.Span;
        if (codec == CompressionCodec.UNCOMPRESSED)
        {
            return input;
        }

        _page.Grow(size);
        var output = _page.AsSpan(size);
        int written;
        switch (codec)
        {
            case CompressionCodec.SNAPPY:
                // Through a buffer writer Snappier decompresses straight into our reused page buffer; its span overload
                // decompresses into a pooled buffer and copies that out, which cost a copy and fresh pages per page.
                _pageWriter.Reset(_page.AsMemory(0, size));
                Snappier.Snappy.Decompress(new ReadOnlySequence<byte>(compressed), _pageWriter);
                written = _pageWriter.Written;
                break;
            case CompressionCodec.ZSTD:
                using (var z = new ZstdSharp.Decompressor())
                {
                    written = z.Unwrap(input, output);
                }

                break;
            default: // GZIP
                using (var gz = new GZipStream(new MemoryStream(input.ToArray()), CompressionMode.Decompress))
                {
                    written = 0;
                    int r;
                    while (written < size && (r = gz.Read(output[written..])) > 0)
                    {
                        written += r;
                    }
                }

                break;
        }

        if (written != size)
        {
            throw new InvalidDataException("Decompressed page size does not match its header.");
        }

        return output;
    }

    private static void Ensure<T>(ref T[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            buffer = new T[Math.Max(size, buffer.Length * 2)];
        }
    }

    public void Dispose()
    {
        _chunk.Dispose();
        _page.Dispose();
    }
}
