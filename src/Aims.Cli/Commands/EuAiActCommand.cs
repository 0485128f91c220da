using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims systems eu-ai-act ID --answers answers.json</c>: classifies a system under the EU AI Act with the questionnaire's
/// answers (GET /api/v1/catalogs/eu-ai-act lists the questions) and prints the tier, role, rules version and each obligation
/// with its date; without <c>--answers</c> it prints the stored classification. A refused answer names the file and field.
/// </summary>
public static class EuAiActCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var api = new ApiOptions();
        var id = new Argument<Guid>("id") { Description = "The AI system's id." };
        var answers = new Option<FileInfo?>("--answers")
        {
            Description = "A JSON object of answers (or { \"answers\": { … } }), as POST …/eu-ai-act takes them; leave out to print the stored result.",
        };
        var json = new Option<bool>("--json") { Description = "Print the classification as the API returns it." };
        var command = new Command("eu-ai-act", "Classify an AI system under the EU AI Act, or print its stored classification.") { id, answers, json };
        api.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var path = $"{api.OrgPath(parse)}/ai-systems/{parse.GetValue(id):D}/eu-ai-act";
            using var client = api.Client(context, parse);
            JsonElement result;
            if (parse.GetValue(answers) is { } file)
            {
                var body = await ReadAsync(file, ct);
                result = await client.SendJsonAsync<JsonElement>(HttpMethod.Post, path, body, key => $"{file.Name}: {key}", ct);
            }
            else
            {
                result = await client.GetAsync<JsonElement>(path, ct);
            }

            if (parse.GetValue(json))
            {
                context.Output.WriteLine(result.GetRawText());
                return CliErrors.Ok;
            }

            context.Output.WriteLine($"tier: {result.GetProperty("tier").GetString()}");
            context.Output.WriteLine($"role: {result.GetProperty("role").GetString()}{(result.GetProperty("gpaiModel").GetBoolean() ? " (provides a GPAI model)" : "")}");
            var outdated = result.TryGetProperty("outdated", out var o) && o.GetBoolean();
            context.Output.WriteLine($"rules: {result.GetProperty("ruleVersion").GetString()}{(outdated ? " (superseded: classify again)" : "")}");
            foreach (var obligation in result.GetProperty("obligations").EnumerateArray())
            {
                var now = obligation.GetProperty("applicableNow").GetBoolean() ? "applies now" : "not yet";
                var gap = obligation.TryGetProperty("gap", out var g) && g.ValueKind == JsonValueKind.String ? $" — gap: {g.GetString()}" : "";
                context.Output.WriteLine(TerminalText.Escape(
                    $"  {obligation.GetProperty("article").GetString()}  from {obligation.GetProperty("appliesFrom").GetString()} ({now})  {obligation.GetProperty("title").GetString()}{gap}"));
            }

            return CliErrors.Ok;
        });
        return command;
    }

    private static async Task<JsonObject> ReadAsync(FileInfo file, CancellationToken ct)
    {
        try
        {
            var node = JsonNode.Parse(await File.ReadAllTextAsync(file.FullName, ct)) as JsonObject
                       ?? throw new CliException($"{file.Name}: the file must hold one JSON object of answers.");
            return node.ContainsKey("answers") ? node : new JsonObject { ["answers"] = node };
        }
        catch (JsonException e)
        {
            throw new CliException($"{file.Name} line {(e.LineNumber ?? 0) + 1}: not valid JSON ({e.Message.Split('.')[0]}).");
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{file.Name}: no such file.");
        }
    }
}
