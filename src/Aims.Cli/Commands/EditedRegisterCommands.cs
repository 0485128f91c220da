using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims &lt;register&gt; list|get|export|create|update</c> for a register edited from declared fields: the shared verbs
/// from <see cref="RegisterCommands"/>, <c>create</c> with one option per field (<c>reviewDate</c> → <c>--review-date</c>;
/// lists take several values), and <c>update &lt;id&gt; --input file.json</c> replacing the fields with a JSON object as
/// the API takes it. A refusal names the option (or the file and field) it concerns.
/// </summary>
public static class EditedRegisterCommands
{
    public static Command Create<T, TView>(CliContext context, RegisterDefinition<T, TView> definition, IReadOnlyList<RegisterField> fields,
        string description)
        where T : RegisterRecord
        where TView : IRegisterView
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(fields);
        var command = RegisterCommands.Create(context, definition, description);
        command.Subcommands.Add(CreateCommand(context, definition, fields));
        command.Subcommands.Add(UpdateCommand(context, definition));
        command.Subcommands.Add(ImportCommand.Create(context, definition.Name, definition.Noun));
        return command;
    }

    /// <summary>"reviewDate" → "--review-date".</summary>
    public static string OptionName(string key) =>
        "--" + string.Concat((key ?? "").Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static Command CreateCommand<T, TView>(CliContext context, RegisterDefinition<T, TView> definition, IReadOnlyList<RegisterField> fields)
        where T : RegisterRecord
        where TView : IRegisterView
    {
        var api = new ApiOptions();
        var single = new List<(RegisterField Field, Option<string?> Option)>();
        var many = new List<(RegisterField Field, Option<string[]> Option)>();
        var flags = new List<(RegisterField Field, Option<bool?> Option)>();
        var create = new Command("create", $"Create {definition.Article} {definition.Noun}; prints its id.");
        foreach (var field in fields.Where(f => f.Kind != FieldKind.Entries))
        {
            var help = Help(field);
            switch (field.Kind)
            {
                case FieldKind.References or FieldKind.Lines or FieldKind.Choices or FieldKind.Matrix:
                    var list = new Option<string[]>(OptionName(field.Key)) { Description = help, AllowMultipleArgumentsPerToken = true };
                    many.Add((field, list));
                    create.Options.Add(list);
                    break;
                case FieldKind.Switch:
                    var flag = new Option<bool?>(OptionName(field.Key)) { Description = help };
                    flags.Add((field, flag));
                    create.Options.Add(flag);
                    break;
                default:
                    var option = new Option<string?>(OptionName(field.Key)) { Description = help };
                    single.Add((field, option));
                    create.Options.Add(option);
                    break;
            }
        }

        api.AddTo(create);
        create.SetAction(async (parse, ct) =>
        {
            var body = new JsonObject();
            foreach (var (field, option) in single)
            {
                if (parse.GetValue(option) is { } value)
                {
                    // A number the invariant culture reads is sent as one; anything else as typed, for the server to name.
                    body[field.Key] = field.Kind == FieldKind.Number && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
                        ? JsonValue.Create(n)
                        : JsonValue.Create(value);
                }
            }

            foreach (var (field, option) in many)
            {
                if (parse.GetValue(option) is { Length: > 0 } values)
                {
                    body[field.Key] = field.Kind == FieldKind.Matrix
                        ? Cells(field, values)
                        : new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
                }
            }

            foreach (var (field, option) in flags)
            {
                if (parse.GetValue(option) is { } value)
                {
                    body[field.Key] = value;
                }
            }

            using var client = api.Client(context, parse);
            var created = await client.SendJsonAsync<JsonElement>(HttpMethod.Post, $"{api.OrgPath(parse)}/{definition.Name}", body,
                key => OptionFor(fields, key), ct);
            context.Output.WriteLine(created.GetProperty("id").GetGuid().ToString("D"));
            return CliErrors.Ok;
        });
        return create;
    }

    private static Command UpdateCommand<T, TView>(CliContext context, RegisterDefinition<T, TView> definition)
        where T : RegisterRecord
        where TView : IRegisterView
    {
        var api = new ApiOptions();
        var id = new Argument<Guid>("id") { Description = $"The {definition.Noun}'s id." };
        var input = new Option<FileInfo>("--input") { Description = "A JSON object with every field, as the API takes it.", Required = true };
        var update = new Command("update", $"Replace the fields of {definition.Article} {definition.Noun} with those in a JSON file.") { id, input };
        api.AddTo(update);
        update.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            JsonObject body;
            try
            {
                body = JsonNode.Parse(await File.ReadAllTextAsync(file.FullName, ct)) as JsonObject
                       ?? throw new CliException($"{file.Name}: the file must hold one JSON object.");
            }
            catch (JsonException e)
            {
                throw new CliException($"{file.Name} line {(e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message.Split('.')[0]}).");
            }
            catch (FileNotFoundException)
            {
                throw new CliException($"{file.Name}: no such file.");
            }

            using var client = api.Client(context, parse);
            var updated = await client.SendJsonAsync<JsonElement>(HttpMethod.Put, $"{api.OrgPath(parse)}/{definition.Name}/{parse.GetValue(id):D}", body,
                key => $"{file.Name}: {key}", ct);
            context.Output.WriteLine($"Updated {definition.Noun} {updated.GetProperty("id").GetGuid():D} (version {updated.GetProperty("version").GetInt64()}).");
            return CliErrors.Ok;
        });
        return update;
    }

    /// <summary>"reviewDate" → "--review-date"; "responsibilities.deployment" → "--responsibilities.deployment".</summary>
    private static string OptionFor(IReadOnlyList<RegisterField> fields, string key)
    {
        var field = key.Split('.')[0];
        return fields.Any(f => f.Key == field) ? OptionName(field) + key[field.Length..] : key;
    }

    /// <summary>
    /// <c>--responsibilities deployment=shared retirement=provider</c> → <c>{ "deployment": "shared", … }</c>; whether a
    /// row or choice exists is the server's to say, so the refusal reads the same from every client.
    /// </summary>
    private static JsonObject Cells(RegisterField field, string[] values)
    {
        var cells = new JsonObject();
        foreach (var value in values)
        {
            var at = value.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new CliException($"{OptionName(field.Key)}: '{value}' is not row=choice (for example {field.Rows[0].Value}={field.Choices[0].Value}).");
            }

            var row = value[..at];
            if (cells.ContainsKey(row))
            {
                throw new CliException($"{OptionName(field.Key)}: the row '{row}' is given twice.");
            }

            cells[row] = value[(at + 1)..];
        }

        return cells;
    }

    private static string Help(RegisterField field)
    {
        var text = field.Label + (field.Required ? " (required)" : "") + ".";
        if (field.Kind == FieldKind.Matrix)
        {
            text += " row=choice, rows: " + string.Join(", ", field.Rows.Select(r => r.Value)) + "; choices: " +
                    string.Join(", ", field.Choices.Select(c => c.Value)) + ".";
        }
        else if (field.Choices.Count > 0)
        {
            text += " One of: " + string.Join(", ", field.Choices.Select(c => c.Value)) + ".";
        }
        else if (field.RefersTo is { } refersTo)
        {
            text += $" Id(s) from {refersTo}.";
        }
        else if (field.Kind == FieldKind.Date)
        {
            text += " yyyy-mm-dd.";
        }

        return text;
    }
}
