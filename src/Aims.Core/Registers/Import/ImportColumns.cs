using Aims.Core.Registers.Editing;

namespace Aims.Core.Registers.Import;

/// <summary>
/// Which field each column of a file fills: a header may be the field's key ("intendedUse") or its label ("Intended
/// use"), in any case and with spaces, dashes or underscores. A header that names nothing, one named twice, or a required
/// field with no column is a problem on line 1 — a file is never imported with a column quietly left out.
/// </summary>
internal static class ImportColumns
{
    public static IReadOnlyList<RegisterField?> Map(IReadOnlyList<string> headers, IReadOnlyList<RegisterField> fields, List<ImportError> errors)
    {
        var byName = new Dictionary<string, RegisterField>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byName.TryAdd(Normal(field.Key), field);
            byName.TryAdd(Normal(field.Label), field);
        }

        var columns = new RegisterField?[headers.Count];
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (header.Length == 0)
            {
                continue; // an unnamed column is refused only if a row fills it (see RegisterImport)
            }

            if (!byName.TryGetValue(Normal(header), out var field))
            {
                errors.Add(new ImportError(1, header, $"'{header}' is not a column of this import. Columns: {string.Join(", ", fields.Select(f => f.Key))}."));
                continue;
            }

            if (seen.TryGetValue(field.Key, out var earlier))
            {
                errors.Add(new ImportError(1, header, $"'{header}' and '{earlier}' both fill {field.Label}; keep one of them."));
                continue;
            }

            seen[field.Key] = header;
            columns[i] = field;
        }

        foreach (var missing in fields.Where(f => f.Required && !seen.ContainsKey(f.Key)))
        {
            errors.Add(new ImportError(1, missing.Key, $"The file has no '{missing.Key}' column, and {missing.Label} is required."));
        }

        return columns;
    }

    private static string Normal(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_' and not ':' and not '(' and not ')')).ToUpperInvariant();
}
