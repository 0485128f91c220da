namespace Aims.Evidence.Fairness;

/// <summary>
/// Assigns a dense integer code to each distinct value of one sensitive attribute. Lookups take a span so the CSV hot
/// path does not allocate a string per row; a string is created once per distinct value.
/// </summary>
internal sealed class ValueCodebook
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
    private readonly List<string?> _values = [];
    private int _missingCode = -1;

    public ValueCodebook(string attribute, int maxValues)
    {
        Attribute = attribute;
        MaxValues = maxValues;
        _spanLookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Attribute { get; }

    public int MaxValues { get; }

    public int Count => _values.Count;

    /// <summary>Value for a code; null is the missing-value group.</summary>
    public string? this[int code] => _values[code];

    public int GetCode(ReadOnlySpan<char> value)
    {
        if (_spanLookup.TryGetValue(value, out var code))
        {
            return code;
        }

        return Add(value.ToString());
    }

    public int GetCode(string value)
    {
        if (_codes.TryGetValue(value, out var code))
        {
            return code;
        }

        return Add(value);
    }

    public int GetMissingCode()
    {
        if (_missingCode < 0)
        {
            _missingCode = _values.Count;
            _values.Add(null);
        }

        return _missingCode;
    }

    private int Add(string value)
    {
        // Counting distinct values here (not afterwards) lets a 10M-row file with an ID column fail fast.
        if (_codes.Count >= MaxValues)
        {
            throw new EvidenceInputException(
                $"Sensitive attribute '{Attribute}' has more than {MaxValues} distinct values; it looks like an identifier, not a group. " +
                "Pick a grouping column or raise --max-groups.");
        }

        var code = _values.Count;
        _codes.Add(value, code);
        _values.Add(value);
        return code;
    }
}
