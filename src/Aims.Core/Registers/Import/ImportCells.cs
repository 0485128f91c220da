using System.Globalization;
using System.Text.Json.Nodes;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Registers.Import;

/// <summary>
/// One cell of an import as the JSON value the API would take for its field: a choice by its value or its label, a list
/// one entry per line of the cell (or separated by ';' when the cell is one line), a member by e-mail address or name, a
/// linked record by id or name, a matrix as <c>row=choice</c> entries. A cell that cannot be read adds a problem saying
/// what was expected; the register's own rules then check the value as they check a create.
/// </summary>
internal static class ImportCells
{
    public static async Task<JsonNode?> ReadAsync(RegisterField field, string cell, ImportLookups lookups, List<string> problems, CancellationToken ct)
    {
        var text = cell.Trim();
        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.MultiLine:
                return JsonValue.Create(cell);
            case FieldKind.Choice:
                return Choice(field, field.Choices, text, problems) is { } choice ? JsonValue.Create(choice) : null;
            case FieldKind.Choices:
                return new JsonArray([.. Entries(cell).Select(e => Choice(field, field.Choices, e, problems)).Where(v => v is not null)
                    .Select(v => (JsonNode)JsonValue.Create(v)!)]);
            case FieldKind.Lines:
                return new JsonArray([.. Entries(cell).Select(e => (JsonNode)JsonValue.Create(e))]);
            case FieldKind.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return JsonValue.Create(text);
                }

                problems.Add($"'{text}' is not a date: write it as yyyy-mm-dd (for example 2027-03-31).");
                return null;
            case FieldKind.Number:
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                problems.Add($"'{text}' is not a number: write it with a point for decimals (for example 0.85).");
                return null;
            case FieldKind.Switch:
                return text.ToUpperInvariant() switch
                {
                    "YES" or "Y" or "TRUE" or "1" => JsonValue.Create(true),
                    "NO" or "N" or "FALSE" or "0" => JsonValue.Create(false),
                    _ => Problem(problems, $"'{text}' is not yes or no."),
                };
            case FieldKind.Member:
                return await MemberAsync(field, text, lookups, problems, ct) is { } member ? JsonValue.Create(member.ToString("D")) : null;
            case FieldKind.Reference:
                return await RecordAsync(field, text, lookups, problems, ct) is { } one ? JsonValue.Create(one.ToString("D")) : null;
            case FieldKind.References:
                var ids = new JsonArray();
                foreach (var entry in Entries(cell))
                {
                    if (await RecordAsync(field, entry, lookups, problems, ct) is { } id)
                    {
                        ids.Add(JsonValue.Create(id.ToString("D")));
                    }
                }

                return ids;
            case FieldKind.Matrix:
                return Matrix(field, cell, problems);
            default:
                problems.Add($"{field.Label} cannot be imported from a table; enter it on the record's page.");
                return null;
        }
    }

    /// <summary>The entries of a list cell: one per line, or ';'-separated when the cell is one line. Blank entries carry nothing.</summary>
    public static IReadOnlyList<string> Entries(string cell)
    {
        var parts = cell.Contains('\n', StringComparison.Ordinal) ? cell.Split('\n') : cell.Split(';');
        return [.. parts.Select(p => p.Trim()).Where(p => p.Length > 0)];
    }

    private static string? Choice(RegisterField field, IReadOnlyList<FieldChoice> choices, string text, List<string> problems)
    {
        // "humanInTheLoop", "Human in the loop" and the whole label all name the same choice.
        var wanted = Letters(text);
        var found = choices.FirstOrDefault(c => Letters(c.Value) == wanted) ??
                    choices.FirstOrDefault(c => Letters(c.Label) == wanted || Letters(c.Label.Split(':')[0]) == wanted);
        if (found is null)
        {
            problems.Add($"'{text}' is not a value of {field.Label}. Use one of: {string.Join(", ", choices.Select(c => c.Value))}.");
        }

        return found?.Value;
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    private static JsonObject? Matrix(RegisterField field, string cell, List<string> problems)
    {
        var cells = new JsonObject();
        foreach (var entry in Entries(cell))
        {
            var at = entry.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                problems.Add($"'{entry}' is not row=choice (for example {field.Rows[0].Value}={field.Choices[0].Value}).");
                continue;
            }

            var row = Choice(field with { Label = field.Label + " (row)" }, field.Rows, entry[..at].Trim(), problems);
            var value = Choice(field, field.Choices, entry[(at + 1)..].Trim(), problems);
            if (row is null || value is null)
            {
                continue;
            }

            if (cells.ContainsKey(row))
            {
                problems.Add($"The row '{row}' is given twice.");
                continue;
            }

            cells[row] = value;
        }

        return cells;
    }

    private static async Task<Guid?> MemberAsync(RegisterField field, string text, ImportLookups lookups, List<string> problems, CancellationToken ct)
    {
        var members = await lookups.MembersAsync(ct);
        if (Guid.TryParse(text, out var id))
        {
            return members.Has(id) ? id : Problem<Guid>(problems, $"{field.Label} {id:D} is not a member of this organization.");
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return members.ByEmail(text) ?? Problem<Guid>(problems, $"No member of this organization has the e-mail address '{text}'.");
        }

        var named = members.Named(text);
        return named.Count switch
        {
            1 => named[0],
            0 => Problem<Guid>(problems, $"No member of this organization is called '{text}'; give their e-mail address."),
            _ => Problem<Guid>(problems, $"{named.Count} members are called '{text}'; give their e-mail address instead."),
        };
    }

    private static async Task<Guid?> RecordAsync(RegisterField field, string text, ImportLookups lookups, List<string> problems, CancellationToken ct)
    {
        var register = field.RefersTo!;
        var isId = Guid.TryParse(text, out var id);
        if (!ImportLookups.Names(register))
        {
            // Existence is the register's own check (as for a create); only the id's form is read here.
            return isId ? id : Problem<Guid>(problems, $"'{text}' is not an id of a record of {register}.");
        }

        var records = await lookups.RecordsAsync(register, ct);
        if (isId)
        {
            return records.Has(id) ? id : Problem<Guid>(problems, $"No record {id:D} in this organization's {register}.");
        }

        var named = records.Named(text);
        return named.Count switch
        {
            1 => named[0],
            0 => Problem<Guid>(problems, $"Nothing in this organization's {register} is called '{text}'."),
            _ => Problem<Guid>(problems, $"{named.Count} records of {register} are called '{text}'; give the id of the one you mean."),
        };
    }

    private static JsonNode? Problem(List<string> problems, string message)
    {
        problems.Add(message);
        return null;
    }

    private static T? Problem<T>(List<string> problems, string message)
        where T : struct
    {
        problems.Add(message);
        return null;
    }
}
