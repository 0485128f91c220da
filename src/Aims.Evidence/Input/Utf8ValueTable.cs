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

            // A direct-mapped cache in front of the dictionary: a group column has few distinct values, so almost every
            // row is answered here. An id never changes once given, so the cache cannot change any result.
            var c = (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - CacheBits));
            if (_cacheKeys[c] == key && _cacheIds[c] != 0)
            {
                return _cacheIds[c] - 1;
            }

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

        return GetLongId(utf8);
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
