namespace Aims.Evidence.Input;

/// <summary>
/// The few fields of a Parquet page header (Thrift compact protocol) that <see cref="ParquetChunkDecoder"/> needs.
/// Parquet.Net parses page headers internally but does not expose that parser, hence this small reader. Unknown fields
/// are skipped, so headers from newer writers (statistics, CRC, size statistics) are fine.
/// See https://github.com/apache/parquet-format/blob/master/src/main/thrift/parquet.thrift and the Thrift compact
/// protocol specification.
/// </summary>
internal struct ParquetPageHeader
{
    public const int DataPage = 0;
    public const int DictionaryPage = 2;
    public const int DataPageV2 = 3;

    public int Type;
    public int UncompressedSize;
    public int CompressedSize;
    public int NumValues;
    public int Encoding;
    public int DefinitionLevelEncoding;
    public int DefinitionLevelsByteLength;
    public int RepetitionLevelsByteLength;
    public bool IsCompressed;

    /// <summary>Parses a header at the start of <paramref name="data"/>; returns its length in bytes.</summary>
    /// <exception cref="FormatException">The bytes are not a page header.</exception>
    public static int Read(ReadOnlySpan<byte> data, out ParquetPageHeader header)
    {
        header = new ParquetPageHeader { IsCompressed = true, Type = -1 };
        var r = new CompactReader(data);
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            switch (id)
            {
                case 1 when type == CompactReader.I32: header.Type = r.ReadInt(); break;
                case 2 when type == CompactReader.I32: header.UncompressedSize = r.ReadInt(); break;
                case 3 when type == CompactReader.I32: header.CompressedSize = r.ReadInt(); break;
                case 5 or 7 or 8 when type == CompactReader.Struct: ReadPageStruct(ref r, id, ref header); break;
                default: r.Skip(type); break;
            }
        }

        return r.Position;
    }

    private static void ReadPageStruct(ref CompactReader r, short which, ref ParquetPageHeader header)
    {
        short last = 0;
        while (r.NextField(ref last, out var type, out var id))
        {
            // DataPageHeader (5): 1 num_values, 2 encoding, 3 definition_level_encoding.
            // DictionaryPageHeader (7): 1 num_values, 2 encoding.
            // DataPageHeaderV2 (8): 1 num_values, 4 encoding, 5 definition_levels_byte_length,
            //                       6 repetition_levels_byte_length, 7 is_compressed.
            switch (which, id, type)
            {
                case (_, 1, CompactReader.I32): header.NumValues = r.ReadInt(); break;
                case (5 or 7, 2, CompactReader.I32): header.Encoding = r.ReadInt(); break;
                case (5, 3, CompactReader.I32): header.DefinitionLevelEncoding = r.ReadInt(); break;
                case (8, 4, CompactReader.I32): header.Encoding = r.ReadInt(); break;
                case (8, 5, CompactReader.I32): header.DefinitionLevelsByteLength = r.ReadInt(); break;
                case (8, 6, CompactReader.I32): header.RepetitionLevelsByteLength = r.ReadInt(); break;
                case (8, 7, CompactReader.BoolTrue): header.IsCompressed = true; break;
                case (8, 7, CompactReader.BoolFalse): header.IsCompressed = false; break;
                default: r.Skip(type); break;
            }
        }
    }

    /// <summary>Thrift compact protocol, reading only: varints, zigzag integers, field headers and skipping.</summary>
    private ref struct CompactReader(ReadOnlySpan<byte> data)
    {
        public const int BoolTrue = 1;
        public const int BoolFalse = 2;
        public const int I32 = 5;
        public const int Struct = 12;

        private readonly ReadOnlySpan<byte> _data = data;

        public int Position { get; private set; }

        public bool NextField(ref short last, out int type, out short id)
        {
            var b = _data[Position++];
            type = b & 0x0F;
            if (type == 0)
            {
                id = 0;
                return false; // STOP
            }

            var delta = b >> 4;
            id = delta == 0 ? (short)ZigZag(ReadVarint()) : (short)(last + delta);
            last = id;
            return true;
        }

        public int ReadInt() => checked((int)ZigZag(ReadVarint()));

        public void Skip(int type)
        {
            switch (type)
            {
                case BoolTrue or BoolFalse: break;
                case 3: Position++; break; // byte
                case 4 or 5 or 6: ReadVarint(); break; // i16, i32, i64
                case 7: Position += 8; break; // double
                case 8: // binary
                    var len = checked((int)ReadVarint());
                    Position = checked(Position + len);
                    break;
                case 9 or 10: // list, set
                    var h = _data[Position++];
                    var size = h >> 4 == 15 ? checked((int)ReadVarint()) : h >> 4;
                    var elementType = h & 0x0F;
                    for (var i = 0; i < size; i++)
                    {
                        Skip(elementType == BoolTrue || elementType == BoolFalse ? 3 : elementType); // list bools are one byte each
                    }

                    break;
                case 11: // map
                    var count = checked((int)ReadVarint());
                    if (count > 0)
                    {
                        var kv = _data[Position++];
                        for (var i = 0; i < count; i++)
                        {
                            Skip(kv >> 4);
                            Skip(kv & 0x0F);
                        }
                    }

                    break;
                case Struct:
                    short last = 0;
                    while (NextField(ref last, out var t, out _))
                    {
                        Skip(t);
                    }

                    break;
                default:
                    throw new FormatException($"Unknown Thrift compact type {type}.");
            }
        }

        private ulong ReadVarint()
        {
            ulong result = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                var b = _data[Position++];
                result |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0)
                {
                    return result;
                }
            }

            throw new FormatException("Varint too long.");
        }

        private static long ZigZag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);
    }
}
