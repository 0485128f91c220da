using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Aims.Core.AiSystems;
using Aims.Core.Common;

namespace Aims.Cli.Commands;

/// <summary><c>aims systems list|create</c>: the AI system register over the REST API.</summary>
public static class SystemsCommands
{
    public static Command Create(CliContext context)
    {
        var api = new Option<string?>("--api") { Description = "Base URL of OpenAIMS (default: AIMS_API_URL or http://localhost:5000)." };
        var token = new Option<string?>("--token") { Description = "API token (default: AIMS_TOKEN)." };
        var org = new Option<string>("--org") { Description = "Organization slug.", Required = true };

        var search = new Option<string?>("--search") { Description = "Free-text search in name and purpose." };
        var stage = new Option<LifecycleStage?>("--stage") { Description = "Only this life-cycle stage." };
        var status = new Option<AiSystemStatus?>("--status") { Description = "Active or Archived (default: all)." };
        var page = new Option<int>("--page") { Description = "Page number.", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Rows per page (max 200).", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print the raw JSON page instead of a table." };
        var list = new Command("list", "List AI systems.") { api, token, org, search, stage, status, page, pageSize, json };
        list.SetAction(async (parse, ct) =>
        {
            using var client = Client(context, parse.GetValue(api), parse.GetValue(token));
            var query = new List<string>
            {
                "page=" + parse.GetValue(page).ToString(CultureInfo.InvariantCulture),
                "pageSize=" + parse.GetValue(pageSize).ToString(CultureInfo.InvariantCulture),
            };
            if (parse.GetValue(search) is { Length: > 0 } term)
            {
                query.Add("q=" + Uri.EscapeDataString(term));
            }

            if (parse.GetValue(stage) is { } st)
            {
                query.Add("stage=" + ApiNames.Of(st));
            }

            if (parse.GetValue(status) is { } stat)
            {
                query.Add("status=" + ApiNames.Of(stat));
            }

            var result = await client.GetAsync<PagedResult<AiSystemView>>(
                $"api/v1/orgs/{Uri.EscapeDataString(parse.GetValue(org)!)}/ai-systems?{string.Join('&', query)}", ct);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(result, ApiClient.Json));
                return CliErrors.Ok;
            }

            context.Output.WriteLine($"{"ID",-36}  {"NAME",-40}  {"STAGE",-26}  {"STATUS",-8}  OWNER");
            foreach (var s in result.Items)
            {
                context.Output.WriteLine($"{s.Id,-36}  {Clip(TerminalText.Escape(s.Name), 40),-40}  {s.LifecycleStage,-26}  {s.Status,-8}  {TerminalText.Escape(s.OwnerName)}");
            }

            context.Output.WriteLine($"{result.Items.Count} of {result.Total} shown (page {result.Page}).");
            return CliErrors.Ok;
        });

        var name = new Option<string>("--name") { Description = "Name of the AI system.", Required = true };
        var purpose = new Option<string?>("--purpose") { Description = "What the system is for." };
        var intendedUse = new Option<string?>("--intended-use") { Description = "How it is meant to be used (A.9.4)." };
        var createStage = new Option<LifecycleStage?>("--stage") { Description = "Life-cycle stage (default Inception)." };
        var owner = new Option<Guid?>("--owner") { Description = "Owner's user id (default: the token's user)." };
        var create = new Command("create", "Register an AI system; prints its id.")
        {
            api, token, org, name, purpose, intendedUse, createStage, owner,
        };
        create.SetAction(async (parse, ct) =>
        {
            using var client = Client(context, parse.GetValue(api), parse.GetValue(token));
            var input = new AiSystemInput
            {
                Name = parse.GetValue(name),
                Purpose = parse.GetValue(purpose),
                IntendedUse = parse.GetValue(intendedUse),
                LifecycleStage = parse.GetValue(createStage),
                OwnerId = parse.GetValue(owner),
            };
            var created = await client.PostAsync<AiSystemView>(
                $"api/v1/orgs/{Uri.EscapeDataString(parse.GetValue(org)!)}/ai-systems", input, ct);
            context.Output.WriteLine(created.Id.ToString("D"));
            return CliErrors.Ok;
        });

        var command = new Command("systems", "The AI system register (via the REST API).");
        command.Subcommands.Add(list);
        command.Subcommands.Add(create);
        return command;
    }

    private static ApiClient Client(CliContext context, string? api, string? token)
    {
        var text = api ?? (Environment.GetEnvironmentVariable("AIMS_API_URL") is { Length: > 0 } env ? env : "http://localhost:5000");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliException($"--api must be an http(s) URL such as http://localhost:5000 (got '{text}').");
        }
        var bearer = token ?? Environment.GetEnvironmentVariable("AIMS_TOKEN");
        if (string.IsNullOrWhiteSpace(bearer))
        {
            throw new CliException("No API token: pass --token or set AIMS_TOKEN (create one with 'aims tokens create').");
        }

        if (!baseUrl.AbsoluteUri.EndsWith('/'))
        {
            baseUrl = new Uri(baseUrl.AbsoluteUri + "/");
        }

        return new ApiClient(baseUrl, bearer, context.HttpHandler);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
