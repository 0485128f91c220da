using Aims.Core.Common;

namespace Aims.Core.Registers;

/// <summary>
/// The sortable fields of one register; the first is the default. Parses the API's "field" / "-field" (descending),
/// case-insensitively; anything else is a validation error naming <c>sort</c> rather than a silent fallback.
/// </summary>
public sealed class RegisterSorts<T>
    where T : AuditedEntity
{
    private readonly IReadOnlyList<SortField<T>> _fields;

    public RegisterSorts(params IReadOnlyList<SortField<T>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentOutOfRangeException.ThrowIfZero(fields.Count);
        _fields = fields;
    }

    public IReadOnlyList<string> Names => [.. _fields.Select(f => f.Name)];

    public SortOrder<T> Parse(string? text, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SortOrder<T>(_fields[0], false);
        }

        var trimmed = text.Trim();
        var descending = trimmed.StartsWith('-');
        var name = descending ? trimmed[1..] : trimmed;
        var field = _fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (field is null)
        {
            errors["sort"] = [$"Unknown sort field '{name}'. Use one of: {string.Join(", ", Names)} (prefix '-' for descending)."];
            return new SortOrder<T>(_fields[0], false);
        }

        return new SortOrder<T>(field, descending);
    }
}
