namespace Aims.Evidence.Input;

/// <summary>
/// Parquet's RLE / bit-packed hybrid encoding, decoding only: used for definition levels and dictionary indices.
/// A run header is a ULEB128 varint; an even header is an RLE run of <c>header &gt;&gt; 1</c> copies of one value stored
/// in ceil(bitWidth / 8) little-endian bytes, an odd header is <c>header &gt;&gt; 1</c> groups of 8 values packed
/// LSB-first at <c>bitWidth</c> bits each. See https://parquet.apache.org/docs/file-format/data-pages/encodings/.
/// </summary>
internal static class RleBitPackedHybrid
{
    /// <summary>
    /// Whether <paramref name="data"/> starts with one RLE run of at least <paramref name="count"/> copies of
    /// <paramref name="value"/>: how writers encode the definition levels of a page without nulls, which then need no
    /// decoding at all.
    /// </summary>
    public static bool StartsWithRun(ReadOnlySpan<byte> data, int bitWidth, int value, int count)
    {
        if (data.IsEmpty || bitWidth is < 1 or > 8)
        {
            return false;
        }

        var pos = 0;
        var header = ReadVarint(data, ref pos);
        return (header & 1) == 0 && (header >> 1) >= (ulong)count && pos < data.Length && data[pos] == value;
    }

    /// <summary>Decodes exactly <c>dest.Length</c> values; throws on truncated input.</summary>
    public static void Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> dest)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new InvalidDataException($"Bit width {bitWidth} is out of range.");
        }

        var byteWidth = (bitWidth + 7) / 8;
        var mask = bitWidth == 32 ? ulong.MaxValue >> 32 : (1UL << bitWidth) - 1;
        var pos = 0;
        var done = 0;
        while (done < dest.Length)
        {
            var header = ReadVarint(data, ref pos);
            if ((header & 1) == 0)
            {
                var run = (int)Math.Min(header >> 1, int.MaxValue);
                var value = 0;
                for (var i = 0; i < byteWidth; i++)
                {
                    value |= data[pos + i] << (8 * i);
                }

                pos += byteWidth;
                var take = Math.Min(run, dest.Length - done);
                dest.Slice(done, take).Fill(value);
                done += take;
            }
            else
            {
                var groups = checked((int)(header >> 1));
                var count = checked(groups * 8);
                var packed = data.Slice(pos, checked(groups * bitWidth));
                var take = Math.Min(count, dest.Length - done);
                var target = dest.Slice(done, take);
                if (bitWidth == 1)
                {
                    for (var i = 0; i < take; i++)
                    {
                        target[i] = (packed[i >> 3] >> (i & 7)) & 1;
                    }
                }
                else
                {
                    long bit = 0;
                    for (var i = 0; i < take; i++, bit += bitWidth)
                    {
                        var at = (int)(bit >> 3);
                        var shift = (int)(bit & 7);
                        var need = (shift + bitWidth + 7) >> 3;
                        ulong word = 0;
                        for (var b = 0; b < need; b++)
                        {
                            word |= (ulong)packed[at + b] << (8 * b);
                        }

                        target[i] = (int)((word >> shift) & mask);
                    }
                }

                pos += packed.Length;
                done += take;
            }
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int pos)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[pos++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new InvalidDataException("Varint too long.");
    }
}
