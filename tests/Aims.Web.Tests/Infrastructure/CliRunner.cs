using Aims.Cli;
using Microsoft.Extensions.Configuration;

namespace Aims.Web.Tests.Infrastructure;

/// <summary>Runs <c>aims</c> in-process against a configuration, capturing exit code, stdout and stderr.</summary>
public static class CliRunner
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(IConfiguration configuration,
        HttpMessageHandler? handler, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, configuration, handler);
        var code = await AimsCli.RunAsync(args, context, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The configuration plus extra keys (later keys win).</summary>
    public static IConfiguration With(IConfiguration configuration, params (string Key, string? Value)[] extra) =>
        new ConfigurationBuilder().AddConfiguration(configuration)
            .AddInMemoryCollection(extra.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value))).Build();
}
