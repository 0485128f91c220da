using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Parquet.Meta;
using Parquet.Schema;

namespace Aims.Evidence.Input;

/// <summary>
/// The decoder's destinations (numbers, whole numbers, text ids), the state they share across the pages of a chunk,
/// and the page buffer a decompressor writes into.
/// </summary>
internal sealed partial class ParquetChunkDecoder
{
    private interface ISink
    {
        Span<int> Slice(int offset, int n);

        bool DecodePlain(ReadOnlySpan<byte> values, Span<int> dense);

        void LoadDictionary(ReadOnlySpan<byte> page, int count);

        /// <summary>Maps dictionary indices to values; <paramref name="indices"/> may be <paramref name="dense"/> itself.</summary>
        bool FromDictionary(ReadOnlySpan<int> indices, Span<int> dense);

        void Move(int from, int to);

        void SetNull(int index);
    }

    /// <summary>Numbers go straight into the destination doubles; <see cref="Slice"/> is unused for them.</summary>
    private readonly ref struct NumberSink(ParquetChunkDecoder owner, Parquet.Meta.Type type, Span<double> dest) : ISink
    {
        private readonly Span<double> _dest = dest;

        public Span<int> Slice(int offset, int n)
        {
            owner._numberOffset = offset;
            return new Span<int>(owner.EnsureScratch(n), 0, n);
        }

        public bool DecodePlain(ReadOnlySpan<byte> values, Span<int> dense)
        {
            var count = dense.Length;
            var target = _dest.Slice(owner._numberOffset, count);
            switch (type)
            {
                case Parquet.Meta.Type.DOUBLE:
                    MemoryMarshal.Cast<byte, double>(values[..(count * 8)]).CopyTo(target);
                    break;
                case Parquet.Meta.Type.FLOAT:
                    var floats = MemoryMarshal.Cast<byte, float>(values[..(count * 4)]);
                    for (var i = 0; i < count; i++)
                    {
                        target[i] = floats[i];
                    }

                    break;
                case Parquet.Meta.Type.INT32:
                    var ints = MemoryMarshal.Cast<byte, int>(values[..(count * 4)]);
                    for (var i = 0; i < count; i++)
                    {
                        target[i] = ints[i];
                    }

                    break;
                default:
                    var longs = MemoryMarshal.Cast<byte, long>(values[..(count * 8)]);
                    for (var i = 0; i < count; i++)
                    {
                        target[i] = longs[i];
                    }

                    break;
            }

            return true;
        }

        public void LoadDictionary(ReadOnlySpan<byte> page, int count)
        {
            Ensure(ref owner._dictNumbers, count);
            var numbers = owner._dictNumbers.AsSpan(0, count);
            var plain = new NumberSink(owner, type, numbers);
            owner._numberOffset = 0;
            plain.DecodePlain(page, new Span<int>(owner.EnsureScratch(count), 0, count));
        }

        public bool FromDictionary(ReadOnlySpan<int> indices, Span<int> dense)
        {
            var dict = owner._dictNumbers.AsSpan(0, owner._dictCount);
            var target = _dest.Slice(owner._numberOffset, indices.Length);
            for (var i = 0; i < indices.Length; i++)
            {
                target[i] = dict[indices[i]];
            }

            return true;
        }

        public void Move(int from, int to) => _dest[to] = _dest[from];

        public void SetNull(int index) => _dest[index] = double.NaN;
    }

    /// <summary>
    /// Whole numbers into the destination, as they are or (with a <see cref="BinaryColumn"/>) normalised to 0/1 codes; a
    /// null only sets a flag (the caller then falls back). INT32 pages are used in place; INT64 values and dictionary
    /// lookups go through a small block on the stack.
    /// </summary>
    private readonly ref struct IntSink(ParquetChunkDecoder owner, Parquet.Meta.Type type, BinaryColumn? column, Span<int> dest) : ISink
    {
        private const int Block = 1024;
        private readonly Span<int> _dest = dest;

        public Span<int> Slice(int offset, int n) => _dest.Slice(offset, n);

        public bool DecodePlain(ReadOnlySpan<byte> values, Span<int> dense)
        {
            var count = dense.Length;
            if (type == Parquet.Meta.Type.INT32)
            {
                Emit(MemoryMarshal.Cast<byte, int>(values[..(count * 4)]), dense);
                return true;
            }

            var longs = MemoryMarshal.Cast<byte, long>(values[..(count * 8)]);
            Span<int> block = stackalloc int[Block];
            for (var start = 0; start < count; start += Block)
            {
                var part = longs.Slice(start, Math.Min(Block, count - start));
                for (var i = 0; i < part.Length; i++)
                {
                    var v = part[i];
                    if (v is < int.MinValue or > int.MaxValue)
                    {
                        return false;
                    }

                    block[i] = (int)v;
                }

                Emit(block[..part.Length], dense.Slice(start, part.Length));
            }

            return true;
        }

        public void LoadDictionary(ReadOnlySpan<byte> page, int count)
        {
            Ensure(ref owner._dictInts, count);
            var plain = new IntSink(owner, type, null, owner._dictInts.AsSpan(0, count));
            owner._dictIntsValid = plain.DecodePlain(page, owner._dictInts.AsSpan(0, count));
        }

        public bool FromDictionary(ReadOnlySpan<int> indices, Span<int> dense)
        {
            if (!owner._dictIntsValid)
            {
                return false;
            }

            var dict = owner._dictInts.AsSpan(0, owner._dictCount);
            Span<int> block = stackalloc int[Block];
            for (var start = 0; start < indices.Length; start += Block)
            {
                var part = indices.Slice(start, Math.Min(Block, indices.Length - start));
                for (var i = 0; i < part.Length; i++)
                {
                    block[i] = dict[part[i]];
                }

                Emit(block[..part.Length], dense.Slice(start, part.Length));
            }

            return true;
        }

        public void Move(int from, int to) => _dest[to] = _dest[from];

        public void SetNull(int index) => owner._sawNull = true;

        private void Emit(ReadOnlySpan<int> values, Span<int> dense)
        {
            if (column is null)
            {
                values.CopyTo(dense);
            }
            else
            {
                column.Normalize(values, dense);
            }
        }
    }

