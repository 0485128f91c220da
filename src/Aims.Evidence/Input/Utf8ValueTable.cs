using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Aims.Evidence.Input;

/// <summary>
/// Dense ids for the distinct UTF-8 values of one text column, in order of first appearance. Values of up to 7 bytes
/// (group labels such as "F", "45-59") are found by one 64-bit key lookup; longer ones by a string lookup over a
/// stack-decoded span. A string is created once per distinct value. <see cref="Limit"/> stops an identifier-like
/// column early: the caller then falls back to the generic reader, which reports the proper error.
/// </summary>
internal sealed class Utf8ValueTable(int limit)
{
    private readonly Dictionary<ulong, int> _short = [];
    private readonly Dictionary<string, int> _long = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private const int CacheBits = 6;
    private readonly ulong[] _cacheKeys = new ulong[1 << CacheBits];
    private readonly int[] _cacheIds = new int[1 << CacheBits]; // id + 1; 0 = empty

    public int Limit { get; } = limit;

    public int Count => _values.Count;

    /// <summary>The value of an id, as .NET would decode it from UTF-8 (invalid bytes become U+FFFD).</summary>
    public string this[int id] => _values[id];

    /// <summary>The id of a value; -1 when the table is full (more than <see cref="Limit"/> distinct values).</summary>
    public int GetId(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= 7)
        {
            ulong key = (ulong)utf8.Length << 56;
            for (var i = 0; i < utf8.Length; i++)
            {
                key |= (ulong)utf8[i] << (8 * i);
            }

            return GetShortId(key, utf8);
        }

        return GetLongId(utf8);
    }

    /// <summary>
    /// The key of a value of at most 7 bytes: its bytes, little-endian, with the length in the top byte.
    /// <paramref name="eightBytes"/> starts at the value and may run past it; only the value's own bytes are kept.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong ShortKey(ulong eightBytes, int length) =>
        (eightBytes & ((1UL << (8 * length)) - 1)) | ((ulong)length << 56);

    /// <summary>The id of a value of at most 7 bytes whose <see cref="ShortKey"/> is <paramref name="key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetShortId(ulong key, ReadOnlySpan<byte> utf8)
    {
        // A direct-mapped cache in front of the dictionary: a group column has few distinct values, so almost every
        // row is answered here. An id never changes once given, so the cache cannot change any result.
        var c = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - CacheBits));
        var cached = _cacheIds[c];
        return _cacheKeys[c] == key && cached != 0 ? cached - 1 : GetShortIdSlow(key, c, utf8);
    }

    private int GetShortIdSlow(ulong key, int c, ReadOnlySpan<byte> utf8)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_short, key, out var exists);
        if (!exists)
        {
            slot = Add(Encoding.UTF8.GetString(utf8));
            if (slot < 0)
            {
                _short.Remove(key);
                return -1;
            }
        }

        _cacheKeys[c] = key;
        _cacheIds[c] = slot + 1;
        return slot;
    }

    private int GetLongId(ReadOnlySpan<byte> utf8)
    {
        var lookup = _long.GetAlternateLookup<ReadOnlySpan<char>>();
        var rented = utf8.Length > 512 ? new char[Encoding.UTF8.GetMaxCharCount(utf8.Length)] : null;
        Span<char> chars = rented ?? stackalloc char[Encoding.UTF8.GetMaxCharCount(512)];
        var n = Encoding.UTF8.GetChars(utf8, chars);
        if (lookup.TryGetValue(chars[..n], out var id))
        {
            return id;
        }

        var text = chars[..n].ToString();
        id = Add(text);
        if (id >= 0)
        {
            _long.Add(text, id);
        }

        return id;
    }

    private int Add(string value)
    {
        if (_values.Count >= Limit)
        {
            return -1;
        }

        _values.Add(value);
        return _values.Count - 1;
    }
}
