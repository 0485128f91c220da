using System.Text.Json;
using System.Text.Json.Nodes;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Registers.Import;

/// <summary>
/// Bulk import into a register, all or nothing: every row is read and checked with the register's create rules (and
/// against the other rows), every problem is reported with its line, field and reason, and only a file with none is
/// stored — each record ledgered as a create, all in one transaction. A preview runs the same checks and stores nothing.
/// </summary>
public sealed class RegisterImport(IDbContextFactory<AimsDbContext> dbFactory)
{
    public const int PreviewRows = 10;

    public async Task<ImportResult> RunAsync<TInput>(ImportTarget<TInput> target, Caller caller, ImportTable table, JsonSerializerOptions json,
        bool commit, CancellationToken ct = default)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(table);
        caller.Demand(target.WritePermission);
        var errors = new List<ImportError>();
        var columns = ImportColumns.Map(table.Headers, target.Fields, errors);
        await using var db = await dbFactory.OpenForAsync(caller, ct);
        var lookups = new ImportLookups(db, caller);
        var inputs = new List<TInput>(table.Rows.Count);
        var preview = new List<IReadOnlyList<string>>();
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (table.Rows.Count == 0)
        {
            errors.Add(new ImportError(1, "file", $"The file has a header but no rows: add one row per {target.Noun}."));
        }

        foreach (var row in table.Rows)
        {
            ct.ThrowIfCancellationRequested();
            var rowErrors = new FieldErrors();
            var body = new JsonObject();
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                if (string.IsNullOrWhiteSpace(cell))
                {
                    continue;
                }

                if (i >= columns.Count || columns[i] is not { } field)
                {
                    if (i >= columns.Count || table.Headers[i].Length == 0)
                    {
                        rowErrors.Add($"column {i + 1}", "This cell is in a column with no header; name the column or empty the cell.");
                    }

                    continue; // a named column that maps to nothing is already a line-1 problem
                }

                var problems = new List<string>();
                if (await ImportCells.ReadAsync(field, cell, lookups, problems, ct) is { } value)
                {
                    body[field.Key] = value;
                }

                foreach (var problem in problems)
                {
                    rowErrors.Add(field.Key, problem);
                }
            }

            if (preview.Count < PreviewRows)
            {
                // People and linked records as the file names them; everything else as it would be stored.
                preview.Add([.. columns.Select((c, i) => c is null ? ""
                    : c.Kind is FieldKind.Member or FieldKind.Reference or FieldKind.References ? (i < row.Cells.Count ? row.Cells[i].Trim() : "")
                    : Display(body[c.Key]))]);
            }

            if (Read(target, body, json, rowErrors) is { } input)
            {
                // A cell that could not be read already says why; the rules would only add "is required" beside it.
                var ruleErrors = new FieldErrors();
                await target.CheckAsync(db, caller, input, lookups, ruleErrors, ct);
                foreach (var (field, messages) in ruleErrors.Where(e => !rowErrors.ContainsKey(e.Key)))
                {
                    rowErrors[field] = messages;
                }

                if (target.UniqueKey(input) is { } key && !rowErrors.ContainsKey("name"))
                {
                    if (keys.TryGetValue(key, out var first))
                    {
                        rowErrors.Add("name", $"Line {first} has the same name; each {target.Noun} needs its own.");
                    }
                    else
                    {
                        keys[key] = row.Line;
                    }
                }

                inputs.Add(input);
            }

            errors.AddRange(rowErrors.SelectMany(e => e.Value.Select(reason => new ImportError(row.Line, e.Key, reason))));
        }

        var result = new ImportResult(target.Register, table.Rows.Count, false, 0, errors, [.. columns.Where(c => c is not null).Select(c => c!.Key)],
            preview.Select(p => (IReadOnlyList<string>)[.. p.Where((_, i) => columns[i] is not null)]).ToList());
        if (!commit)
        {
            return result;
        }

        if (errors.Count > 0)
        {
            throw new ImportRefusedException(result);
        }

        // Thousands of new rows: written in multi-row statements rather than one command each (ledgered all the same).
        db.WritesNewRowsInBulk = true;
        foreach (var input in inputs)
        {
            await target.AddAsync(db, caller, input, ct);
        }
        await target.SaveAsync(db, ct);

        return result with { Committed = true, Imported = inputs.Count };
    }

    private static TInput? Read<TInput>(ImportTarget<TInput> target, JsonObject body, JsonSerializerOptions json, FieldErrors errors)
        where TInput : class
    {
        try
        {
            return target.Read(body, json);
        }
        catch (JsonException e)
        {
            var key = (e.Path ?? "").TrimStart('$', '.').Split('.', '[')[0];
            var field = target.Fields.FirstOrDefault(f => f.Key == key);
            errors.Add(key.Length == 0 ? "row" : key, $"{field?.Label ?? key} could not be read ({e.Message.Split('.')[0]}).");
            return null;
        }
    }

    private static string Display(JsonNode? value) => value switch
    {
        null => "",
        JsonArray list => string.Join("; ", list.Select(v => v?.ToString())),
        JsonObject cells => string.Join("; ", cells.Select(c => $"{c.Key}={c.Value}")),
        _ => value.ToString(),
    };
}
