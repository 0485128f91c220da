using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims &lt;register&gt; import FILE [--preview]</c>: a CSV or xlsx file imported all or nothing. A refusal lists every
/// problem as <c>FILE line N: field: reason</c> and exits 1 with nothing stored; <c>--preview</c> only checks.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliContext context, string register, string noun)
    {
        ArgumentNullException.ThrowIfNull(context);
        var api = new ApiOptions();
        var file = new Argument<FileInfo>("file") { Description = "A .csv (UTF-8) or .xlsx file: a header row naming the fields, then one row per record." };
        var preview = new Option<bool>("--preview") { Description = "Check every row and report the problems; store nothing." };
        var command = new Command("import", $"Import {noun}s from CSV or xlsx, all or nothing (the header names the fields; GET …/import/template lists them).")
        {
            file, preview,
        };
        api.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                throw new CliException($"{source.Name}: no such file.");
            }

            var checkOnly = parse.GetValue(preview);
            using var client = api.Client(context, parse);
            var result = await client.PostFileAsync<JsonElement>($"{api.OrgPath(parse)}/{register}/import{(checkOnly ? "?preview=true" : "")}", [], source,
                key => $"{source.Name} {key}", ct);
            var rows = result.GetProperty("rows").GetInt32();
            var errors = result.GetProperty("errors");
            if (checkOnly)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{source.Name} line {error.GetProperty("line").GetInt32()}: {error.GetProperty("field").GetString()}: {TerminalText.Escape(error.GetProperty("reason").GetString() ?? "")}"));
                }

                context.Output.WriteLine(errors.GetArrayLength() == 0
                    ? $"{rows} row(s) checked, no problems; nothing stored (preview)."
                    : $"{rows} row(s) checked, {errors.GetArrayLength()} problem(s); nothing stored.");
                return errors.GetArrayLength() == 0 ? CliErrors.Ok : CliErrors.Failed;
            }

            context.Output.WriteLine($"Imported {result.GetProperty("imported").GetInt32()} {noun}(s) from {source.Name}.");
            return CliErrors.Ok;
        });
        return command;
    }
}
