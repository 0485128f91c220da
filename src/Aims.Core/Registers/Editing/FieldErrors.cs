using Aims.Core.Common;
using Aims.Core.Text;

namespace Aims.Core.Registers.Editing;

/// <summary>
/// The problems of one input, per field (camelCase, as API clients send them), collected with the rules every register
/// shares so each says "Title is required." and "Review date … is not a date" the same way.
/// </summary>
public sealed class FieldErrors : Dictionary<string, string[]>
{
    public FieldErrors()
        : base(StringComparer.Ordinal)
    {
    }

    public void Add(string field, string message) =>
        this[field] = TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    /// <summary>A text field: required when asked, then the character rules and the length of <paramref name="field"/>.</summary>
    public void Text(RegisterField field, string? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (field.Required)
            {
                Add(field.Key, $"{field.Label} is required.");
            }

            return;
        }

        var kind = field.Kind == FieldKind.MultiLine ? TextKind.MultiLine : TextKind.Name;
        if (TextRules.Problem(field.Label, value.Trim(), kind, field.MaxLength) is { } problem)
        {
            Add(field.Key, problem);
        }
    }

    /// <summary>A choice: required when asked, and a defined value (a number sent in JSON can name no member).</summary>
    public void Choice<TEnum>(RegisterField field, TEnum? value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value is null)
        {
            if (field.Required)
            {
                Add(field.Key, $"{field.Label} is required. Use one of: {ApiNames.ListOf<TEnum>()}.");
            }
        }
        else if (!Enum.IsDefined(value.Value))
        {
            Add(field.Key, $"Unknown value. Use one of: {ApiNames.ListOf<TEnum>()}.");
        }
    }

    /// <summary>Something that must be given (a date, a number).</summary>
    public void Present<TValue>(RegisterField field, TValue? value)
        where TValue : struct
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value is null && field.Required)
        {
            Add(field.Key, $"{field.Label} is required.");
        }
    }

    /// <summary>A calendar day: required when asked, and within the years a plan or a record can sensibly name.</summary>
    public void Day(RegisterField field, DateOnly? value)
    {
        Present(field, value);
        if (value is { } day && (day.Year < 1990 || day.Year > 2199))
        {
            Add(field.Key, $"{field.Label} {day:yyyy-MM-dd} is outside the years 1990 to 2199.");
        }
    }

    /// <summary>A number: required when asked, and exactly storable (at most 8 decimal places, under 10^20).</summary>
    public void Number(RegisterField field, decimal? value)
    {
        Present(field, value);
        if (value is { } number && (decimal.Round(number, 8) != number || Math.Abs(number) >= 100_000_000_000_000_000_000m))
        {
            Add(field.Key, $"{field.Label} must have at most 8 decimal places and be smaller than 10^20 in size.");
        }
    }

    /// <summary>A day that cannot lie after <paramref name="latest"/> (a measurement is not taken in the future).</summary>
    public void NotAfter(RegisterField field, DateOnly? value, DateOnly latest)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value is { } day && day > latest)
        {
            Add(field.Key, $"{field.Label} {day:yyyy-MM-dd} is in the future; the latest day allowed is {latest:yyyy-MM-dd}.");
        }
    }

    /// <summary>A list of one-line entries: each a valid line of text, none twice, at most <paramref name="max"/>.</summary>
    public void Lines(RegisterField field, IReadOnlyList<string>? lines, int max = 100)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (lines is null)
        {
            return;
        }

        if (lines.Count > max)
        {
            Add(field.Key, $"At most {max} entries ({lines.Count} given).");
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                Add(field.Key, $"Entry {i + 1} is empty.");
            }
            else if (TextRules.Problem($"Entry {i + 1}", lines[i].Trim(), TextKind.Name, field.MaxLength) is { } problem)
            {
                Add(field.Key, problem);
            }
        }

        if (lines.Select(l => l?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != lines.Count)
        {
            Add(field.Key, "An entry is listed twice.");
        }
    }

    /// <summary>A list of ids: no more than <paramref name="max"/>, none empty, none twice.</summary>
    public void Ids(RegisterField field, IReadOnlyList<Guid>? ids, int max = 200)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (ids is null)
        {
            return;
        }

        if (ids.Count > max)
        {
            Add(field.Key, $"At most {max} entries ({ids.Count} given).");
        }
        else if (ids.Any(id => id == Guid.Empty))
        {
            Add(field.Key, "An empty id is not a record.");
        }
        else if (ids.Distinct().Count() != ids.Count)
        {
            Add(field.Key, "An entry is listed twice.");
        }
    }

    /// <summary>
    /// A matrix: each row named is one of the field's rows and holds one of its choices; a row's problem is reported under
    /// <c>key.row</c> so the form shows it on that row.
    /// </summary>
    public void Matrix(RegisterField field, IReadOnlyDictionary<string, string?>? cells)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (cells is null)
        {
            return;
        }

        var choices = string.Join(", ", field.Choices.Select(c => c.Value));
        foreach (var (row, value) in cells)
        {
            if (field.Rows.All(r => r.Value != row))
            {
                Add($"{field.Key}.{row}", $"'{row}' is not one of the rows of {field.Label}. Use: {string.Join(", ", field.Rows.Select(r => r.Value))}.");
            }
            else if (value is null || field.Choices.All(c => c.Value != value))
            {
                var label = field.Rows.First(r => r.Value == row).Label;
                Add($"{field.Key}.{row}", value is null
                    ? $"{label}: choose one of {choices}, or leave it out."
                    : $"{label}: '{value}' is not a choice. Use one of: {choices}.");
            }
        }
    }
}
