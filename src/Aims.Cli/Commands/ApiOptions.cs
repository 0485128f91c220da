using System.CommandLine;

namespace Aims.Cli.Commands;

/// <summary>The options every API client command takes, and the client they make.</summary>
public sealed class ApiOptions
{
    public Option<string?> Api { get; } = new("--api") { Description = "Base URL of OpenAIMS (default: AIMS_API_URL or http://localhost:5000)." };
    public Option<string?> Token { get; } = new("--token") { Description = "API token (default: AIMS_TOKEN)." };
    public Option<string> Org { get; } = new("--org") { Description = "Organization slug.", Required = true };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Api);
        command.Options.Add(Token);
        command.Options.Add(Org);
    }

    /// <summary>The path of the organization's API (<c>api/v1/orgs/{org}</c>), escaped.</summary>
    public string OrgPath(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return $"api/v1/orgs/{Uri.EscapeDataString(parse.GetValue(Org)!)}";
    }

    /// <param name="timeout">For the whole request (default a minute): an upload of a large file takes longer.</param>
    public ApiClient Client(CliContext context, ParseResult parse, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        var text = parse.GetValue(Api) ?? (Environment.GetEnvironmentVariable("AIMS_API_URL") is { Length: > 0 } env ? env : "http://localhost:5000");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliException($"--api must be an http(s) URL such as http://localhost:5000 (got '{text}').");
        }

        var bearer = parse.GetValue(Token) ?? Environment.GetEnvironmentVariable("AIMS_TOKEN");
        if (string.IsNullOrWhiteSpace(bearer))
        {
            throw new CliException("No API token: pass --token or set AIMS_TOKEN (create one with 'aims tokens create').");
        }

        if (!baseUrl.AbsoluteUri.EndsWith('/'))
        {
            baseUrl = new Uri(baseUrl.AbsoluteUri + "/");
        }

        return new ApiClient(baseUrl, bearer, context.HttpHandler, timeout);
    }
}