    /// <summary>Text values become table ids; dictionary entries are looked up lazily, on first use, in row order.</summary>
    private readonly ref struct TextSink(ParquetChunkDecoder owner, Utf8ValueTable table, Span<int> dest) : ISink
    {
        private readonly Span<int> _dest = dest;

        public Span<int> Slice(int offset, int n) => _dest.Slice(offset, n);

        public bool DecodePlain(ReadOnlySpan<byte> values, Span<int> dense)
        {
            var pos = 0;
            for (var i = 0; i < dense.Length; i++)
            {
                var len = BinaryPrimitives.ReadInt32LittleEndian(values[pos..]);
                var value = values.Slice(pos + 4, len);

                // Short values (group labels) are keyed by one unaligned 8-byte load while 8 bytes remain in the page.
                var id = len <= 7 && pos + 12 <= values.Length
                    ? table.GetShortId(Utf8ValueTable.ShortKey(BinaryPrimitives.ReadUInt64LittleEndian(values[(pos + 4)..]), len), value)
                    : table.GetId(value);
                if (id < 0)
                {
                    return false;
                }

                dense[i] = id;
                pos += 4 + len;
            }

            return true;
        }

        public void LoadDictionary(ReadOnlySpan<byte> page, int count)
        {
            // Keep the dictionary bytes (the page buffer is reused by the data pages) and each entry's offset.
            Ensure(ref owner._dictOffsets, count + 1);
            Ensure(ref owner._dictIds, count);
            var pos = 0;
            for (var i = 0; i < count; i++)
            {
                owner._dictOffsets[i] = pos;
                pos += 4 + BinaryPrimitives.ReadInt32LittleEndian(page[pos..]);
            }

            owner._dictOffsets[count] = pos;
            Ensure(ref owner._dictionaryBytes, pos);
            page[..pos].CopyTo(owner._dictionaryBytes);
            owner._dictIds.AsSpan(0, count).Fill(int.MinValue);
        }

        public bool FromDictionary(ReadOnlySpan<int> indices, Span<int> dense)
        {
            var ids = owner._dictIds.AsSpan(0, owner._dictCount);
            for (var i = 0; i < indices.Length; i++)
            {
                ref var id = ref ids[indices[i]];
                if (id == int.MinValue)
                {
                    var at = owner._dictOffsets[indices[i]];
                    var len = BinaryPrimitives.ReadInt32LittleEndian(owner._dictionaryBytes.AsSpan(at));
                    id = table.GetId(owner._dictionaryBytes.AsSpan(at + 4, len));
                    if (id < 0)
                    {
                        return false;
                    }
                }

                dense[i] = id;
            }

            return true;
        }

        public void Move(int from, int to) => _dest[to] = _dest[from];

        public void SetNull(int index) => _dest[index] = -1;
    }

    private readonly PageBufferWriter _pageWriter = new();
    private int _numberOffset;
    private int[] _dictInts = [];
    private bool _dictIntsValid;
    private bool _sawNull;
    private byte[] _dictionaryBytes = [];
    private int[] _scratch = [];

    private int[] EnsureScratch(int n)
    {
        Ensure(ref _scratch, n);
        return _scratch;
    }

    /// <summary>
    /// An <see cref="IBufferWriter{T}"/> over our page buffer, so a decompressor writes where we read. A page that needs
    /// more room than its header states is corrupt: the writer refuses, and the chunk goes to the generic reader.
    /// </summary>
    private sealed class PageBufferWriter : IBufferWriter<byte>
    {
        private Memory<byte> _target;

        public int Written { get; private set; }

        public void Reset(Memory<byte> target)
        {
            _target = target;
            Written = 0;
        }

        public void Advance(int count) => Written += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            var room = _target[Written..];
            return room.Length >= Math.Max(sizeHint, 1)
                ? room
                : throw new InvalidDataException("Decompressed page is larger than its header states.");
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }
}
