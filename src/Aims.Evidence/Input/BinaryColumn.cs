using System.Globalization;
using System.Runtime.Intrinsics;

namespace Aims.Evidence.Input;

/// <summary>
/// Normalises a label or prediction column to 0/1 against the chosen favourable value and enforces that the column is
/// binary. Raw spellings seen before are cached so the hot path is a short span comparison, with no allocation.
/// </summary>
internal sealed class BinaryColumn
{
    public const int Missing = -1;
    public const int NonFinite = -2;

    private readonly string _positive;
    private readonly double? _positiveNumber;
    private readonly List<(string Raw, int Value)> _cache = [];
    private readonly List<string> _distinct = [];
    private readonly Dictionary<double, int> _numberCache = [];
    private double _fast0 = double.NaN;
    private double _fast1 = double.NaN;
    private int _fast0Result;
    private int _fast1Result;

    public BinaryColumn(string column, string positive)
    {
        Column = column;
        _positive = positive;
        _positiveNumber = double.TryParse(positive, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p
            : positive.Equals("true", StringComparison.OrdinalIgnoreCase) ? 1
            : positive.Equals("false", StringComparison.OrdinalIgnoreCase) ? 0
            : null;
    }

    public string Column { get; }

    /// <summary>Distinct values seen (canonical spelling), at most two.</summary>
    public IReadOnlyList<string> Distinct => _distinct;

    public bool SawPositive { get; private set; }

    public int Normalize(ReadOnlySpan<char> raw)
    {
        foreach (var (cached, value) in _cache)
        {
            if (raw.SequenceEqual(cached))
            {
                return value;
            }
        }

        return Slow(raw);
    }

    /// <summary>Numeric (or boolean as 0/1) Parquet values; NaN is missing.</summary>
    public int Normalize(double value)
    {
        // The two values of a binary column answer without a hash lookup; NaN never compares equal and takes the slow path.
        if (value == _fast0)
        {
            return _fast0Result;
        }

        if (value == _fast1)
        {
            return _fast1Result;
        }

        if (_numberCache.TryGetValue(value, out var cached))
        {
            return cached;
        }

        int result;
        if (double.IsNaN(value))
        {
            result = Missing;
        }
        else if (double.IsInfinity(value))
        {
            result = NonFinite;
        }
        else
        {
            result = value == _positiveNumber ? 1 : 0;
            Register(value.ToString("R", CultureInfo.InvariantCulture), result);
        }

        _numberCache[value] = result;
        if (double.IsNaN(_fast0))
        {
            (_fast0, _fast0Result) = (value, result);
        }
        else if (double.IsNaN(_fast1))
        {
            (_fast1, _fast1Result) = (value, result);
        }

        return result;
    }

    /// <summary>
    /// Whole-number values (label and prediction columns written as integers) into codes, four rows at a time (128-bit vectors, which every x64 and Arm64 build has) once the
    /// column's two values are known. Blocks holding anything else go through <see cref="Normalize(double)"/> row by row,
    /// so first appearances are registered in row order and a third value is refused exactly as before.
    /// </summary>
    public void Normalize(ReadOnlySpan<int> values, Span<int> codes)
    {
        var i = 0;

        // Until both values have been seen (or a block shows there is only one) the scalar path establishes them.
        while (i < values.Length && double.IsNaN(_fast1) && (double.IsNaN(_fast0) || values[i] != _fast0))
        {
            codes[i] = Normalize((double)values[i]);
            i++;
        }

        if (i == values.Length)
        {
            return;
        }

        var a = (int)_fast0;
        var b = double.IsNaN(_fast1) ? a : (int)_fast1;
        var ra = _fast0Result;
        var rb = double.IsNaN(_fast1) ? ra : _fast1Result;
        if (Vector128.IsHardwareAccelerated)
        {
            var va = Vector128.Create(a);
            var vb = Vector128.Create(b);
            var vra = Vector128.Create(ra);
            var vrb = Vector128.Create(rb);
            for (; i <= values.Length - Vector128<int>.Count; i += Vector128<int>.Count)
            {
                var v = Vector128.Create(values.Slice(i, Vector128<int>.Count));
                var isA = Vector128.Equals(v, va);
                var isB = Vector128.Equals(v, vb);
                if ((isA | isB) == Vector128<int>.AllBitsSet)
                {
                    Vector128.ConditionalSelect(isA, vra, vrb).CopyTo(codes.Slice(i, Vector128<int>.Count));
                    continue;
                }

                for (var j = i; j < i + Vector128<int>.Count; j++)
                {
                    codes[j] = Normalize((double)values[j]);
                }

                // A second value just appeared: the remaining blocks use both.
                if (b == a && !double.IsNaN(_fast1))
                {
                    b = (int)_fast1;
                    rb = _fast1Result;
                    vb = Vector128.Create(b);
                    vrb = Vector128.Create(rb);
                }
            }
        }

        for (; i < values.Length; i++)
        {
            var v = values[i];
            codes[i] = v == a ? ra : v == b ? rb : Normalize((double)v);
        }
    }

    private int Slow(ReadOnlySpan<char> raw)
    {
        int result;
        if (NaValues.IsMissing(raw))
        {
            result = Missing;
        }
        else if (NumberText.TryParse(raw, out var number))
        {
            // "1", "1.0" and "1e0" are the same label, as they would be after pandas parsed the column as numbers.
            result = double.IsInfinity(number) ? NonFinite : number == _positiveNumber ? 1 : 0;
            if (result != NonFinite)
            {
                Register(number.ToString("R", CultureInfo.InvariantCulture), result);
            }
        }
        else
        {
            var text = raw.ToString();
            var isBool = bool.TryParse(text, out var b);
            result = text == _positive || (isBool && _positiveNumber == (b ? 1 : 0)) ? 1 : 0;
            Register(isBool ? (b ? "1" : "0") : text, result);
        }

        if (_cache.Count < 16)
        {
            _cache.Add((raw.ToString(), result));
        }

        return result;
    }

    private void Register(string canonical, int value)
    {
        if (_distinct.Contains(canonical))
        {
            return;
        }

        _distinct.Add(canonical);
        SawPositive |= value == 1;
        if (_distinct.Count > 2)
        {
            throw new EvidenceInputException(
                $"Column '{Column}' is not binary: found values {string.Join(", ", _distinct.Select(v => $"'{v}'"))}. " +
                "Fairness metrics need a binary label and prediction; map them to two values first (or use --score with --score-threshold).");
        }
    }
}
