using System.Text;
using System.Text.Json;

namespace Aims.Core.Ledger;

/// <summary>
/// The state the ledger implies, built entry by entry in chain order: Created sets every field, Updated applies the
/// "to" values, Deleted removes the record. Entries are parsed with a forward-only JSON reader and field names are
/// shared between records, so a million entries replay in a few seconds and in memory proportional to the records.
/// </summary>
internal sealed class LedgerReplay
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, string?>>> _byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly char[] _nameBuffer = new char[256];

    public LedgerReplay() => _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly List<LedgerDifference> _anomalies = [];

    public long Entries { get; private set; }

    public IReadOnlyList<LedgerDifference> Anomalies => _anomalies;

    public IEnumerable<string> EntityTypes => _byType.Keys;

    /// <summary>The live records of one type (id → field → rendered value); empty when the ledger has none.</summary>
    public Dictionary<string, Dictionary<string, string?>> RecordsOf(string entityType) =>
        _byType.TryGetValue(entityType, out var records) ? records : [];

    public void Apply(string entityType, string entityId, LedgerAction action, ReadOnlySpan<byte> payload)
    {
        Entries++;
        if (!_byType.TryGetValue(entityType, out var records))
        {
            records = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
            _byType[Intern(entityType)] = records;
        }

        switch (action)
        {
            case LedgerAction.Created:
                var created = new Dictionary<string, string?>(StringComparer.Ordinal);
                Read(payload, created, update: false);
                records[entityId] = created;
                break;
            case LedgerAction.Updated:
                if (!records.TryGetValue(entityId, out var current))
                {
                    _anomalies.Add(new LedgerDifference(LedgerDifferenceKind.LedgerAnomaly, entityType, entityId, null,
                        "the ledger updates a record it never created"));
                    current = new Dictionary<string, string?>(StringComparer.Ordinal);
                    records[entityId] = current;
                }

                Read(payload, current, update: true);
                break;
            case LedgerAction.Deleted:
                if (!records.Remove(entityId))
                {
                    _anomalies.Add(new LedgerDifference(LedgerDifferenceKind.LedgerAnomaly, entityType, entityId, null,
                        "the ledger deletes a record it never created"));
                }

                break;
            default:
                _anomalies.Add(new LedgerDifference(LedgerDifferenceKind.LedgerAnomaly, entityType, entityId, null,
                    $"unknown ledger action '{action}'"));
                break;
        }
    }

    private void Read(ReadOnlySpan<byte> payload, Dictionary<string, string?> fields, bool update)
    {
        var reader = new Utf8JsonReader(payload);
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            fields[name] = update && reader.TokenType == JsonTokenType.StartObject ? ReadTo(ref reader) : ReadValue(ref reader);
        }
    }

    private static string? ReadTo(ref Utf8JsonReader reader)
    {
        string? to = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTo = reader.ValueTextEquals("to"u8);
            reader.Read();
            if (isTo)
            {
                to = ReadValue(ref reader);
            }
            else
            {
                // Only the "to" value matters for the state; the "from" value is skipped without a string.
                reader.Skip();
            }
        }

        return to;
    }

    private static string? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.StartObject or JsonTokenType.StartArray => Raw(ref reader),
        _ => Encoding.UTF8.GetString(reader.ValueSpan),
    };

    // The recorder writes only strings and nulls; anything else is kept as its JSON text so a comparison fails visibly.
    private static string Raw(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return "json:" + start.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new JsonException($"expected {type} in a ledger payload");
        }
    }

    // Field names repeat in every entry: look them up from the reader's characters instead of allocating each time.
    private string Name(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence || reader.ValueSpan.Length > _nameBuffer.Length ? -1 : reader.CopyString(_nameBuffer);
        return length >= 0 && _nameLookup.TryGetValue(_nameBuffer.AsSpan(0, length), out var shared) ? shared : Intern(reader.GetString()!);
    }

    private string Intern(string name)
    {
        if (_names.TryGetValue(name, out var shared))
        {
            return shared;
        }

        _names[name] = name;
        return name;
    }
}
