using System.Globalization;
using Aims.Evidence.Drift;

namespace Aims.Evidence.Input;

/// <summary>Per-column type inference and storage while a CSV is streamed for drift.</summary>
internal sealed class CsvColumnState(string name, int index, bool textMode)
{
    private readonly Dictionary<string, string> _intern = new(StringComparer.Ordinal);
    private double[] _numbers = textMode ? [] : new double[1024];
    private string?[] _texts = textMode ? new string?[1024] : [];
    private int _count;
    private bool _allLong = true;
    private bool _sawNumber;
    private bool _sawBool;
    private bool _sawText;
    private bool _anyMissing;

    public string Name { get; } = name;

    public int Index { get; } = index;

    public bool TextMode { get; } = textMode;

    public SourceValueType Type =>
        TextMode || _sawText || (_sawBool && _sawNumber) ? SourceValueType.String
        : _sawBool ? SourceValueType.Boolean
        : _sawNumber && _allLong && !_anyMissing ? SourceValueType.Integer
        : SourceValueType.Float;

    public void Add(ReadOnlySpan<char> value)
    {
        if (TextMode)
        {
            AddText(value);
            return;
        }

        if (_count == _numbers.Length)
        {
            Array.Resize(ref _numbers, _numbers.Length * 2);
        }

        if (NaValues.IsMissing(value))
        {
            _anyMissing = true;
            _numbers[_count++] = double.NaN;
            return;
        }

        if (NumberText.TryParse(value, out var d))
        {
            _sawNumber = true;
            if (_allLong && !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                _allLong = false;
            }

            _numbers[_count++] = d;
            return;
        }

        if (TryBool(value, out var b))
        {
            _sawBool = true;
            _numbers[_count++] = b ? 1 : 0;
            return;
        }

        // Text (or a mix of types): the column is a String column and the caller re-reads it as text.
        _sawText = true;
        _numbers[_count++] = double.NaN;
    }

    public DriftColumnData ToData() => Type == SourceValueType.String
        ? new DriftColumnData { Name = Name, ValueType = SourceValueType.String, Texts = _texts[.._count] }
        : new DriftColumnData { Name = Name, ValueType = Type, Numbers = _numbers[.._count] };

    private void AddText(ReadOnlySpan<char> value)
    {
        if (_count == _texts.Length)
        {
            Array.Resize(ref _texts, _texts.Length * 2);
        }

        if (NaValues.IsMissing(value))
        {
            _texts[_count++] = null;
            return;
        }

        var lookup = _intern.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(value, out var s))
        {
            s = value.ToString();
            _intern[s] = s;
        }

        _texts[_count++] = s;
    }

    private static bool TryBool(ReadOnlySpan<char> value, out bool result)
    {
        // pandas.read_csv recognises these spellings as booleans.
        if (value is "True" or "true" or "TRUE")
        {
            result = true;
            return true;
        }

        result = false;
        return value is "False" or "false" or "FALSE";
    }
}
